import { useTranslation } from 'react-i18next';
import type { Case, CaseSummary } from '../../../meetings/contract';
import { formatDate } from '../../format';
import { WordBadge } from '../../kit';

/** The cases' codes in words (kind, status, step kind, concern kind), from the `cases` i18n section. */
export function useCaseWords() {
  const { t } = useTranslation();
  return {
    kind: (k: string) => t(`cases.kinds.${k}`, { defaultValue: k }),
    status: (s: string) => t(`cases.statuses.${s}`, { defaultValue: s }),
    step: (s: string) => t(`cases.stepKinds.${s}`, { defaultValue: s }),
    concern: (c: string) => t(`cases.concernKinds.${c}`, { defaultValue: c }),
  };
}

const statusColor: Record<string, string> = { open: '#1c5d99', decided: '#1d6b34', closed: 'gray.8' };

export function CaseStatusBadge({ status }: { status: Case['status'] }) {
  const words = useCaseWords();
  return <WordBadge color={statusColor[status]}>{words.status(status)}</WordBadge>;
}

/**
 * A motion not decided within a year of being made (Kommunallagen 5 kap. 35 §), said in words: the
 * badge names the day it should have been decided by.
 */
export function OverdueBadge({ c }: { c: Pick<CaseSummary, 'motion'> }) {
  const { t } = useTranslation();
  if (!c.motion?.overdue) return null;
  return <WordBadge color="#a61b1b">{t('cases.overdue', { date: formatDate(c.motion.decideBy) })}</WordBadge>;
}

/** A file's size in words: kB below a megabyte, else MB with one decimal. */
export function fileSize(bytes: number, lang: string): string {
  const locale = lang === 'en' ? 'en-GB' : 'sv-SE';
  if (bytes < 1024 * 1024)
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} kB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}
