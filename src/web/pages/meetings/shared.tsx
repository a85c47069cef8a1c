import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format';
import { WordBadge } from '../../kit';
import type { Meeting, MeetingSummary, Participant } from './queries';

const statusColor: Record<Meeting['status'], string> = {
  planned: 'gray.8',
  called: '#1c5d99',
  held: '#8f3900',
  adjusted: '#1d6b34',
  announced: '#1d6b34',
};

export function MeetingStatusBadge({ status }: { status: Meeting['status'] }) {
  const { t } = useTranslation();
  return <WordBadge color={statusColor[status]}>{t(`meetings.status.${status}`)}</WordBadge>;
}

/** The adjusting deadline as the server computes it: due soon or overdue in words, not colour alone. */
export function AdjustWarning({ m }: { m: Pick<MeetingSummary, 'adjustState' | 'adjustBy'> }) {
  const { t } = useTranslation();
  if (m.adjustState !== 'overdue' && m.adjustState !== 'due_soon') return null;
  return (
    <Text size="sm" fw={700} c={m.adjustState === 'overdue' ? '#a51d2d' : '#8f3900'}>
      {t(m.adjustState === 'overdue' ? 'meetings.adjust.overdue' : 'meetings.adjust.dueSoon', {
        date: formatDate(m.adjustBy),
      })}
    </Text>
  );
}

export function whenText(m: Pick<Meeting, 'startDate' | 'endDate' | 'startTime' | 'endTime'>): string {
  const days = m.endDate && m.endDate !== m.startDate ? `${m.startDate}–${m.endDate}` : m.startDate;
  const times = m.startTime ? (m.endTime ? ` ${m.startTime}–${m.endTime}` : ` ${m.startTime}`) : '';
  return days + times;
}

/** "Elin Lemon (C)": a participant as the protocol names them. */
export const personLabel = (p: Pick<Participant, 'name' | 'party'>) => (p.party ? `${p.name} (${p.party})` : p.name);

/**
 * A failed call of the meetings API in words: the translated error, the member it names (a vote by
 * someone absent names them) and, for a protocol not ready to adjust, each thing it lacks.
 */
export function MeetingError({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const details = error instanceof ApiError ? (error.details as Record<string, unknown> | null) : null;
  const name = details && typeof details.name === 'string' ? details.name : null;
  const problems =
    details && Array.isArray(details.problems)
      ? (details.problems as { code: string; message: string; paragraph: number | null; name: string | null }[])
      : [];
  const problemText = (p: (typeof problems)[number]) => {
    const key = `meetings.problems.${p.code.replace('.', '_')}`;
    const text = i18n.exists(key) ? t(key, { name: p.name ?? '', paragraph: p.paragraph ?? '' }) : p.message;
    return p.paragraph != null && !text.includes('§') ? `§ ${p.paragraph}: ${text}` : text;
  };
  return (
    <>
      <ErrorAlert error={error} />
      {(name || problems.length > 0) && (
        <div role="status" style={{ marginTop: -8, marginBottom: 16 }}>
          {name && <Text fw={600}>{t('meetings.errorNames', { name })}</Text>}
          {problems.length > 0 && (
            <List size="sm" aria-label={t('meetings.problemsLabel')}>
              {problems.map((p, i) => (
                <List.Item key={i}>{problemText(p)}</List.Item>
              ))}
            </List>
          )}
        </div>
      )}
    </>
  );
}
