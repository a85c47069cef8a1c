import { Button, Checkbox, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Assessment, Initiative } from '../../../assessments/contract';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEnum } from '../../i18n/useEnum';
import { useLocalText } from '../frameworks/queries';
import { assessmentKeys, initiativeKeys, programmeKeys, useAllFrameworks } from './queries';

/** "Starta bedömning": RUS and Agenda 2030 always; other published frameworks by choice. */
export function StartAssessment({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const label = useEnum();
  const local = useLocalText();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const frameworks = useAllFrameworks();
  const [chosen, setChosen] = useState<string[]>([]);
  const extra = (frameworks.data ?? []).filter(
    (f) => f.kind !== 'rus' && f.kind !== 'agenda2030' && f.currentVersionId && !f.archived,
  );
  const start = useMutation({
    mutationFn: () => api.post<Assessment>(`/api/initiatives/${initiative.id}/assessments`, { frameworkIds: chosen }),
    onSuccess: async (a) => {
      qc.setQueryData(assessmentKeys.one(a.id), a);
      await qc.invalidateQueries({ queryKey: initiativeKeys.one(initiative.id) });
      void qc.invalidateQueries({ queryKey: programmeKeys.all });
      navigate(`/assessments/${a.id}`);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    start.mutate();
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
        <Button type="submit" loading={start.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('initiatives.start.submit')}
        </Button>
      </Stack>
    </form>
  );
}
