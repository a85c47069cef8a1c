import { Badge, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeInput } from '../../../agreements/contract';
import { ApiError } from '../../api';
import { TableScroll } from '../../components/TableScroll';
import { useForm } from '../../components/useForm';
import { formatDate, today } from '../../format';
import { AgreementErrorAlert, failForm } from './errors';
import type { Agreement } from './queries';
import { badgeStyles, Deadline, useAgreementMutation } from './shared';

/** The periods (current one marked) with their notice deadlines, the notices given, and registering one. */
export function PeriodsSection({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const { t } = useTranslation();
  const now = today();
  const partyName = (p: 'issuer' | 'party') => (p === 'issuer' ? a.issuer.name : a.party.name);
  return (
    <>
      <Text mb="sm" component="div">
        {t('agreements.periods.nextDeadline')}: <Deadline date={a.nextNoticeDeadline} />
      </Text>
      <TableScroll minWidth={560} label={t('agreements.periods.caption')}>
        <Table striped withTableBorder>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
            {t('agreements.periods.caption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('agreements.periods.number')}</Table.Th>
              <Table.Th scope="col">{t('agreements.periods.start')}</Table.Th>
              <Table.Th scope="col">{t('agreements.periods.end')}</Table.Th>
              <Table.Th scope="col">{t('agreements.periods.deadline')}</Table.Th>
              <Table.Th scope="col">{t('agreements.periods.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {a.periods.map((p) => {
              const current = a.currentPeriod?.number === p.number;
              return (
                <Table.Tr key={p.number} aria-current={current ? 'true' : undefined} fw={current ? 700 : undefined}>
                  <Table.Th scope="row">{p.number}</Table.Th>
                  <Table.Td>{formatDate(p.start)}</Table.Td>
                  <Table.Td>{formatDate(p.end)}</Table.Td>
                  <Table.Td>{formatDate(p.noticeDeadline)}</Table.Td>
                  <Table.Td>
                    {current ? (
                      <Badge color="#1d6b34" variant="outline" styles={badgeStyles}>
                        {t('agreements.periods.current')}
                      </Badge>
                    ) : p.end < now ? (
                      t('agreements.periods.past')
                    ) : (
                      t('agreements.periods.coming')
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Stack gap="xs" mt="md">
        {a.notices.length === 0 ? (
          <Text>{t('agreements.notice.none')}</Text>
        ) : (
          a.notices.map((n) => (
            <Text key={n.id} role="status">
              {t('agreements.notice.registered', {
                party: partyName(n.party),
                received: formatDate(n.receivedOn),
                endsAt: formatDate(n.endsAt),
                who: n.registeredBy,
              })}
            </Text>
          ))
        )}
      </Stack>
      {canEdit && a.notices.length === 0 && a.status.status !== 'ended' && <NoticeForm agreement={a} />}
    </>
  );
}

function NoticeForm({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const form = useForm({ party: 'party', receivedOn: today() });
  const save = useAgreementMutation(a.id, {
    onSaved: () => setOpen(false),
    onError: (err) => failForm(form, err, t, { received: 'receivedOn' }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = form.validate(NoticeInput, form.values);
    if (input) save.mutate({ method: 'POST', path: '/notices', body: input });
  };
  // A late notice is still a notice: offer to register it for the period the refusal names (issue 10 item 6).
  const later = laterPeriod(form.error);
  const registerLater = () => {
    const input = form.validate(NoticeInput, { ...form.values, forPeriodEnding: later });
    if (input) save.mutate({ method: 'POST', path: '/notices', body: input });
  };
  if (!open)
    return (
      <Button variant="outline" mt="md" onClick={() => setOpen(true)}>
        {t('agreements.notice.register')}
      </Button>
    );
  const title = t('agreements.notice.formTitle');
  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="sm" mt="md" maw={560}>
        <Text fw={600}>{title}</Text>
        <Text size="sm">{t('agreements.notice.hint', { count: a.terms.noticeMonths })}</Text>
        <AgreementErrorAlert error={form.error} title={t('agreements.notice.refused')} />
        {later && (
          <Group>
            <Button onClick={registerLater} loading={save.isPending}>
              {t('agreements.notice.registerForLater', { periodEnd: formatDate(later) })}
            </Button>
          </Group>
        )}
        <NativeSelect
          label={t('agreements.notice.party')}
          required
          data={[
            { value: 'issuer', label: a.issuer.name },
            { value: 'party', label: a.party.name },
          ]}
          {...form.text('party')}
        />
        <TextInput type="date" label={t('agreements.notice.receivedOn')} required {...form.text('receivedOn')} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('agreements.notice.submit')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The end of the later period a refused late notice applies to (`details.appliesTo` of the 409). */
function laterPeriod(err: unknown): string | null {
  if (!(err instanceof ApiError) || err.code !== 'agreement.notice_too_late') return null;
  const d = err.details as { appliesTo?: { periodEnd?: string } | null } | null;
  return d?.appliesTo?.periodEnd ?? null;
}
