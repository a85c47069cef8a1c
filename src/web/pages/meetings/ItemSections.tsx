import { Button, Checkbox, Group, NativeSelect, Paper, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { motionKinds } from '../../../meetings/contract';
import { NoteField } from '../../kit';
import { motionComplete, nextMotionId, type Draft, type VoteChoice } from './draft';
import type { Item, Participant } from './queries';
import { personLabel } from './shared';
import { focusSoon } from './TextList';

export interface SectionProps {
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
  disabled: boolean;
  participants: Participant[];
}

const seatOrSubstitute = new Set(['chair', 'vice_chair', 'member', 'substitute']);
/** Who may speak to the matter with a motion or a vote: members and substitutes who came. */
export const deciders = (ps: Participant[]) => ps.filter((p) => p.present && seatOrSubstitute.has(p.role));

function Row({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="sm" component="fieldset" style={{ minWidth: 0 }}>
      <Text component="legend" fw={600} px={4}>
        {legend}
      </Text>
      <Stack gap="xs">{children}</Stack>
    </Paper>
  );
}

export function Motions({ draft, update, disabled, participants }: SectionProps) {
  const { t } = useTranslation();
  const base = useId();
  const who = deciders(participants);
  const set = (i: number, patch: Partial<Draft['motions'][number]>) =>
    update((d) => ({ ...d, motions: d.motions.map((m, j) => (j === i ? { ...m, ...patch } : m)) }));
  return (
    <Stack gap="sm">
      {draft.motions.map((m, i) => {
        const legend = t('meetings.editor.motion', { number: i + 1 });
        return (
          <Row key={m.id} legend={legend}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                id={`${base}-${i}`}
                label={t('meetings.editor.motionBy')}
                value={m.by}
                disabled={disabled}
                data={[
                  { value: '', label: t('common.select') },
                  ...who.map((p) => ({ value: p.id, label: personLabel(p) })),
                ]}
                onChange={(e) => set(i, { by: e.currentTarget.value })}
              />
              <NativeSelect
                label={t('meetings.editor.motionKind')}
                value={m.kind}
                disabled={disabled}
                data={motionKinds.map((k) => ({ value: k, label: t(`meetings.motionKinds.${k}`) }))}
                onChange={(e) => set(i, { kind: e.currentTarget.value as typeof m.kind })}
              />
            </SimpleGrid>
            {m.kind === 'approval' && (
              <NativeSelect
                label={t('meetings.editor.supports')}
                value={m.supports}
                disabled={disabled}
                data={[
                  { value: '', label: t('meetings.editor.supportsNone') },
                  { value: 'proposal', label: t('meetings.editor.theProposal') },
                  ...draft.motions
                    .filter((x) => x.id !== m.id)
                    .map((x) => ({ value: x.id, label: motionName(x, draft, participants, t) })),
                ]}
                onChange={(e) => set(i, { supports: e.currentTarget.value })}
              />
            )}
            <NoteField
              label={t('meetings.editor.motionText')}
              value={m.text}
              rows={2}
              maxLength={4000}
              disabled={disabled}
              onChange={(e) => set(i, { text: e.currentTarget.value })}
            />
            {!motionComplete(m) && (
              <Text size="sm" c="dimmed">
                {t('meetings.editor.motionIncomplete')}
              </Text>
            )}
            {!disabled && (
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => update((d) => ({ ...d, motions: d.motions.filter((_, j) => j !== i) }))}
                >
                  {t('meetings.editor.removeThing', { what: legend })}
                </Button>
              </Group>
            )}
          </Row>
        );
      })}
      {!disabled && (
        <Group>
          <Button
            variant="outline"
            size="xs"
            onClick={() => {
              update((d) => ({
                ...d,
                motions: [...d.motions, { id: nextMotionId(d), by: '', kind: 'approval', text: '', supports: '' }],
              }));
              focusSoon(`${base}-${draft.motions.length}`);
            }}
          >
            {t('meetings.editor.addMotion')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

type T = ReturnType<typeof useTranslation>['t'];
/** "Yrkande 2 (Elin Lemon (C))": how a motion is named in selects. */
export function motionName(m: Draft['motions'][number], d: Draft, ps: Participant[], t: T): string {
  const n = d.motions.indexOf(m) + 1;
  const by = ps.find((p) => p.id === m.by);
  return by
    ? t('meetings.editor.motionOf', { number: n, name: personLabel(by) })
    : t('meetings.editor.motion', { number: n });
}

export function Propositions({ draft, update, disabled, participants }: SectionProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Draft['propositions'][number]>) =>
    update((d) => ({ ...d, propositions: d.propositions.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  const alternatives = [
    { value: 'proposal', label: t('meetings.editor.theProposal') },
    ...draft.motions.filter(motionComplete).map((m) => ({ value: m.id, label: motionName(m, draft, participants, t) })),
  ];
  return (
    <Stack gap="sm">
      {draft.propositions.map((p, i) => {
        const legend = t('meetings.editor.proposition', { number: i + 1 });
        return (
          <Row key={i} legend={legend}>
            <Checkbox.Group label={t('meetings.editor.propositionOn')} value={p.on} onChange={(on) => set(i, { on })}>
              <Group gap="md" mt={4}>
                {alternatives.map((a) => (
                  <Checkbox key={a.value} value={a.value} label={a.label} disabled={disabled} />
                ))}
              </Group>
            </Checkbox.Group>
            <NoteField
              label={t('meetings.editor.propositionText')}
              value={p.text}
              maxLength={2000}
              disabled={disabled}
              onChange={(e) => set(i, { text: e.currentTarget.value })}
            />
            <NoteField
              label={t('meetings.editor.finding')}
              value={p.finding}
              maxLength={2000}
              disabled={disabled}
              onChange={(e) => set(i, { finding: e.currentTarget.value })}
            />
            {!disabled && (
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => update((d) => ({ ...d, propositions: d.propositions.filter((_, j) => j !== i) }))}
                >
                  {t('meetings.editor.removeThing', { what: legend })}
                </Button>
              </Group>
            )}
          </Row>
        );
      })}
      {!disabled && (
        <Group>
          <Button
            variant="outline"
            size="xs"
            onClick={() =>
              update((d) => ({ ...d, propositions: [...d.propositions, { on: ['proposal'], text: '', finding: '' }] }))
            }
          >
            {t('meetings.editor.addProposition')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function VoteFields({ draft, update, disabled, participants, result }: SectionProps & { result: Item['vote'] }) {
  const { t } = useTranslation();
  const who = deciders(participants);
  return (
    <Stack gap="sm">
      <Checkbox
        label={t('meetings.editor.voteAsked')}
        checked={draft.voteAsked}
        disabled={disabled}
        onChange={(e) => {
          const voteAsked = e.currentTarget.checked;
          update((d) => ({ ...d, voteAsked }));
        }}
      />
      {draft.voteAsked && (
        <>
          <NoteField
            label={t('meetings.editor.voteQuestion')}
            description={t('meetings.editor.voteQuestionHint')}
            value={draft.voteQuestion}
            maxLength={2000}
            disabled={disabled}
            onChange={(e) => {
              const voteQuestion = e.currentTarget.value;
              update((d) => ({ ...d, voteQuestion }));
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {who.map((p) => (
              <Radio.Group
                key={p.id}
                label={personLabel(p)}
                value={draft.votes[p.id] ?? ''}
                onChange={(v) => update((d) => ({ ...d, votes: { ...d.votes, [p.id]: v as VoteChoice | '' } }))}
              >
                <Group gap="sm" mt={4}>
                  {(['yes', 'no', 'abstain', ''] as const).map((c) => (
                    <Radio key={c || 'none'} value={c} label={t(`meetings.votes.${c || 'none'}`)} disabled={disabled} />
                  ))}
                </Group>
              </Radio.Group>
            ))}
          </SimpleGrid>
          {result && (
            <Text role="status" fw={600}>
              {t('meetings.editor.voteResult', {
                yes: result.result.yes,
                no: result.result.no,
                abstain: result.result.abstain,
                outcome: t(`meetings.votes.${result.result.outcome}`),
              })}
              {result.result.castingVote && ` ${t('meetings.editor.castingVote')}`}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}

export function Reservations({ draft, update, disabled, participants }: SectionProps) {
  const { t } = useTranslation();
  const who = participants.filter((p) => p.present);
  const set = (i: number, patch: Partial<Draft['reservations'][number]>) =>
    update((d) => ({ ...d, reservations: d.reservations.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  return (
    <Stack gap="sm">
      {draft.reservations.map((r, i) => {
        const legend = t('meetings.editor.reservation', { number: i + 1 });
        return (
          <Row key={i} legend={legend}>
            <Checkbox.Group label={t('meetings.editor.reservedBy')} value={r.by} onChange={(by) => set(i, { by })}>
              <Group gap="md" mt={4}>
                {who.map((p) => (
                  <Checkbox key={p.id} value={p.id} label={personLabel(p)} disabled={disabled} />
                ))}
              </Group>
            </Checkbox.Group>
            <NativeSelect
              label={t('meetings.editor.inFavourOf')}
              value={r.inFavourOf}
              disabled={disabled}
              data={[
                { value: '', label: t('meetings.editor.inFavourOfNone') },
                ...draft.motions
                  .filter(motionComplete)
                  .map((m) => ({ value: m.id, label: motionName(m, draft, participants, t) })),
              ]}
              onChange={(e) => set(i, { inFavourOf: e.currentTarget.value })}
            />
            <NoteField
              label={t('meetings.editor.reasons')}
              value={r.reasons}
              maxLength={8000}
              disabled={disabled}
              onChange={(e) => set(i, { reasons: e.currentTarget.value })}
            />
            {!disabled && (
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => update((d) => ({ ...d, reservations: d.reservations.filter((_, j) => j !== i) }))}
                >
                  {t('meetings.editor.removeThing', { what: legend })}
                </Button>
              </Group>
            )}
          </Row>
        );
      })}
      {!disabled && (
        <Group>
          <Button
            variant="outline"
            size="xs"
            onClick={() =>
              update((d) => ({ ...d, reservations: [...d.reservations, { by: [], inFavourOf: '', reasons: '' }] }))
            }
          >
            {t('meetings.editor.addReservation')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function Statements({ draft, update, disabled, participants }: SectionProps) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Draft['statements'][number]>) =>
    update((d) => ({ ...d, statements: d.statements.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  return (
    <Stack gap="sm">
      {draft.statements.map((s, i) => {
        const legend = t('meetings.editor.statement', { number: i + 1 });
        return (
          <Row key={i} legend={legend}>
            <NativeSelect
              label={t('meetings.editor.statementBy')}
              value={s.by}
              disabled={disabled}
              data={[
                { value: '', label: t('common.select') },
                ...participants.filter((p) => p.present).map((p) => ({ value: p.id, label: personLabel(p) })),
              ]}
              onChange={(e) => set(i, { by: e.currentTarget.value })}
            />
            <NoteField
              label={t('meetings.editor.statementText')}
              value={s.text}
              maxLength={4000}
              disabled={disabled}
              onChange={(e) => set(i, { text: e.currentTarget.value })}
            />
            {!disabled && (
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => update((d) => ({ ...d, statements: d.statements.filter((_, j) => j !== i) }))}
                >
                  {t('meetings.editor.removeThing', { what: legend })}
                </Button>
              </Group>
            )}
          </Row>
        );
      })}
      {!disabled && (
        <Group>
          <Button
            variant="outline"
            size="xs"
            onClick={() => update((d) => ({ ...d, statements: [...d.statements, { by: '', text: '' }] }))}
          >
            {t('meetings.editor.addStatement')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function Jav({ draft, update, disabled, participants }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Checkbox.Group
      label={t('meetings.editor.javLabel')}
      value={draft.jav}
      onChange={(jav) => update((d) => ({ ...d, jav }))}
    >
      <Group gap="md" mt={4}>
        {participants
          .filter((p) => p.present)
          .map((p) => (
            <Checkbox key={p.id} value={p.id} label={personLabel(p)} disabled={disabled} />
          ))}
      </Group>
    </Checkbox.Group>
  );
}

export function Recipients({ draft, update, disabled }: Omit<SectionProps, 'participants'>) {
  const { t } = useTranslation();
  const base = useId();
  const set = (i: number, patch: Partial<Draft['recipients'][number]>) =>
    update((d) => ({ ...d, recipients: d.recipients.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  return (
    <Stack gap="sm">
      {draft.recipients.map((r, i) => {
        const legend = t('meetings.editor.recipient', { number: i + 1 });
        return (
          <Row key={i} legend={legend}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                id={`${base}-${i}`}
                label={t('meetings.editor.recipientName')}
                value={r.name}
                maxLength={200}
                disabled={disabled}
                onChange={(e) => set(i, { name: e.currentTarget.value })}
              />
              <TextInput
                label={t('meetings.editor.recipientEmail')}
                type="email"
                value={r.email}
                maxLength={320}
                disabled={disabled}
                onChange={(e) => set(i, { email: e.currentTarget.value })}
              />
            </SimpleGrid>
            {!disabled && (
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => update((d) => ({ ...d, recipients: d.recipients.filter((_, j) => j !== i) }))}
                >
                  {t('meetings.editor.removeThing', { what: legend })}
                </Button>
              </Group>
            )}
          </Row>
        );
      })}
      {!disabled && (
        <Group>
          <Button
            variant="outline"
            size="xs"
            onClick={() => {
              update((d) => ({ ...d, recipients: [...d.recipients, { name: '', email: '' }] }));
              focusSoon(`${base}-${draft.recipients.length}`);
            }}
          >
            {t('meetings.editor.addRecipient')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
