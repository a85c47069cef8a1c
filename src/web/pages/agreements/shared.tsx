import { Badge } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../agreements/rules/dates';
import { request } from '../../api';
import { formatDate, today } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { agreementKeys, type Agreement } from './queries';

/** A notice deadline this close is pointed out, in words (not colour alone). */
export const SOON_DAYS = 90;

type Status = Agreement['status'];

/** Whole words in a narrow table cell: no capitals, no ellipsis. */
export const badgeStyles = {
  root: { textTransform: 'none', maxWidth: 'none', flexShrink: 0, overflow: 'visible' },
  label: { overflow: 'visible', whiteSpace: 'nowrap' },
} as const;

export function useStatusLabel() {
  const label = useEnum();
  return (s: Status) =>
    s.status === 'ended' && s.reason ? label('endReason', s.reason) : label('agreementStatus', s.status);
}

const statusColor: Record<Status['status'], string> = {
  draft: 'gray.8',
  signed: '#1c5d99',
  in_force: '#1d6b34',
  ended: '#8f3900',
};

export function AgreementStatusBadge({ status }: { status: Status }) {
  const text = useStatusLabel();
  return (
    <Badge color={statusColor[status.status]} variant="outline" styles={badgeStyles}>
      {text(status)}
    </Badge>
  );
}

export const periodText = (p: { start: string; end: string } | null | undefined) =>
  p ? `${formatDate(p.start)} – ${formatDate(p.end)}` : '–';

/** A notice deadline, marked in text when it falls within SOON_DAYS from today. */
export function Deadline({ date }: { date: string | null }) {
  const { t } = useTranslation();
  if (!date) return <>{t('agreements.noDeadline')}</>;
  const days = daysBetween(today(), date);
  const soon = days >= 0 && days <= SOON_DAYS;
  return (
    <>
      <span style={{ fontWeight: soon ? 700 : undefined, whiteSpace: 'nowrap' }}>{formatDate(date)}</span>
      {soon && (
        <>
          {' '}
          <Badge color="#8f3900" variant="outline" styles={badgeStyles}>
            {t('agreements.deadlineSoon', { count: days })}
          </Badge>
        </>
      )}
    </>
  );
}

export interface Call {
  method: 'POST' | 'PATCH' | 'PUT';
  path: string;
  body: unknown;
}

/** Every change to an agreement answers with the agreement; it replaces the cached one. */
export function useAgreementMutation(
  id: string,
  opts: { onSaved?: (a: Agreement) => void; onError?: (err: unknown) => void } = {},
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (c: Call) => request<Agreement>(c.method, `/api/agreements/${id}${c.path}`, c.body),
    onSuccess: async (a) => {
      if (a.id === id) qc.setQueryData(agreementKeys.one(id), a);
      await qc.invalidateQueries({ queryKey: agreementKeys.all });
      opts.onSaved?.(a);
    },
    onError: (err) => opts.onError?.(err),
  });
}
