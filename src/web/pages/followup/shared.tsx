import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';

/** The follow-up's codes in words; the labels live in i18n/{sv,en}/followup.ts, merged into `enums`. */
export type FollowupEnum = 'followupMilestoneKind' | 'followupStatus' | 'followupRating';

export function useFollowupLabel() {
  const { t } = useTranslation();
  return (group: FollowupEnum, code: string | null | undefined): string =>
    code ? t(`enums.${group}.${code}`, { defaultValue: code }) : t('common.none');
}

/** Whole words in a narrow table cell: no capitals, no ellipsis. */
export const badgeStyles = {
  root: { textTransform: 'none', maxWidth: 'none', flexShrink: 0, overflow: 'visible' },
  label: { overflow: 'visible', whiteSpace: 'nowrap' },
} as const;

const statusColor: Record<string, string> = {
  open: '#1c5d99',
  decided: '#1d6b34',
  planned: 'gray.8',
  in_progress: '#1c5d99',
  done: '#1d6b34',
  draft: 'gray.8',
  published: '#1d6b34',
  not_started: 'gray.8',
  submitted: '#1d6b34',
};

/** A status of the cycle, a milestone, a report or an assessment, in words (never colour alone). */
export function FollowupStatusBadge({ status }: { status: string }) {
  const label = useFollowupLabel();
  return (
    <Badge color={statusColor[status] ?? 'gray.8'} variant="outline" styles={badgeStyles}>
      {label('followupStatus', status)}
    </Badge>
  );
}

/** A milestone past its due date and not done: the word "Försenad" on a filled dark red badge. */
export function OverdueBadge({ count }: { count?: number }) {
  const { t } = useTranslation();
  return (
    <Badge color="red.9" variant="filled" styles={badgeStyles}>
      {count === undefined ? t('followup.overdue') : t('followup.overdueCount', { count })}
    </Badge>
  );
}

/** The seed's answer scales by code, good to bad, in colours that carry white numbers (≥ 4.5:1). */
export const ratingColors: Record<string, string> = {
  satisfied: '#1d6b34',
  mostly_satisfied: '#2b6a7c',
  not_quite_satisfied: '#8a4b00',
  dissatisfied: '#a61b1b',
  // The seed's question 1: from done to not done, the plan-less answer apart in grey.
  no_plan: '#4a4a4a',
  yes: '#1d6b34',
  largely: '#2b6a7c',
  small_extent: '#8a4b00',
  not_at_all: '#a61b1b',
};
/** Other answer scales take colours in order. */
export const palette = ['#1d6b34', '#2b6a7c', '#1c5d99', '#5f3d8f', '#8a4b00', '#a61b1b', '#4a4a4a', '#0f5257'];

/** The cycle's period: October to September. */
export const periodText = (p: { periodStart: string; periodEnd: string }) =>
  `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}`;

/** What a button just did, read out when it changes ("Utkastet är sparat."); empty until then. */
export function DoneNote({ text }: { text: string | false }) {
  return (
    <Text role="status" size="sm" fw={600}>
      {text || ''}
    </Text>
  );
}
