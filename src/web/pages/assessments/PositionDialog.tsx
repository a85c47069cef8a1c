import { SimpleGrid, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PositionInput, type Assessment, type Conflict } from '../../../assessments/contract';
import { today } from '../../format';
import { FormDialog } from '../../kit';
import { useLocalText } from '../frameworks/queries';
import { useBodies } from '../bodies/queries';
import { str } from './stale';
import { SearchSelect } from './SearchSelect';
import { usePartForm } from './useAssessmentSave';

type Values = { text: string; bodyId: string; date: string; caseNumber: string };
/** The position of a conflict (the one shown, or the one a 409 carries) as the form holds it. */
const toForm = (c: Conflict | undefined): Values => ({
  text: str(c?.position?.text),
  bodyId: str(c?.position?.bodyId),
  date: str(c?.position?.date).slice(0, 10) || today(),
  caseNumber: str(c?.position?.caseNumber),
});

/** "Ta ställning": the position taken on a conflict – text, the body, the date and the case number. */
export function PositionDialog({
  assessment,
  conflict,
  onClose,
}: {
  assessment: Assessment;
  conflict: Conflict;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const local = useLocalText();
  const bodies = useBodies({ status: 'active' });
  const bodyOptions = (bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }));
  const edit = usePartForm({
    assessment,
    kind: 'conflict',
    part: conflict,
    toForm,
    toInput: (form) => {
      const v = form.values;
      const position = form.validate(PositionInput, {
        text: v.text,
        bodyId: v.bodyId || null,
        date: v.date,
        caseNumber: v.caseNumber,
      });
      return position && { position, status: 'position_taken' as const };
    },
    onSaved: onClose,
  });
  const { form } = edit;
  const what = `${local(conflict.a.label)} ↔ ${local(conflict.b.label)}`;
  const show = (k: keyof Values, val: string | boolean) =>
    k === 'bodyId' ? (bodyOptions.find((o) => o.value === val)?.label ?? String(val)) : String(val);
  // Mantine keeps field errors under their names; the server names them "position.text" etc.
  const err = (k: keyof Values) => form.errors[k] ?? form.errors[`position.${k}`];

  return (
    <FormDialog
      edit={edit}
      title={t('assessments.position.title', { what })}
      submitLabel={t('assessments.position.save')}
      onClose={onClose}
      what={what}
      fieldLabel={(k) => t(`assessments.position.${k}`)}
      show={show}
      intro={<Text size="sm">{t('assessments.position.intro')}</Text>}
    >
      <Textarea
        label={t('assessments.position.text')}
        required
        autosize
        minRows={3}
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
