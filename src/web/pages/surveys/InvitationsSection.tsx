import { Alert, Button, Checkbox, MultiSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../format';
import { useErrorText } from '../../i18n/useErrorText';
import { ApiError } from '../../api/error';
import { col, errorTitle, SmallTable, useSave } from '../../kit';
import { useBodies } from '../bodies/queries';
import { usePeople } from '../people/queries';
import {
  questionnaireKeys,
  surveysApi,
  useBodyRecipients,
  useInvitations,
  type Invitation,
  type InviteResult,
  type Questionnaire,
} from './queries';

/** Invite bodies (their chair or secretary answers) or people; each gets a single-use link by email. */
function InviteForm({ q }: { q: Questionnaire }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const bodies = useBodies();
  const recipients = useBodyRecipients(q.id);
  const nobody = new Set((recipients.data ?? []).filter((r) => !r.recipient).map((r) => r.bodyId));
  const people = usePeople();
  const [bodyIds, setBodyIds] = useState<string[]>([]);
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [empty, setEmpty] = useState(false);
  const [result, setResult] = useState<InviteResult | null>(null);
  const invite = useSave({
    send: (to: { bodyIds: string[]; personIds: string[] }) => surveysApi.invite(q.id, to.bodyIds, to.personIds),
    invalidate: [questionnaireKeys.one(q.id)],
    onSaved: (r) => {
      setResult(r);
      setBodyIds([]);
      setPersonIds([]);
    },
    onError: () => setResult(null),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (bodyIds.length + personIds.length === 0) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    invite.submit({ bodyIds, personIds });
  };
  const err = invite.error;
  const bodyName =
    err instanceof ApiError && err.code === 'survey.no_respondent'
      ? String((err.details as { bodyName?: string } | null)?.bodyName ?? '')
      : '';
  return (
    <form onSubmit={submit} noValidate aria-label={t('questionnaires.invite.title')}>
      <Stack gap="sm" mb="lg">
        <Text size="sm">{t('questionnaires.invite.intro')}</Text>
        {err &&
          (err instanceof ApiError && err.code === 'survey.no_respondent' ? (
            <Alert color="red.9" variant="outline" role="alert" title={errorTitle(err, t)}>
              {errorText(err)} {bodyName && `(${bodyName})`}
            </Alert>
          ) : (
            <ErrorAlert error={err} />
          ))}
        {result && (
          <Alert color="#1d6b34" variant="outline" role="status">
            {t('questionnaires.invite.created', { count: result.created })}
          </Alert>
        )}
        {result && result.skipped.length > 0 && (
          <Alert
            color="red.9"
            variant="outline"
            role="alert"
            title={t('questionnaires.invite.skippedTitle', { count: result.skipped.length })}
          >
            <ul>
              {result.skipped.map((s) => (
                <li key={s.bodyId ?? s.personId ?? s.name}>
                  {s.name}: {t(`questionnaires.invite.reason.${s.reason}`)}
                </li>
              ))}
            </ul>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Checkbox.Group
            label={t('questionnaires.invite.bodies')}
            value={bodyIds}
            onChange={setBodyIds}
            error={empty ? t('questionnaires.invite.chooseOne') : undefined}
          >
            <Stack gap={6} mt="xs">
              {bodies.isPending && <Loading />}
              {(bodies.data?.items ?? []).map((b) => (
                <Checkbox
                  key={b.id}
                  value={b.id}
                  label={b.name}
                  description={nobody.has(b.id) ? t('questionnaires.invite.reason.no_chair_or_secretary') : undefined}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          <MultiSelect
            label={t('questionnaires.invite.people')}
            description={t('questionnaires.invite.peopleHint')}
            searchable
            clearable
            value={personIds}
            onChange={setPersonIds}
            data={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.organisationName})` }))}
            nothingFoundMessage={t('questionnaires.invite.nobody')}
          />
        </SimpleGrid>
        <div>
          <Button type="submit" loading={invite.pending}>
            {t('questionnaires.invite.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

export function InvitationsSection({ q, mayEdit }: { q: Questionnaire; mayEdit: boolean }) {
  const { t } = useTranslation();
  const list = useInvitations(q.id);
  const c = (k: string) => [k, t(`questionnaires.invite.cols.${k}`)] as const;
  return (
    <>
      {mayEdit && q.status === 'open' && <InviteForm q={q} />}
      {mayEdit && q.status !== 'open' && <Text mb="md">{t('questionnaires.invite.openFirst')}</Text>}
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      {list.isPending && <Loading />}
      {list.data && list.data.length === 0 && <Text>{t('questionnaires.invite.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <SmallTable<Invitation>
          caption={t('questionnaires.invite.tableCaption', { count: list.data.length })}
          captionHidden={false}
          minWidth={820}
          rows={list.data}
          columns={[
            col.value(...c('respondent'), (i) => i.name, {
              rowHeader: true,
              show: (i) => (
                <>
                  {i.name}
                  <Text size="sm">{i.email}</Text>
                </>
              ),
            }),
            col.value(...c('body'), (i) => i.bodyName),
            col.value(...c('organisation'), (i) => i.organisationName),
            col.value(...c('invited'), (i) => formatDateTime(i.invitedAt)),
            col.value(...c('state'), (i) =>
              i.completed
                ? t('questionnaires.invite.state.completed', {
                    date: i.completedAt ? formatDateTime(i.completedAt) : '',
                  })
                : i.started
                  ? t('questionnaires.invite.state.started')
                  : t('questionnaires.invite.state.notStarted'),
            ),
            col.value(...c('reminders'), (i) => i.remindersSent, { align: 'right' }),
          ]}
        />
      )}
    </>
  );
}
