import { NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreateCycle, limits } from '../../../followup/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { toInt } from '../../components/useForm';
import { useTemplates } from '../agreements/queries';
import { InlineForm, MayCreate, NewRecordPage, useCreateForm } from '../../kit';
import { followupApi, followupKeys, useCycles } from './queries';

/**
 * A new yearly follow-up of the agreements issued from one template. The server lays out the
 * milestones from the year and the council's meeting; everything else is filled in on the cycle's page.
 */
export function CycleCreate() {
  const { t } = useTranslation();
  // Only for those the list's abilities allow; others get why, not a form (issue 10 item 8).
  return (
    <MayCreate
      list={useCycles()}
      title={t('followup.create.title')}
      back={{ to: '/followup', label: t('followup.title') }}
    >
      <CycleForm />
    </MayCreate>
  );
}

function CycleForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const templates = useTemplates();
  const issued = (templates.data ?? []).filter((x) => x.agreementCount > 0);
  const { form, save, submit } = useCreateForm({
    initial: { templateId: '', year: String(new Date().getFullYear()), councilMeetingDate: '', title: '' },
    schema: CreateCycle,
    toInput: (v) => ({
      templateId: v.templateId || issued[0]?.id || undefined,
      year: toInt(v.year),
      councilMeetingDate: v.councilMeetingDate || undefined,
      title: v.title,
    }),
    send: followupApi.create,
    invalidate: [followupKeys.list],
    onSaved: (c) => {
      qc.setQueryData(followupKeys.one(c.id), c);
      navigate(`/followup/${c.id}`);
    },
    cancelTo: '/followup',
  });
  const templateId = form.values.templateId || issued[0]?.id || '';
  const title = t('followup.create.title');
  return (
    <NewRecordPage
      title={title}
      description={t('followup.create.intro')}
      back={{ to: '/followup', label: t('followup.title') }}
    >
      {templates.isPending && <Loading />}
      <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />
      {templates.data && issued.length === 0 && <Text>{t('followup.create.noTemplates')}</Text>}
      {issued.length > 0 && (
        <InlineForm
          title={title}
          onSubmit={submit}
          submitLabel={t('followup.create.submit')}
          busy={save.pending}
          cancelTo="/followup"
          maw={760}
          mt={0}
          error={<ErrorAlert error={form.error} />}
        >
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
        </InlineForm>
      )}
    </NewRecordPage>
  );
}
