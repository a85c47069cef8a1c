import { Checkbox, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';

import { useTranslation } from 'react-i18next';
import { useBi } from '../surveys/shared';
import { LinkQuestionnaire } from '../../../followup/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { useForm } from '../../components/useForm';
import { questionnaireKeys } from '../surveys/queries';
import { ResponseRateSection } from '../surveys/ResponseRateSection';
import { QuestionnaireStatusBadge } from '../surveys/shared';
import { InlineForm, useSave, RecordLink } from '../../kit';
import { followupApi, followupKeys, type Cycle } from './queries';

/** The seed's questionnaire to the collaboration bodies; inviting, reminding and reading it is done on the questionnaire's own page. */
export function QuestionnaireTab({ cycle: c }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const bi = useBi();
  if (!c.questionnaireId)
    return c.abilities.update && c.status !== 'decided' ? (
      <CreateQuestionnaire cycle={c} />
    ) : (
      <Text>{t('followup.questionnaire.none')}</Text>
    );
  const status = c.questionnaireStatus;
  return (
    <Stack gap="md">
      <FieldList
        items={[
          {
            label: t('followup.questionnaire.questionnaire'),
            value: (
              <RecordLink to={`/questionnaires/${c.questionnaireId}`}>
                {c.questionnaireTitle ? bi(c.questionnaireTitle) : t('followup.questionnaire.open')}
              </RecordLink>
            ),
          },
          {
            label: t('followup.questionnaire.status'),
            value:
              status === 'draft' || status === 'open' || status === 'closed' ? (
                <QuestionnaireStatusBadge status={status} />
              ) : (
                status
              ),
          },
        ]}
      />
      <Text>
        {t('followup.questionnaire.manageThere')}{' '}
        <RecordLink to={`/questionnaires/${c.questionnaireId}`}>{t('followup.questionnaire.manageLink')}</RecordLink>
      </Text>
      <section aria-label={t('followup.questionnaire.rate')}>
        <Text fw={600} mb="xs">
          {t('followup.questionnaire.rate')}
        </Text>
        <ResponseRateSection id={c.questionnaireId} />
      </section>
    </Stack>
  );
}

/** The seed's questionnaire, from the built-in template, answered in October of the cycle's year. */
function CreateQuestionnaire({ cycle: c }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const form = useForm({ opensAt: `${c.year}-10-01`, closesAt: `${c.year}-10-31`, anonymous: false });
  const link = useSave({
    send: (body: LinkQuestionnaire) => followupApi.linkQuestionnaire(c.id, body),
    invalidate: [followupKeys.all, questionnaireKeys.all],
    onError: form.fail,
  });
  const submit = () => {
    const body = form.validate(LinkQuestionnaire.options[1], {
      opensAt: form.values.opensAt,
      closesAt: form.values.closesAt,
      anonymous: form.values.anonymous,
      version: c.version,
    });
    if (body) link.submit(body);
  };
  const title = t('followup.questionnaire.createTitle');
  return (
    <InlineForm
      title={title}
      heading="bold"
      onSubmit={submit}
      submitLabel={t('followup.questionnaire.create')}
      busy={link.pending}
      maw={640}
      mt={0}
      error={<ErrorAlert error={form.error} />}
    >
      <Text size="sm">{t('followup.questionnaire.createIntro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t('followup.questionnaire.opensAt')} required {...form.text('opensAt')} />
        <TextInput type="date" label={t('followup.questionnaire.closesAt')} required {...form.text('closesAt')} />
      </SimpleGrid>
      <Checkbox
        label={t('followup.questionnaire.anonymous')}
        description={t('followup.questionnaire.anonymousHint')}
        {...form.checkbox('anonymous')}
      />
    </InlineForm>
  );
}
