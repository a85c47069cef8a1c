import { Textarea, type TextareaProps } from '@mantine/core';

/**
 * The one multi-line text field of a form: it grows with what is written (from `rows` lines), so a long
 * note is read without a scrollbar inside the page. `maxLength` is the contract's limit.
 *
 *   <NoteField label={t('…note')} rows={3} maxLength={limits.note} {...form.text('note')} />
 */
export function NoteField({ rows = 2, ...props }: Omit<TextareaProps, 'autosize' | 'minRows'> & { rows?: number }) {
  return <Textarea autosize minRows={rows} {...props} />;
}
