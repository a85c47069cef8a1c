import { Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantInput } from '../../../meetings/contract';
import { Loading } from '../../components/Loading';
import { StaleChanges, useSave } from '../../kit';
import { useBody } from '../bodies/queries';
import { meetingKeys, meetingsApi, type Meeting, type Participant } from './queries';
import { MeetingError, personLabel } from './shared';

interface Row {
  key: string;
  id?: string;
  personId: string | null;
  name: string;
  party: string | null;
  organisationName: string;
  role: Participant['role'];
  servesForId: string;
  present: boolean;
  fromNumber: string;
  untilNumber: string;
  adjuster: boolean;
  /** On the body's roster (name and party come from there). */
  roster: boolean;
}

const seatRoles = ['chair', 'vice_chair', 'member'];
const rosterRoles = ['chair', 'vice_chair', 'member', 'substitute'] as const;
const otherRoles = ['secretary', 'adjunct', 'observer', 'official', 'other'] as const;

const fromParticipant = (p: Participant, roster: boolean): Row => ({
  key: p.id,
  id: p.id,
  personId: p.personId,
  name: p.name,
  party: p.party,
  organisationName: p.organisationName ?? '',
  role: p.role,
  servesForId: p.servesForId ?? '',
  present: p.present,
  fromNumber: p.fromNumber ? String(p.fromNumber) : '',
  untilNumber: p.untilNumber ? String(p.untilNumber) : '',
  adjuster: p.adjuster,
  roster,
});

const num = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : null);
const toInput = (r: Row): ParticipantInput => ({
  id: r.id,
  personId: r.personId,
  name: r.roster ? undefined : r.name.trim() || undefined,
  organisationName: r.roster ? undefined : r.organisationName.trim() || null,
  role: r.role,
  servesForId: r.role === 'substitute' && r.servesForId ? r.servesForId : null,
  present: r.present,
  fromNumber: num(r.fromNumber),
  untilNumber: num(r.untilNumber),
  adjuster: r.adjuster,
});

/**
 * Who took part: the body's members on the meeting's day with their roles, present or absent, which
 * substitute serves for whom, from and until which § someone arrived or left, who adjusts; then
 * others present (secretary, officials, observers), named freely.
 */
export function Participants({ m }: { m: Meeting }) {
  const body = useBody(m.body.id);
  // The form starts afresh from each saved version; the notice that it was saved outlives it.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  if (body.isPending) return <Loading />;
  const roster = (body.data?.members ?? []).filter(
    (x) => x.startDate <= m.startDate && (x.endDate == null || x.endDate >= m.startDate),
  );
  return (
    <ParticipantsForm
      key={m.version}
      m={m}
      roster={roster}
      saved={savedVersion === m.version}
      onSaved={setSavedVersion}
    />
  );
}

