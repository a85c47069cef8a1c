import { Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { formatDate } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { CompilationSection } from './CompilationSection';
import { InvitationsSection } from './InvitationsSection';
import { DetailPage, useSave } from '../../kit';
import { questionnaireKeys, surveysApi, useQuestionnaire, type Questionnaire } from './queries';
import { RemindersForm } from './RemindersForm';
import { ResponseRateSection } from './ResponseRateSection';
import { QuestionnaireStatusBadge, useBi } from './shared';

/** The questions as the respondent sees them, read-only, with their type and answer options. */
function QuestionsView({ q }: { q: Questionnaire }) {
  const { t } = useTranslation();
  const text = useBi();
  const label = useEnum();
  let n = 0;
  if (!q.sections.some((s) => s.questions.length > 0)) return <Text>{t('questionnaires.noQuestions')}</Text>;
  return (
    <Stack gap="md">
      {q.sections.map((s) => (
        <div key={s.key}>
          <Title order={3} size="h4" mb="xs">
            {text(s.title)}
          </Title>
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {s.questions.map((x) => {
              n += 1;
              return (
                <li key={x.key}>
                  <Text fw={600}>
                    {n}. {text(x.text)}
                  </Text>
                  <Text size="sm">
                    {label('questionType', x.type)} ·{' '}
                    {x.required ? t('questionnaires.required') : t('questionnaires.optional')}
                    {(x.type === 'short_text' || x.type === 'long_text') &&
                      ` · ${t('questionnaires.maxLength', { max: x.maxLength })}`}
                    {x.type === 'rating' && ` · ${t('questionnaires.ratingMax', { max: x.max })}`}
                  </Text>
                  {x.help && <Text size="sm">{text(x.help)}</Text>}
                  {'statements' in x && (
                    <List size="sm" mt={4}>
                      {x.statements.map((st) => (
                        <List.Item key={st.key}>{text(st.text)}</List.Item>
                      ))}
                    </List>
                  )}
                  {'options' in x && (
                    <Text size="sm">
                      {t('questionnaires.options', { list: x.options.map((o) => text(o.label)).join(' · ') })}
                    </Text>
                  )}
                </li>
              );
            })}
          </Stack>
        </div>
      ))}
    </Stack>
  );
}

export function QuestionnaireDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const text = useBi();
  const status = useSave({
    send: ({ q, to }: { q: Questionnaire; to: 'open' | 'close' }) =>
      to === 'open' ? surveysApi.open(q) : surveysApi.close(q),
    invalidate: [questionnaireKeys.all],
  });
  const [moving, setMoving] = useState<'open' | 'close' | null>(null);
  const move = (q: Questionnaire, to: 'open' | 'close') => {
    setMoving(to);
    status.submit({ q, to });
  };
  return (
    <DetailPage
      query={useQuestionnaire(id)}
      title={(x) => text(x.title)}
      back={{ to: '/questionnaires', label: t('questionnaires.title') }}
      description={(x) => (
        <Group gap="xs" component="span">
          <QuestionnaireStatusBadge status={x.status} />
          <span>{t('questionnaires.period', { from: formatDate(x.opensAt), to: formatDate(x.closesAt) })}</span>
          {x.anonymous && <span>· {t('questionnaires.anonymous')}</span>}
        </Group>
      )}
      actions={(x) => [
        {
          label: x.status === 'draft' ? t('questionnaires.edit') : t('questionnaires.editDetails'),
          to: `/questionnaires/${x.id}/edit`,
          variant: 'outline',
          can: x.abilities.update,
        },
        {
          label: t('questionnaires.open'),
          can: x.abilities.update && x.status !== 'open',
          onClick: () => move(x, 'open'),
          loading: status.pending && moving === 'open',
        },
        {
          label: t('questionnaires.close'),
          can: x.abilities.update && x.status === 'open',
          element: (
            <ConfirmButton
              variant="outline"
              color="red.9"
              label={t('questionnaires.close')}
              title={t('questionnaires.closeTitle')}
              message={t('questionnaires.closeMessage')}
              loading={status.pending && moving === 'close'}
              onConfirm={() => move(x, 'close')}
            />
          ),
        },
      ]}
    >
      {(x) => (
        <>
          <ErrorAlert error={status.error} />
          <Section title={t('questionnaires.sections.rate')}>
            <ResponseRateSection id={x.id} />
          </Section>
          <Section title={t('questionnaires.sections.invitations')}>
            <InvitationsSection q={x} mayEdit={x.abilities.update} />
          </Section>
          {x.abilities.update && x.status === 'open' && (
            <Section title={t('questionnaires.sections.reminders')}>
              <RemindersForm id={x.id} />
            </Section>
          )}
          <Section title={t('questionnaires.sections.compilation')}>
            <CompilationSection q={x} />
          </Section>
          <Section title={t('questionnaires.sections.questions')}>
            <QuestionsView q={x} />
          </Section>
        </>
      )}
    </DetailPage>
  );
}
