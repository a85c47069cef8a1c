import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { questionnaireKeys } from './queries';

/** Remind those who have not completed, no sooner than the interval and no more than the count. */
export function RemindersForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [minIntervalDays, setInterval] = useState<number | string>(7);
  const [maxCount, setMax] = useState<number | string>(3);
  const remind = useMutation({
    mutationFn: () =>
      api.post<{ sent: number }>(`/api/questionnaires/${id}/reminders`, {
        minIntervalDays: Number(minIntervalDays),
        maxCount: Number(maxCount),
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: questionnaireKeys.one(id) }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    remind.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('questionnaires.sections.reminders')}>
      <Stack gap="sm">
        <Text size="sm">{t('questionnaires.remind.intro')}</Text>
        <ErrorAlert error={remind.error} />
        {remind.data && (
          <Alert color="#1d6b34" variant="outline" role="status">
            {t('questionnaires.remind.sent', { count: remind.data.sent })}
          </Alert>
        )}
        <Group align="flex-end">
          <NumberInput
            label={t('questionnaires.remind.minIntervalDays')}
            min={0}
            max={365}
            allowDecimal={false}
            value={minIntervalDays}
            onChange={setInterval}
            w={220}
          />
          <NumberInput
            label={t('questionnaires.remind.maxCount')}
            min={1}
            max={10}
            allowDecimal={false}
            value={maxCount}
            onChange={setMax}
            w={220}
          />
          <Button type="submit" loading={remind.isPending}>
            {t('questionnaires.remind.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
