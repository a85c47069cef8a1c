import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSave } from '../../kit';
import { questionnaireKeys, surveysApi } from './queries';

/** Remind those who have not completed, no sooner than the interval and no more than the count. */
export function RemindersForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const [minIntervalDays, setInterval] = useState<number | string>(7);
  const [maxCount, setMax] = useState<number | string>(3);
  const [sent, setSent] = useState<number | null>(null);
  const remind = useSave({
    send: (body: { minIntervalDays: number; maxCount: number }) => surveysApi.remind(id, body),
    invalidate: [questionnaireKeys.one(id)],
    onSaved: (r) => setSent(r.sent),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    remind.submit({ minIntervalDays: Number(minIntervalDays), maxCount: Number(maxCount) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('questionnaires.sections.reminders')}>
      <Stack gap="sm">
        <Text size="sm">{t('questionnaires.remind.intro')}</Text>
        <ErrorAlert error={remind.error} />
        {sent !== null && (
          <Alert color="#1d6b34" variant="outline" role="status">
            {t('questionnaires.remind.sent', { count: sent })}
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
          <Button type="submit" loading={remind.pending}>
            {t('questionnaires.remind.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
