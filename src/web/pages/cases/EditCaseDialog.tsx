import { Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStatuses, UpdateCase, type Case } from '../../../meetings/contract';
import { ChoiceField, FormDialog, NoteField, useFormSave } from '../../kit';
import { caseFieldLabel, caseToEdit, editToInput, type EditCaseValues } from './fields';
import { MotionFields } from './MotionFields';
import { OfficerSelect } from './OfficerSelect';
import { caseKeys, casesApi } from './queries';
import { useCaseWords } from './shared';

/**
 * Change a case's facts (title, description, officer, status, a motion's facts): a versioned save;
 * when someone else saved first, the one stale notice shows theirs against mine.
 */
export function EditCaseDialog({ c, onClose }: { c: Case; onClose: () => void }) {
  const { t } = useTranslation();
  const words = useCaseWords();
  // What the form opened with: only the fields changed from it are sent.
  const [start] = useState(() => caseToEdit(c));
  const edit = useFormSave<EditCaseValues, Case, UpdateCase, Case>({
    record: c,
    toForm: (r) => caseToEdit(r ?? c),
    toInput: (form, version) => form.validate(UpdateCase, { ...editToInput(form.values, c.kind, start), version }),
    send: (input) => casesApi.update(c.id, input),
    invalidate: [caseKeys.all],
    onSaved: onClose,
  });
  const { form } = edit;
  const officerName = (id: string) =>
    id === c.officer?.id ? c.officer.name : id ? t('cases.anotherOfficer') : t('cases.noOfficer');
  const show = (k: keyof EditCaseValues, v: string | boolean) => {
    const s = String(v);
    if (k === 'status') return words.status(s);
    if (k === 'officerId') return officerName(s);
    return s;
  };
  return (
    <FormDialog
      edit={edit}
      title={t('cases.editTitle', { number: c.registrationNumber })}
      submitLabel={t('common.save')}
      onClose={onClose}
      what={c.registrationNumber}
      fieldLabel={caseFieldLabel(t)}
      show={show}
    >
      <Stack gap="sm">
        <TextInput label={t('cases.fields.title')} required maxLength={300} {...form.text('title')} />
        <NoteField label={t('cases.fields.description')} rows={3} maxLength={8000} {...form.text('description')} />
        <OfficerSelect {...form.select('officerId')} />
        <ChoiceField
          label={t('cases.fields.status')}
          empty={false}
          choices={caseStatuses.map((s) => ({ value: s, label: words.status(s) }))}
          {...form.text('status')}
        />
        {c.kind === 'motion' && <MotionFields form={form} />}
      </Stack>
    </FormDialog>
  );
}
