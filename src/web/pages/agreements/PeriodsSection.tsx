import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NoticeInput } from '../../../agreements/contract';
import { ApiError } from '../../api/error';
import { useForm } from '../../components/useForm';
import { formatDate, today } from '../../format';
import { CaptionedTable, columnSet, InlineForm, Reveal, WordBadge, wrappingLabel } from '../../kit';
import { useAgreementForm, type PartFormProps } from './agreementForm';
import { AgreementErrorAlert } from './errors';
import { agreementsApi, type Agreement } from './queries';
import { Deadline, partyNamer, partyOptions } from './shared';

type Period = Agreement['periods'][number];

/** The periods (current one marked) with their notice deadlines, the notices given, and registering one. */
export function PeriodsSection({ agreement: a, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const { t } = useTranslation();
  const now = today();
  const partyName = partyNamer(a);
  const isCurrent = (p: Period) => a.currentPeriod?.number === p.number;
  const columns = columnSet<Period>((id) => t(`agreements.periods.${id}`), {
    number: {
      rowHeader: true,
      cell: (p) => (isCurrent(p) ? <strong aria-current="true">{p.number}</strong> : p.number),
    },
    start: (p) => formatDate(p.start),
    end: (p) => formatDate(p.end),
    deadline: (p) => formatDate(p.noticeDeadline),
    state: (p) =>
      isCurrent(p) ? (
        <WordBadge color="#1d6b34">{t('agreements.periods.current')}</WordBadge>
      ) : (
        t(p.end < now ? 'agreements.periods.past' : 'agreements.periods.coming')
      ),
  });
  const caption = t('agreements.periods.caption');
  return (
    <>
      <Text mb="sm" component="div">
        {t('agreements.periods.nextDeadline')}: <Deadline date={a.nextNoticeDeadline} />
      </Text>
      <CaptionedTable caption={caption} columns={columns} rows={a.periods} rowKey={(p) => String(p.number)} />
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

function NoticeForm({ agreement: a, onDone }: PartFormProps) {
  const { t } = useTranslation();
  const form = useForm({ party: 'party', receivedOn: today() });
  const input = (forPeriodEnding?: string | null) => form.validate(NoticeInput, { ...form.values, forPeriodEnding });
  const { frame, save } = useAgreementForm(form, {
    title: t('agreements.notice.formTitle'),
    submitLabel: t('agreements.notice.submit'),
    toInput: () => input(),
    send: (notice: NoticeInput) => agreementsApi.registerNotice(a.id, notice),
    onDone,
    fieldMap: { received: 'receivedOn' },
  });
  // A late notice is still a notice: offer to register it for the period the refusal names (issue 10 item 6).
  const later = laterPeriod(form.error);
  const registerLater = () => {
    const notice = input(later);
    if (notice) save.submit(notice);
  };
  return (
    <InlineForm
      {...frame}
      heading="bold"
      error={
        <>
          <Text size="sm">{t('agreements.notice.hint', { count: a.terms.noticeMonths })}</Text>
          <AgreementErrorAlert error={form.error} title={t('agreements.notice.refused')} />
          {later && (
            <Group>
              <Button onClick={registerLater} loading={save.pending} styles={wrappingLabel}>
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
