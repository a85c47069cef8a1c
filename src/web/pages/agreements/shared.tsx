import { Badge, TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../agreements/rules/dates';
import { formatDate, today } from '../../format';
import { useEnum } from '../../i18n/useEnum';
import { useSave } from '../../kit';
import { failForm } from './errors';
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

/** The name of the issuer or the municipality of an agreement. */
export const partyNamer = (a: Pick<Agreement, 'issuer' | 'party'>) => (p: 'issuer' | 'party') =>
  p === 'issuer' ? a.issuer.name : a.party.name;

/** The two parties as choices of a select. */
export const partyOptions = (a: Pick<Agreement, 'issuer' | 'party'>) => [
  { value: 'issuer', label: a.issuer.name },
  { value: 'party', label: a.party.name },
];

/**
 * A change to an agreement (sign, contact, notice, dispute, sub-agreement) with the kit's `useSave`:
 * every answer is the agreement, so the cached agreements refresh; a refusal goes to the form's fields.
 */
export function useAgreementSave<I>(
  send: (input: I) => Promise<Agreement>,
  form: Parameters<typeof failForm>[0],
  onDone: () => void,
  fieldMap?: Record<string, string>,
) {
  const { t } = useTranslation();
  return useSave({
    send: (input: I) => send(input),
    invalidate: [agreementKeys.all],
    onSaved: onDone,
    onError: (err) => failForm(form, err, t, fieldMap),
  });
}

/** A typed amount in kronor or a percentage (text, so a decimal comma reads), as wide as a phone allows. */
export function DecimalInput(props: TextInputProps) {
  return <TextInput required inputMode="decimal" w={{ base: '100%', sm: 320 }} {...props} />;
}
