import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../agreements/rules/dates';
import { formatDate, today } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { WordBadge } from '../../kit';
import type { Agreement } from './queries';

/** A notice deadline this close is pointed out, in words (not colour alone). */
export const SOON_DAYS = 90;

type Status = Agreement['status'];

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
  return <WordBadge color={statusColor[status.status]}>{text(status)}</WordBadge>;
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
          <WordBadge color="#8f3900">{t('agreements.deadlineSoon', { count: days })}</WordBadge>
        </>
      )}
    </>
  );
}

/** One of the two parties of an agreement: the issuer (the region) or the municipality. */
export type Party = 'issuer' | 'party';

/** The name of the issuer or the municipality of an agreement. */
export const partyNamer = (a: Pick<Agreement, 'issuer' | 'party'>) => (p: Party) =>
  p === 'issuer' ? a.issuer.name : a.party.name;

/** The two parties as choices of a select. */
export const partyOptions = (a: Pick<Agreement, 'issuer' | 'party'>) => [
  { value: 'issuer', label: a.issuer.name },
  { value: 'party', label: a.party.name },
];

/** A typed amount in kronor or a percentage (text, so a decimal comma reads), as wide as a phone allows. */
export function DecimalInput(props: TextInputProps) {
  return <TextInput required inputMode="decimal" w={{ base: '100%', sm: 320 }} {...props} />;
}

/** A required date, as wide as a date needs (the whole width on a phone). */
export function DateInput(props: TextInputProps) {
  return <TextInput type="date" required w={{ base: '100%', sm: 220 }} {...props} />;
}
