import { Button, type ButtonProps } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Button styles for long labels ("Register the signature for <a long party name>"): the label wraps
 * instead of pushing the page wider than a phone (WCAG 1.4.10).
 */
export const wrappingLabel = {
  root: { height: 'auto', minHeight: 'var(--button-height)', maxWidth: '100%' },
  inner: { paddingBlock: 4 },
  label: { whiteSpace: 'normal', textAlign: 'center', overflowWrap: 'anywhere', height: 'auto' },
} as const;

/**
 * A button that opens a form in place, shown only when the record's `abilities` allow (`can`). The
 * form gets `close`; focus moves into the form when it opens and back to the button when it closes.
 *
 *   <Reveal can={a.abilities.update} label={t('…add')}>{(close) => <ContactForm onDone={close} />}</Reveal>
 */
export function Reveal({
  can,
  label,
  ariaLabel,
  size,
  mt = 'md',
  children,
}: {
  can: boolean;
  label: string;
  /** A fuller name for the button when the label alone is ambiguous on the page. */
  ariaLabel?: string;
  size?: ButtonProps['size'];
  mt?: ButtonProps['mt'];
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [returning, setReturning] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) area.current?.querySelector<HTMLElement>('input:not([disabled]), textarea, select')?.focus();
    else if (returning) {
      button.current?.focus();
      setReturning(false);
    }
  }, [open, returning]);
  if (!can) return null;
  if (open)
    return (
      <div ref={area}>
        {children(() => {
          setOpen(false);
          setReturning(true);
        })}
      </div>
    );
  return (
    <Button
      ref={button}
      variant="outline"
      size={size}
      mt={mt}
      onClick={() => setOpen(true)}
      aria-label={ariaLabel}
      styles={wrappingLabel}
    >
      {label}
    </Button>
  );
}