function ParticipantsForm({
  m,
  roster,
  saved,
  onSaved,
}: {
  m: Meeting;
  saved: boolean;
  onSaved: (version: number) => void;
  roster: { personId: string; personName: string; party: string | null; role: string; organisationName: string }[];
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const initial = useMemo(() => {
    const listed = m.participants.map((p) =>
      fromParticipant(
        p,
        roster.some((r) => r.personId === p.personId),
      ),
    );
    const missing = roster
      .filter((r) => !m.participants.some((p) => p.personId === r.personId))
      .map((r): Row => ({
        key: r.personId,
        personId: r.personId,
        name: r.personName,
        party: r.party,
        organisationName: r.organisationName,
        role: (rosterRoles as readonly string[]).includes(r.role) ? (r.role as Row['role']) : 'secretary',
        servesForId: '',
        present: true,
        fromNumber: '',
        untilNumber: '',
        adjuster: false,
        roster: (rosterRoles as readonly string[]).includes(r.role),
      }));
    return [...listed, ...missing];
  }, [m.participants, roster]);
  const [rows, setRows] = useState<Row[]>(initial);
  const set = (key: string, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const save = useSave<ParticipantInput[], Meeting>({
    from: m,
    send: (input, version) => meetingsApi.setParticipants(m.id, version ?? m.version, input),
    invalidate: [meetingKeys.all],
    onSaved: (after) => {
      onSaved(after.version);
      qc.setQueryData(meetingKeys.one(m.id), after);
    },
  });
  const editable = m.abilities.update && ['planned', 'called', 'held'].includes(m.status);
  // A substitute serves for a seat: someone listed with a seat role (ids exist once saved).
  const seats = rows.filter((r) => seatRoles.includes(r.role) && r.id);
  const submit = () => {
    save.submit(rows.filter((r) => r.roster || r.name.trim() || r.personId).map(toInput));
  };
  const others = rows.filter((r) => !r.roster);
  let counter = 0;
  return (
    <form
      aria-label={t('meetings.participants.form')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        {save.stale && (
          <StaleChanges
            what={t('meetings.participants.what')}
            fields={[]}
            onReapply={save.reapply}
            onUseTheirs={() => {
              const theirs = save.discard();
              if (theirs) qc.setQueryData(meetingKeys.one(m.id), theirs);
            }}
            busy={save.pending}
          />
        )}
        <MeetingError error={save.error} />
        {saved && <Text role="status">{t('meetings.participants.saved')}</Text>}
        <Text fw={600}>{t('meetings.participants.members')}</Text>
        {rows.filter((r) => r.roster).length === 0 && <Text>{t('meetings.participants.noRoster')}</Text>}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {rows
            .filter((r) => r.roster)
            .map((r) => (
              <ParticipantCard key={r.key} r={r} set={set} seats={seats} editable={editable} roster />
            ))}
        </SimpleGrid>
        <Text fw={600}>{t('meetings.participants.others')}</Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {others.map((r) => (
            <ParticipantCard
              key={r.key}
              r={r}
              set={set}
              seats={seats}
              editable={editable}
              onRemove={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
            />
          ))}
        </SimpleGrid>
        {editable && (
          <Group gap="sm">
            <Button
              variant="outline"
              onClick={() =>
                setRows((rs) => [
                  ...rs,
                  {
                    key: `new-${Date.now()}-${counter++}`,
                    personId: null,
                    name: '',
                    party: null,
                    organisationName: '',
                    role: 'official',
                    servesForId: '',
                    present: true,
                    fromNumber: '',
                    untilNumber: '',
                    adjuster: false,
                    roster: false,
                  },
                ])
              }
            >
              {t('meetings.participants.addOther')}
            </Button>
            <Button type="submit" loading={save.pending}>
              {t('meetings.participants.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

function ParticipantCard({
  r,
  set,
  seats,
  editable,
  roster,
  onRemove,
}: {
  r: Row;
  set: (key: string, patch: Partial<Row>) => void;
  seats: Row[];
  editable: boolean;
  roster?: boolean;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const who = r.name || t('meetings.participants.unnamed');
  const roles = roster ? rosterRoles : otherRoles;
  return (
    <Paper withBorder p="sm" component="fieldset" style={{ minWidth: 0 }} disabled={!editable}>
      <Text component="legend" fw={600} px={4} style={{ overflowWrap: 'anywhere' }}>
        {roster ? personLabel(r) : who}
      </Text>
      <Stack gap="xs">
        {!roster && (
          <>
            <TextInput
              label={t('meetings.participants.name')}
              value={r.name}
              maxLength={200}
              onChange={(e) => set(r.key, { name: e.currentTarget.value })}
            />
            <TextInput
              label={t('meetings.participants.organisation')}
              value={r.organisationName}
              maxLength={200}
              onChange={(e) => set(r.key, { organisationName: e.currentTarget.value })}
            />
          </>
        )}
        <NativeSelect
          label={t('meetings.participants.role')}
          value={r.role}
          data={roles.map((x) => ({ value: x, label: t(`meetings.roles.${x}`) }))}
          onChange={(e) => set(r.key, { role: e.currentTarget.value as Row['role'] })}
        />
        <Checkbox
          label={t('meetings.participants.present')}
          checked={r.present}
          onChange={(e) => set(r.key, { present: e.currentTarget.checked })}
        />
        {r.role === 'substitute' && (
          <NativeSelect
            label={t('meetings.participants.servesFor')}
            value={r.servesForId}
            data={[
              { value: '', label: t('meetings.participants.servesForNobody') },
              ...seats.map((s) => ({ value: s.id!, label: personLabel(s) })),
            ]}
            onChange={(e) => set(r.key, { servesForId: e.currentTarget.value })}
          />
        )}
        {r.present && (
          <Group gap="xs" grow wrap="wrap">
            <TextInput
              label={t('meetings.participants.from')}
              inputMode="numeric"
              maxLength={6}
              value={r.fromNumber}
              onChange={(e) => set(r.key, { fromNumber: e.currentTarget.value })}
              style={{ minWidth: 120 }}
            />
            <TextInput
              label={t('meetings.participants.until')}
              inputMode="numeric"
              maxLength={6}
              value={r.untilNumber}
              onChange={(e) => set(r.key, { untilNumber: e.currentTarget.value })}
              style={{ minWidth: 120 }}
            />
          </Group>
        )}
        {roster && r.personId && (
          <Checkbox
            label={t('meetings.participants.adjuster')}
            checked={r.adjuster || r.role === 'chair'}
            disabled={r.role === 'chair'}
            onChange={(e) => set(r.key, { adjuster: e.currentTarget.checked })}
          />
        )}
        {onRemove && editable && (
          <Group>
            <Button variant="subtle" size="xs" onClick={onRemove}>
              {t('meetings.participants.remove', { who })}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
