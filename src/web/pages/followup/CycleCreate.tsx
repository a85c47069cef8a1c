import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateCycle, limits } from '../../../followup/contract';
import { BackLink } from '../../components/BackLink';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { toInt, useForm } from '../../components/useForm';
import { useTemplates } from '../agreements/queries';
import { useSave } from '../../kit';
import { followupApi, followupKeys } from './queries';

/**
 * A new yearly follow-up of the agreements issued from one template. The server lays out the
 * milestones from the year and the council's meeting; everything else is filled in on the cycle's page.
 */
export function CycleCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const templates = useTemplates();
  const issued = (templates.data ?? []).filter((x) => x.agreementCount > 0);
  const form = useForm({ templateId: '', year: String(new Date().getFullYear()), councilMeetingDate: '', title: '' });
  const v = form.values;
  const templateId = v.templateId || issued[0]?.id || '';
  const create = useSave({
    send: (body: CreateCycle) => followupApi.create(body),
    invalidate: [followupKeys.list],
    onSaved: (c) => {
      qc.setQueryData(followupKeys.one(c.id), c);
      navigate(`/followup/${c.id}`);
    },
    onError: form.fail,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = form.validate(CreateCycle, {
      templateId: templateId || undefined,
      year: toInt(v.year),
      councilMeetingDate: v.councilMeetingDate || undefined,
      title: v.title,
    });
    if (body) create.submit(body);
  };
  const title = t('followup.create.title');
  return (
    <>
      <PageHeader
        title={title}
        description={t('followup.create.intro')}
        above={<BackLink to="/followup" label={t('followup.title')} />}
      />
      {templates.isPending && <Loading />}
      <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />
      {templates.data && issued.length === 0 && <Text>{t('followup.create.noTemplates')}</Text>}
      {issued.length > 0 && (
        <form onSubmit={submit} noValidate aria-label={title}>
          <Stack maw={760}>
            <ErrorAlert error={form.error} />
            <NativeSelect
              label={t('followup.create.template')}
              description={t('followup.create.templateHint')}
              required
              data={issued.map((x) => ({
                value: x.id,
                label: t('followup.create.templateOption', { title: x.terms.title, count: x.agreementCount }),
              }))}
              {...form.text('templateId')}
              value={templateId}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('followup.create.year')}
                description={t('followup.create.yearHint')}
                required
                inputMode="numeric"
                maxLength={4}
                {...form.text('year')}
              />
              <TextInput
                type="date"
                label={t('followup.create.councilMeetingDate')}
                description={t('followup.create.councilMeetingHint')}
                {...form.text('councilMeetingDate')}
              />
            </SimpleGrid>
            <TextInput
              label={t('followup.create.titleField')}
              description={t('followup.create.titleHint')}
              maxLength={limits.title}
              {...form.text('title')}
            />
            <Group>
              <Button type="submit" loading={create.pending}>
                {t('followup.create.submit')}
              </Button>
              <Button component={Link} to="/followup" variant="default">
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </>
  );
}
