import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { milestoneKinds } from '../../../followup/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldList } from '../../components/FieldList';
import { formatDate, formatDateTime } from '../../format';
import { MilestoneForm } from './MilestoneForm';
import { useSave } from '../../kit';
import { followupApi, followupKeys, type Cycle, type Milestone } from './queries';
import { FollowupStatusBadge, OverdueBadge, useFollowupLabel, DoneNote } from './shared';

const byDate = (a: Milestone, b: Milestone) =>
  a.dueDate.localeCompare(b.dueDate) || milestoneKinds.indexOf(a.kind) - milestoneKinds.indexOf(b.kind);

/** The cycle's milestones in date order: who owns each, when it is due, how far it has come. */
export function TimelineTab({ cycle: c }: { cycle: Cycle }) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      {c.abilities.update && c.status !== 'decided' && <RemindOwners cycle={c} />}
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {[...c.milestones].sort(byDate).map((m) => (
          <MilestoneItem
            key={m.id}
            cycle={c}
            milestone={m}
            editing={editing === m.id}
            onEdit={(on) => setEditing(on ? m.id : null)}
          />
        ))}
      </Stack>
    </>
  );
}

function MilestoneItem({
  cycle: c,
  milestone: m,
  editing,
  onEdit,
}: {
  cycle: Cycle;
  milestone: Milestone;
  editing: boolean;
  onEdit: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  const label = useFollowupLabel();
  const kind = label('followupMilestoneKind', m.kind);
  const owner = [m.ownerName, m.ownerBodyName].filter(Boolean).join(', ');
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      style={
        m.overdue
          ? { borderLeft: '6px solid var(--mantine-color-red-9)' }
          : m.status === 'done'
            ? { borderLeft: '6px solid #1d6b34' }
            : undefined
      }
    >
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Group gap="xs">
          <Title order={3} size="h4">
            {kind}
          </Title>
          <FollowupStatusBadge status={m.status} />
          {m.overdue && <OverdueBadge />}
        </Group>
        {c.abilities.update && !editing && (
          <Button
            variant="outline"
            size="xs"
            onClick={() => onEdit(true)}
            aria-label={t('followup.milestones.editNamed', { kind })}
          >
            {t('common.edit')}
          </Button>
        )}
      </Group>
      {editing ? (
        <MilestoneForm cycle={c} milestone={m} onDone={() => onEdit(false)} />
      ) : (
        <FieldList
          items={[
            {
              label: t('followup.milestones.dueDate'),
              value: <span style={{ fontWeight: m.overdue ? 700 : undefined }}>{formatDate(m.dueDate)}</span>,
            },
            { label: t('followup.milestones.owner'), value: owner || t('followup.milestones.noOwner') },
            ...(m.doneOn ? [{ label: t('followup.milestones.doneOn'), value: formatDate(m.doneOn) }] : []),
            ...(m.note ? [{ label: t('followup.milestones.note'), value: m.note }] : []),
            ...(m.remindersSent > 0
              ? [
                  {
                    label: t('followup.milestones.reminders'),
                    value: t('followup.milestones.remindersValue', {
                      count: m.remindersSent,
                      date: formatDateTime(m.lastRemindedAt),
                    }),
                  },
                ]
              : []),
          ]}
        />
      )}
    </Paper>
  );
}

/** Mail the owners of milestones that are overdue or due within a week (not again within three days). */
function RemindOwners({ cycle: c }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<number | null>(null);
  const remind = useSave({
    send: () => followupApi.remindOwners(c.id, { withinDays: 7, minIntervalDays: 3 }),
    invalidate: [followupKeys.one(c.id)],
    onSaved: (r) => setSent(r.sent),
  });
  return (
    <Paper withBorder p="sm" mb="md">
      <Text size="sm" mb="xs">
        {t('followup.milestones.remindIntro')}
      </Text>
      <Group gap="sm">
        <Button variant="outline" onClick={() => remind.submit(undefined)} loading={remind.pending}>
          {t('followup.milestones.remind')}
        </Button>
        <DoneNote text={sent !== null && t('followup.milestones.remindSent', { count: sent })} />
      </Group>
      <ErrorAlert error={remind.error} />
    </Paper>
  );
}
