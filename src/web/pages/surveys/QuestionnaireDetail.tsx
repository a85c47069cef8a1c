import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { BackLink } from '../../components/BackLink';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { Section } from '../../components/Section';
import { formatDate } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { CompilationSection } from './CompilationSection';
import { InvitationsSection } from './InvitationsSection';
import { questionnaireKeys, useQuestionnaire, type Questionnaire } from './queries';
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
  const qc = useQueryClient();
  const q = useQuestionnaire(id);
  const status = useMutation({
    mutationFn: (to: 'open' | 'close') =>
      api.post<Questionnaire>(`/api/questionnaires/${id}/${to}`, { version: q.data!.version }),
    onSuccess: async (x) => {
      qc.setQueryData(questionnaireKeys.one(id), x);
      await qc.invalidateQueries({ queryKey: questionnaireKeys.all });
    },
  });
  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const x = q.data;
  const mayEdit = x.abilities.update;
  return (
    <>
      <PageHeader
        title={text(x.title)}
        above={<BackLink to="/questionnaires" label={t('questionnaires.title')} />}
        description={
          <Group gap="xs" component="span">
            <QuestionnaireStatusBadge status={x.status} />
            <span>{t('questionnaires.period', { from: formatDate(x.opensAt), to: formatDate(x.closesAt) })}</span>
            {x.anonymous && <span>· {t('questionnaires.anonymous')}</span>}
          </Group>
        }
        actions={
          mayEdit && (
            <>
              <Button component={Link} to={`/questionnaires/${x.id}/edit`} variant="outline">
                {x.status === 'draft' ? t('questionnaires.edit') : t('questionnaires.editDetails')}
              </Button>
              {x.status !== 'open' && (
                <Button onClick={() => status.mutate('open')} loading={status.isPending && status.variables === 'open'}>
                  {t('questionnaires.open')}
                </Button>
              )}
              {x.status === 'open' && (
                <ConfirmButton
                  variant="outline"
                  color="red.9"
                  label={t('questionnaires.close')}
                  title={t('questionnaires.closeTitle')}
                  message={t('questionnaires.closeMessage')}
                  loading={status.isPending && status.variables === 'close'}
                  onConfirm={() => status.mutate('close')}
                />
              )}
            </>
          )
        }
      />
      <ErrorAlert error={status.error} />
      <Section title={t('questionnaires.sections.rate')}>
        <ResponseRateSection id={id} />
      </Section>
      <Section title={t('questionnaires.sections.invitations')}>
        <InvitationsSection q={x} mayEdit={mayEdit} />
      </Section>
      {mayEdit && x.status === 'open' && (
        <Section title={t('questionnaires.sections.reminders')}>
          <RemindersForm id={id} />
        </Section>
      )}
      <Section title={t('questionnaires.sections.compilation')}>
        <CompilationSection q={x} />
      </Section>
      <Section title={t('questionnaires.sections.questions')}>
        <QuestionsView q={x} />
      </Section>
    </>
  );
}
