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

type Lists = Pick<Draft, 'motions' | 'propositions' | 'statements' | 'reservations' | 'recipients'>;
type ListKey = keyof Lists;

/**
 * The rows of one list of a § (motions, propositions, statements, reservations, recipients): each
 * row a fieldset named by its legend with a button to remove it, and a button to add one. The
 * row's fields come from `children`, with `set` to change that row.
 */
function RowList<K extends ListKey>({
  draft,
  update,
  disabled,
  list,
  legend,
  addLabel,
  blank,
  firstFieldId,
  children,
}: Omit<SectionProps, 'participants'> & {
  list: K;
  legend: (number: number) => string;
  addLabel: string;
  blank: (d: Draft) => Lists[K][number];
  /** The id prefix of each row's first field, to move focus to a row just added. */
  firstFieldId?: string;
  children: (row: Lists[K][number], i: number, set: (patch: Partial<Lists[K][number]>) => void) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const rows = draft[list] as Lists[K][number][];
  const replace = (d: Draft, next: Lists[K][number][]) => ({ ...d, [list]: next }) as Draft;
  const set = (i: number) => (patch: Partial<Lists[K][number]>) =>
    update((d) =>
      replace(
        d,
        (d[list] as Lists[K][number][]).map((r, j) => (j === i ? { ...r, ...patch } : r)),
      ),
    );
  return (
    <Stack gap="sm">
      {rows.map((row, i) => {
        const name = legend(i + 1);
        return (
          <Row key={'id' in row ? String(row.id) : i} legend={name}>
            {children(row, i, set(i))}
            {!disabled && (
              <Group>
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() =>
                    update((d) =>
                      replace(
                        d,
                        (d[list] as Lists[K][number][]).filter((_, j) => j !== i),
                      ),
                    )
                  }
                >
                  {t('meetings.editor.removeThing', { what: name })}
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
              update((d) => replace(d, [...(d[list] as Lists[K][number][]), blank(d)]));
              if (firstFieldId) focusSoon(`${firstFieldId}-${rows.length}`);
            }}
          >
            {addLabel}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

export function Motions({ draft, update, disabled, participants }: SectionProps) {
  const { t } = useTranslation();
  const base = useId();
  const who = deciders(participants);
  return (
    <RowList
      draft={draft}
      update={update}
      disabled={disabled}
      list="motions"
      legend={(number) => t('meetings.editor.motion', { number })}
      addLabel={t('meetings.editor.addMotion')}
      blank={(d) => ({ id: nextMotionId(d), by: '', kind: 'approval', text: '', supports: '' })}
      firstFieldId={base}
    >
      {(m, i, set) => (
        <>
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
              onChange={(e) => set({ by: e.currentTarget.value })}
            />
            <NativeSelect
              label={t('meetings.editor.motionKind')}
              value={m.kind}
              disabled={disabled}
              data={motionKinds.map((k) => ({ value: k, label: t(`meetings.motionKinds.${k}`) }))}
              onChange={(e) => set({ kind: e.currentTarget.value as typeof m.kind })}
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
              onChange={(e) => set({ supports: e.currentTarget.value })}
            />
          )}
          <NoteField
            label={t('meetings.editor.motionText')}
            value={m.text}
            rows={2}
            maxLength={4000}
            disabled={disabled}
            onChange={(e) => set({ text: e.currentTarget.value })}
          />
          {!motionComplete(m) && (
            <Text size="sm" c="dimmed">
              {t('meetings.editor.motionIncomplete')}
            </Text>
          )}
        </>
      )}
    </RowList>
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
  const alternatives = [
    { value: 'proposal', label: t('meetings.editor.theProposal') },
    ...draft.motions.filter(motionComplete).map((m) => ({ value: m.id, label: motionName(m, draft, participants, t) })),
  ];
  return (
    <RowList
      draft={draft}
      update={update}
      disabled={disabled}
      list="propositions"
      legend={(number) => t('meetings.editor.proposition', { number })}
      addLabel={t('meetings.editor.addProposition')}
      blank={() => ({ on: ['proposal'], text: '', finding: '' })}
    >
      {(p, _i, set) => (
        <>
          <Checkbox.Group label={t('meetings.editor.propositionOn')} value={p.on} onChange={(on) => set({ on })}>
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
            onChange={(e) => set({ text: e.currentTarget.value })}
          />
          <NoteField
            label={t('meetings.editor.finding')}
            value={p.finding}
            maxLength={2000}
            disabled={disabled}
            onChange={(e) => set({ finding: e.currentTarget.value })}
          />
        </>
      )}
    </RowList>
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
  return (
    <RowList
      draft={draft}
      update={update}
      disabled={disabled}
      list="reservations"
      legend={(number) => t('meetings.editor.reservation', { number })}
      addLabel={t('meetings.editor.addReservation')}
      blank={() => ({ by: [], inFavourOf: '', reasons: '' })}
    >
      {(r, _i, set) => (
        <>
          <Checkbox.Group label={t('meetings.editor.reservedBy')} value={r.by} onChange={(by) => set({ by })}>
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
            onChange={(e) => set({ inFavourOf: e.currentTarget.value })}
          />
          <NoteField
            label={t('meetings.editor.reasons')}
            value={r.reasons}
            maxLength={8000}
            disabled={disabled}
            onChange={(e) => set({ reasons: e.currentTarget.value })}
          />
        </>
      )}
    </RowList>
  );
}

export function Statements({ draft, update, disabled, participants }: SectionProps) {
  const { t } = useTranslation();
  return (
    <RowList
      draft={draft}
      update={update}
      disabled={disabled}
      list="statements"
      legend={(number) => t('meetings.editor.statement', { number })}
      addLabel={t('meetings.editor.addStatement')}
      blank={() => ({ by: '', text: '' })}
    >
      {(st, _i, set) => (
        <>
          <NativeSelect
            label={t('meetings.editor.statementBy')}
            value={st.by}
            disabled={disabled}
            data={[
              { value: '', label: t('common.select') },
              ...participants.filter((p) => p.present).map((p) => ({ value: p.id, label: personLabel(p) })),
            ]}
            onChange={(e) => set({ by: e.currentTarget.value })}
          />
          <NoteField
            label={t('meetings.editor.statementText')}
            value={st.text}
            maxLength={4000}
            disabled={disabled}
            onChange={(e) => set({ text: e.currentTarget.value })}
          />
        </>
      )}
    </RowList>
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
  return (
    <RowList
      draft={draft}
      update={update}
      disabled={disabled}
      list="recipients"
      legend={(number) => t('meetings.editor.recipient', { number })}
      addLabel={t('meetings.editor.addRecipient')}
      blank={() => ({ name: '', email: '' })}
      firstFieldId={base}
    >
      {(r, i, set) => (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id={`${base}-${i}`}
            label={t('meetings.editor.recipientName')}
            value={r.name}
            maxLength={200}
            disabled={disabled}
            onChange={(e) => set({ name: e.currentTarget.value })}
          />
          <TextInput
            label={t('meetings.editor.recipientEmail')}
            type="email"
            value={r.email}
            maxLength={320}
            disabled={disabled}
            onChange={(e) => set({ email: e.currentTarget.value })}
          />
        </SimpleGrid>
      )}
    </RowList>
  );
}
