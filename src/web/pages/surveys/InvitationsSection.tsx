import { Alert, Button, Checkbox, MultiSelect, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';
import { formatDateTime } from '../../format';
import { useErrorText } from '../../i18n/useErrorText';
import { ApiError } from '../../api';
import { useBodies } from '../bodies/queries';
import { usePeople } from '../people/queries';
import { questionnaireKeys, surveysApi, useBodyRecipients, useInvitations, type Questionnaire } from './queries';

/** Invite bodies (their chair or secretary answers) or people; each gets a single-use link by email. */
function InviteForm({ q }: { q: Questionnaire }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const bodies = useBodies();
  const recipients = useBodyRecipients(q.id);
  const nobody = new Set((recipients.data ?? []).filter((r) => !r.recipient).map((r) => r.bodyId));
  const people = usePeople();
  const [bodyIds, setBodyIds] = useState<string[]>([]);
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [empty, setEmpty] = useState(false);
  const invite = useMutation({
    mutationFn: () => surveysApi.invite(q.id, bodyIds, personIds),
    onSuccess: async () => {
      setBodyIds([]);
      setPersonIds([]);
      await qc.invalidateQueries({ queryKey: questionnaireKeys.one(q.id) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (bodyIds.length + personIds.length === 0) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    invite.mutate();
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
            <Alert color="red.9" variant="outline" role="alert" title={t('errors.title')}>
              {errorText(err)} {bodyName && `(${bodyName})`}
            </Alert>
          ) : (
            <ErrorAlert error={err} />
          ))}
        {invite.data && (
          <Alert color="#1d6b34" variant="outline" role="status">
            {t('questionnaires.invite.created', { count: invite.data.created })}
          </Alert>
        )}
        {invite.data && invite.data.skipped.length > 0 && (
          <Alert
            color="red.9"
            variant="outline"
            role="alert"
            title={t('questionnaires.invite.skippedTitle', { count: invite.data.skipped.length })}
          >
            <ul>
              {invite.data.skipped.map((s) => (
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
          <Button type="submit" loading={invite.isPending}>
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
  return (
    <>
      {mayEdit && q.status === 'open' && <InviteForm q={q} />}
      {mayEdit && q.status !== 'open' && <Text mb="md">{t('questionnaires.invite.openFirst')}</Text>}
      <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      {list.isPending && <Loading />}
      {list.data && list.data.length === 0 && <Text>{t('questionnaires.invite.empty')}</Text>}
      {list.data && list.data.length > 0 && (
        <TableScroll minWidth={820} label={t('questionnaires.invite.tableCaption', { count: list.data.length })}>
          <Table striped>
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('questionnaires.invite.tableCaption', { count: list.data.length })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('questionnaires.invite.cols.respondent')}</Table.Th>
                <Table.Th scope="col">{t('questionnaires.invite.cols.body')}</Table.Th>
                <Table.Th scope="col">{t('questionnaires.invite.cols.organisation')}</Table.Th>
                <Table.Th scope="col">{t('questionnaires.invite.cols.invited')}</Table.Th>
                <Table.Th scope="col">{t('questionnaires.invite.cols.state')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('questionnaires.invite.cols.reminders')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Th scope="row" fw={500}>
                    {i.name}
                    <Text size="sm" fw={400}>
                      {i.email}
                    </Text>
                  </Table.Th>
                  <Table.Td>{i.bodyName ?? '–'}</Table.Td>
                  <Table.Td>{i.organisationName ?? '–'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(i.invitedAt)}</Table.Td>
                  <Table.Td>
                    {i.completed
                      ? t('questionnaires.invite.state.completed', {
                          date: i.completedAt ? formatDateTime(i.completedAt) : '',
                        })
                      : i.started
                        ? t('questionnaires.invite.state.started')
                        : t('questionnaires.invite.state.notStarted')}
                  </Table.Td>
                  <Table.Td ta="right">{i.remindersSent}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
