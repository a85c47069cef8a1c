import { Anchor, Badge, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RecordLink } from '../../kit';
import type { WorkGroup, WorkItem } from '../../../overview/contract';
import { formatDate } from '../../format';
import { useEnum, type EnumGroup } from '../../i18n/useEnum';
import { groupList, workItemPath } from './queries';

/** Words, not capitals or ellipses, in a narrow column. */
const badgeStyles = {
  root: { textTransform: 'none', maxWidth: '100%', height: 'auto' },
  label: { whiteSpace: 'normal', overflow: 'visible' },
} as const;

/** The enum that names an item's state, by what the item is (milestones use the follow-up's). */
const stateEnum: Record<Exclude<WorkItem['kind'], 'milestone'>, EnumGroup> = {
  assessment: 'assessmentStatus',
  position: 'conflictStatus',
  conflict: 'conflictStatus',
  action: 'actionStatus',
  notice: 'agreementStatus',
  questionnaire: 'questionnaireStatus',
};

/** How an item's date reads: a questionnaire closes, an agreement's notice must have arrived, the rest are due. */
const dueText: Partial<Record<WorkItem['kind'], string>> = {
  questionnaire: 'myWork.dueClosing',
  notice: 'myWork.dueNotice',
};

/** One group of the person's work: a titled list with its count, or what would appear in it. */
export function WorkGroupSection({ group, today, days }: { group: WorkGroup; today: string; days: number }) {
  const { t } = useTranslation();
  const id = useId();
  const base = `myWork.groups.${group.key}`;
  const list = groupList[group.key];
  const title = t(`${base}.title`);
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md" style={{ minWidth: 0 }}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={id} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Title>
        {group.total === 0 ? (
          <Text>{t(`${base}.empty`, { days })}</Text>
        ) : (
          <>
            <Text fw={600}>{t(`${base}.count`, { count: group.total, days })}</Text>
            <List listStyleType="none" spacing="sm" styles={{ itemWrapper: { minWidth: 0 } }}>
              {group.items.map((item) => (
                <List.Item key={item.key}>
                  <WorkItemRow item={item} today={today} />
                </List.Item>
              ))}
            </List>
            {group.total > group.items.length && (
              <Text size="sm">
                {t('myWork.showing', { count: group.total, shown: group.items.length })}{' '}
                <RecordLink to={list.path}>{t('myWork.seeAllOf', { what: t(list.nav) })}</RecordLink>
              </Text>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function WorkItemRow({ item, today }: { item: WorkItem; today: string }) {
  const { t, i18n } = useTranslation();
  const label = useEnum();
  const name =
    item.kind === 'milestone'
      ? t(`enums.followupMilestoneKind.${item.milestone}`, { defaultValue: item.milestone ?? item.title })
      : i18n.language === 'en' && item.titleEn
        ? item.titleEn
        : item.title;
  const context = item.kind === 'milestone' ? item.title : item.context;
  const where =
    item.step == null || item.kind === 'action'
      ? null
      : item.kind === 'position'
        ? t('myWork.positionStep', { step: item.step })
        : item.kind === 'conflict'
          ? t('myWork.conflictStep', { step: item.step })
          : t('myWork.step', { step: item.step });
  const state =
    item.kind === 'milestone'
      ? t(`enums.followupStatus.${item.state}`, { defaultValue: item.state })
      : label(stateEnum[item.kind], item.state);
  const late = item.dueDate != null && item.dueDate < today && item.kind !== 'notice';
  const meta = [context, where].filter(Boolean).join(' · ');
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={workItemPath(item.link)} fw={600} style={{ overflowWrap: 'anywhere' }}>
        {name}
      </Anchor>
      {meta && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {meta}
        </Text>
      )}
      <Group gap="xs" wrap="wrap">
        {item.dueDate && (
          <Text size="sm">{t(dueText[item.kind] ?? 'myWork.due', { date: formatDate(item.dueDate) })}</Text>
        )}
        {late && (
          <Badge color="red.9" variant="filled" styles={badgeStyles}>
            {t('myWork.overdue')}
          </Badge>
        )}
        <Badge color="gray.8" variant="outline" styles={badgeStyles}>
          {state}
        </Badge>
      </Group>
      {item.response && <ResponseRate {...item.response} />}
    </Stack>
  );
}

function ResponseRate({ answered, invited }: { answered: number; invited: number }) {
  const { t } = useTranslation();
  if (invited === 0) return <Text size="sm">{t('myWork.noInvitations')}</Text>;
  const percent = Math.round((100 * answered) / invited);
  const text = t('myWork.responses', { count: invited, answered, percent });
  return (
    <Stack gap={2}>
      <Text size="sm">{text}</Text>
      <Progress value={percent} aria-label={t('myWork.responseRate')} size="sm" />
    </Stack>
  );
}
