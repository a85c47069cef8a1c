import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PositionInput, type Conflict } from '../../../assessments/contract';
import { today } from '../../format';
import { fieldText, FormDialog, NoteField, optionLabel, SearchSelect } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { useBodies } from '../bodies/queries';
import { str } from './stale';
import type { PartDialogProps } from './PartDialog';
import { usePartForm } from './useAssessmentSave';

/** The position of a conflict (the one shown, or the one a 409 carries) as the form holds it. */
const toForm = (c: Conflict | undefined) => ({
  text: str(c?.position?.text),
  bodyId: str(c?.position?.bodyId),
  date: str(c?.position?.date).slice(0, 10) || today(),
  caseNumber: str(c?.position?.caseNumber),
});
type Values = ReturnType<typeof toForm>;
const spec = { kind: 'conflict', ns: 'assessments.position', toForm } as const;

/** "Ta ställning": the position taken on a conflict – text, the body, the date and the case number. */
export function PositionDialog(props: PartDialogProps<Conflict>) {
  // Opened from a conflict's own buttons: there is always one.
  const conflict = props.part!;
  const { t } = useTranslation();
  const local = useLocalText();
  const bodies = useBodies({ status: 'active' });
  const bodyOptions = (bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }));
  const edit = usePartForm(props, spec, (form) => {
    const v = form.values;
    const position = form.validate(PositionInput, {
      text: v.text,
      bodyId: v.bodyId || null,
      date: v.date,
      caseNumber: v.caseNumber,
    });
    return position && { position, status: 'position_taken' as const };
  });

  const { form } = edit;
  const what = `${local(conflict.a.label)} ↔ ${local(conflict.b.label)}`;
  const show = fieldText<keyof Values>({ bodyId: optionLabel(bodyOptions) });
  // Mantine keeps field errors under their names; the server names them "position.text" etc.
  const err = (k: keyof Values) => form.errors[k] ?? form.errors[`position.${k}`];

  return (
    <FormDialog
      {...edit.dialog}
      title={t('assessments.position.title', { what })}
      what={what}
      fieldLabel={(k) => t(`assessments.position.${k}`)}
      show={show}
      intro={<Text size="sm">{t('assessments.position.intro')}</Text>}
    >
      <NoteField
        label={t('assessments.position.text')}
        required
        rows={3}
        maxLength={8000}
        {...form.text('text')}
        error={err('text')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SearchSelect
          label={t('assessments.position.bodyId')}
          data={bodyOptions}
          {...form.select('bodyId')}
          error={err('bodyId')}
        />
        <TextInput
          type="date"
          label={t('assessments.position.date')}
          required
          {...form.text('date')}
          error={err('date')}
        />
        <TextInput
          label={t('assessments.position.caseNumber')}
          maxLength={60}
          {...form.text('caseNumber')}
          error={err('caseNumber')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
