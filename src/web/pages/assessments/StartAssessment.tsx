import { Button, Checkbox, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Initiative } from '../../../assessments/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEnum } from '../../i18n/useEnum';
import { useLocalText } from '../frameworks/queries';
import { assessmentsApi, useAllFrameworks } from './queries';
import { useAssessmentChange } from './useAssessmentSave';

/** "Starta bedömning": RUS and Agenda 2030 always; other published frameworks by choice. */
export function StartAssessment({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const navigate = useNavigate();
  const frameworks = useAllFrameworks();
  const [chosen, setChosen] = useState<string[]>([]);
  const extra = (frameworks.data ?? []).filter(
    (f) => f.kind !== 'rus' && f.kind !== 'agenda2030' && f.currentVersionId && !f.archived,
  );
  const start = useAssessmentChange(
    (frameworkIds: string[]) => assessmentsApi.start(initiative.id, frameworkIds),
    (a) => navigate(`/assessments/${a.id}`),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    start.submit(chosen);
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('initiatives.start.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('initiatives.start.intro')}</Text>
        <ErrorAlert error={start.error} />
        <Checkbox.Group label={t('initiatives.start.frameworks')} value={chosen} onChange={setChosen}>
          <Stack gap={6} mt={4}>
            {extra.map((f) => (
              <Checkbox key={f.id} value={f.id} label={`${local(f.name)} (${label('frameworkKind', f.kind)})`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Button type="submit" loading={start.pending} style={{ alignSelf: 'flex-start' }}>
          {t('initiatives.start.submit')}
        </Button>
      </Stack>
    </form>
  );
}
