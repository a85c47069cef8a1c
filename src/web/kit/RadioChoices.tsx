import { Group, Radio, Stack, type RadioGroupProps } from '@mantine/core';
import type { Choice } from './RecordForm';

/**
 * One answer among a few, as radio buttons in a group named by its label: side by side, or one under
 * the other (`stacked`) when the answers are long. Takes a form's `select(name)` as it is.
 *
 *   <RadioChoices label={t('…presence')} required choices={presenceChoices} {...form.select('presence')} />
 */
export function RadioChoices({
  choices,
  value,
  onChange,
  stacked,
  disabled,
  ...props
}: Omit<RadioGroupProps, 'children' | 'value' | 'onChange' | 'disabled'> & {
  choices: readonly Choice[];
  value: string | null;
  onChange: (value: string) => void;
  stacked?: boolean;
  /** Answers that cannot be chosen now (shown, but not offered). */
  disabled?: (value: string) => boolean;
}) {
  const Layout = stacked ? Stack : Group;
  return (
    <Radio.Group {...props} value={value ?? ''} onChange={onChange}>
      <Layout mt={4} gap={stacked ? 6 : 'md'}>
        {choices.map((c) => (
          <Radio key={c.value} value={c.value} label={c.label} disabled={disabled?.(c.value)} />
        ))}
      </Layout>
    </Radio.Group>
  );
}
