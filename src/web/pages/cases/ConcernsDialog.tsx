import { Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UpdateCase, type Case } from '../../../meetings/contract';
import { FormDialog, useFormSave } from '../../kit';
import { useAgreementPage } from '../agreements/queries';
import { useCycles } from '../followup/queries';
import type { Concern } from './concernNames';
import { caseKeys, casesApi } from './queries';

/** The kinds chosen here from their lists; the others (assessments, action plans) are kept as they are. */
type Values = { agreement: string; followup_cycle: string };
const chosen = ['agreement', 'followup_cycle'] as const;

const toForm = (c: Case): Values => ({
  agreement: idsOf(c.concerns, 'agreement'),
  followup_cycle: idsOf(c.concerns, 'followup_cycle'),
});
function idsOf(concerns: readonly Concern[], kind: Concern['kind']) {
  return concerns
    .filter((x) => x.kind === kind)
    .map((x) => x.id)
    .join(',');
}
const split = (v: string) => (v ? v.split(',') : []);

/** Link the case to the agreements and follow-up cycles it concerns (a versioned save with the stale notice). */
export function ConcernsDialog({ c, onClose }: { c: Case; onClose: () => void }) {
  const { t } = useTranslation();
  const agreements = useAgreementPage();
  const cycles = useCycles();
  const choices: Record<keyof Values, { value: string; label: string }[]> = {
    agreement: (agreements.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.title}, ${a.party.name}` })),
    followup_cycle: (cycles.data?.items ?? []).map((y) => ({ value: y.id, label: y.title })),
  };
  const edit = useFormSave<Values, Case, UpdateCase, Case>({
    record: c,
    toForm: (r) => toForm(r ?? c),
    toInput: (form, version) => {
      // Assessments and action plans are not chosen here: they stay as the case (or theirs) has them.
      const kept = c.concerns.filter((x) => !(chosen as readonly string[]).includes(x.kind));
      const concerns = [...kept, ...chosen.flatMap((kind) => split(form.values[kind]).map((id) => ({ kind, id })))];
      return form.validate(UpdateCase, { version, concerns });
    },
    send: (input) => casesApi.update(c.id, input),
    invalidate: [caseKeys.all],
    onSaved: onClose,
  });
  const { form } = edit;
  const label = (k: keyof Values) => t(`cases.concerns.kinds.${k}`);
  const names = (k: keyof Values, v: string | boolean) =>
    split(String(v))
      .map((id) => choices[k].find((x) => x.value === id)?.label ?? id)
      .join('; ');
  return (
    <FormDialog
      edit={edit}
      title={t('cases.concerns.editTitle')}
      intro={<Text>{t('cases.concerns.editIntro')}</Text>}
      submitLabel={t('common.save')}
      onClose={onClose}
      what={c.registrationNumber}
      fieldLabel={label}
      show={names}
    >
      {chosen.map((k) => (
        <Checkbox.Group
          key={k}
          label={label(k)}
          value={split(form.values[k])}
          onChange={(v) => form.set(k, v.join(','))}
          error={form.errors.concerns}
        >
          <Stack gap={6} mt={4}>
            {choices[k].length === 0 ? (
              <Text size="sm">{t('cases.concerns.none')}</Text>
            ) : (
              choices[k].map((x) => <Checkbox key={x.value} value={x.value} label={x.label} />)
            )}
          </Stack>
        </Checkbox.Group>
      ))}
    </FormDialog>
  );
}
