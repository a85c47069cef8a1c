import { Button, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { fieldId, type Errors } from './errors';

export type Lang = 'sv' | 'en';

/** `title` + `sv` → `titleSv`: how the editors' drafts name a wording's two languages. */
export const inLang = <N extends string>(name: N, lang: Lang) => `${name}${lang === 'sv' ? 'Sv' : 'En'}` as const;

/**
 * One wording in Swedish and English: two inputs, side by side on a wide screen (`stacked` keeps them
 * one above the other), each with its own id and error at the contract path `path.sv` / `path.en`
 * (the Swedish one also shows an error of the whole wording). `rows` makes them text areas that grow.
 */
export function BiField({
  path,
  label,
  value,
  onChange,
  errors,
  description,
  required,
  maxLength,
  rows,
  stacked = false,
}: {
  path: string;
  label: (lang: Lang) => string;
  value: (lang: Lang) => string;
  onChange: (lang: Lang, value: string) => void;
  errors: Errors;
  description?: string;
  required?: boolean;
  maxLength: number;
  rows?: [min: number, max: number];
  stacked?: boolean;
}) {
  const field = (lang: Lang) => {
    const props = {
      id: fieldId(`${path}.${lang}`),
      label: label(lang),
      description,
      required,
      maxLength,
      lang: lang === 'en' ? 'en' : undefined,
      value: value(lang),
      error: errors[`${path}.${lang}`] ?? (lang === 'sv' ? errors[path] : undefined),
      onChange: (e: { currentTarget: { value: string } }) => onChange(lang, e.currentTarget.value),
    };
    return rows ? (
      <Textarea key={lang} autosize minRows={rows[0]} maxRows={rows[1]} {...props} />
    ) : (
      <TextInput key={lang} {...props} />
    );
  };
  const both = [field('sv'), field('en')];
  return stacked ? (
    <>{both}</>
  ) : (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
      {both}
    </SimpleGrid>
  );
}

/**
 * Move up and move down for the n:th section or question (buttons, no dragging); `l` reads the
 * editor's texts for the kind of thing (`moveUp`, `moveUpLabel` …), `id` lets the keyboard follow it.
 */
export function MoveButtons({
  id,
  n,
  canMove,
  onMove,
  l,
}: {
  id: string;
  n: number;
  canMove: (by: -1 | 1) => boolean;
  onMove: (by: -1 | 1) => void;
  l: (key: string, o?: Record<string, unknown>) => string;
}): ReactNode {
  return ([-1, 1] as const).map((by) => {
    const dir = by < 0 ? 'Up' : 'Down';
    return (
      <Button
        key={dir}
        id={`${id}-${dir.toLowerCase()}`}
        size="sm"
        variant="default"
        disabled={!canMove(by)}
        aria-label={l(`move${dir}Label`, { n })}
        onClick={() => onMove(by)}
      >
        {l(`move${dir}`)}
      </Button>
    );
  });
}
