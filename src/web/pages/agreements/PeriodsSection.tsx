import { Badge, Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NoticeInput } from '../../../agreements/contract';
import { ApiError } from '../../api/client';
import { useForm } from '../../components/useForm';
import { formatDate, today } from '../../format';
import { DataTable, InlineForm, Reveal, wrappingLabel, type Column } from '../../kit';
import { AgreementErrorAlert } from './errors';
import { agreementsApi, type Agreement } from './queries';
import { badgeStyles, Deadline, partyNamer, partyOptions, useAgreementSave } from './shared';

type Period = Agreement['periods'][number];

/** The periods (current one marked) with their notice deadlines, the notices given, and registering one. */
export function PeriodsSection({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const { t } = useTranslation();
  const now = today();
  const partyName = partyNamer(a);
  const isCurrent = (p: Period) => a.currentPeriod?.number === p.number;
  const columns: Column<Period>[] = [
    {
      id: 'number',
      header: t('agreements.periods.number'),
      rowHeader: true,
      cell: (p) => (isCurrent(p) ? <strong aria-current="true">{p.number}</strong> : p.number),
    },
    { id: 'start', header: t('agreements.periods.start'), cell: (p) => formatDate(p.start) },
    { id: 'end', header: t('agreements.periods.end'), cell: (p) => formatDate(p.end) },
    { id: 'deadline', header: t('agreements.periods.deadline'), cell: (p) => formatDate(p.noticeDeadline) },
    {
      id: 'state',
      header: t('agreements.periods.state'),
      cell: (p) =>
        isCurrent(p) ? (
          <Badge color="#1d6b34" variant="outline" styles={badgeStyles}>
            {t('agreements.periods.current')}
          </Badge>
        ) : p.end < now ? (
          t('agreements.periods.past')
        ) : (
          t('agreements.periods.coming')
        ),
    },
  ];
  return (
    <>
      <Text mb="sm" component="div">
        {t('agreements.periods.nextDeadline')}: <Deadline date={a.nextNoticeDeadline} />
      </Text>
      <DataTable
        caption={t('agreements.periods.caption')}
        captionHidden={false}
        showCount={false}
        columns={columns}
        rows={a.periods}
        rowKey={(p) => String(p.number)}
      />
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
      <Reveal
        can={canEdit && a.notices.length === 0 && a.status.status !== 'ended'}
        label={t('agreements.notice.register')}
      >
        {(close) => <NoticeForm agreement={a} onDone={close} />}
      </Reveal>
    </>
  );
}

function NoticeForm({ agreement: a, onDone }: { agreement: Agreement; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm({ party: 'party', receivedOn: today() });
  const save = useAgreementSave((input: NoticeInput) => agreementsApi.registerNotice(a.id, input), form, onDone, {
    received: 'receivedOn',
  });
  const send = (forPeriodEnding?: string | null) => {
    const input = form.validate(NoticeInput, { ...form.values, forPeriodEnding });
    if (input) save.submit(input);
  };
  // A late notice is still a notice: offer to register it for the period the refusal names (issue 10 item 6).
  const later = laterPeriod(form.error);
  return (
    <InlineForm
      title={t('agreements.notice.formTitle')}
      heading="bold"
      onSubmit={() => send()}
      submitLabel={t('agreements.notice.submit')}
      busy={save.pending}
      onCancel={onDone}
      error={
        <>
          <Text size="sm">{t('agreements.notice.hint', { count: a.terms.noticeMonths })}</Text>
          <AgreementErrorAlert error={form.error} title={t('agreements.notice.refused')} />
          {later && (
            <Group>
              <Button onClick={() => send(later)} loading={save.pending} styles={wrappingLabel}>
                {t('agreements.notice.registerForLater', { periodEnd: formatDate(later) })}
              </Button>
            </Group>
          )}
        </>
      }
    >
      <NativeSelect label={t('agreements.notice.party')} required data={partyOptions(a)} {...form.text('party')} />
      <TextInput type="date" label={t('agreements.notice.receivedOn')} required {...form.text('receivedOn')} />
    </InlineForm>
  );
}

/** The end of the later period a refused late notice applies to (`details.appliesTo` of the 409). */
function laterPeriod(err: unknown): string | null {
  if (!(err instanceof ApiError) || err.code !== 'agreement.notice_too_late') return null;
  const d = err.details as { appliesTo?: { periodEnd?: string } | null } | null;
  return d?.appliesTo?.periodEnd ?? null;
}
