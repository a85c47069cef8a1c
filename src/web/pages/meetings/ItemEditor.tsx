import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { LoadFailed } from '../../components/LoadFailed';
import { NoteField, StaleChanges } from '../../kit';
import { useMe } from '../../session';
import { draftToInput } from './draft';
import { Jav, Motions, Propositions, Recipients, Reservations, Statements, VoteFields } from './ItemSections';
import { meetingsApi, useItem, useMeetingCases, type Item, type Meeting } from './queries';
import { MeetingError } from './shared';
import { TextList } from './TextList';
import { useAutosave, type SaveState } from './useAutosave';

/** One § opened in the editor (loaded once; from then on the editor's draft is the truth on screen). */
export function ItemEditor({ m, itemId, focusTitle }: { m: Meeting; itemId: string; focusTitle?: boolean }) {
  const q = useItem(m.id, itemId);
  if (q.isPending) return <Loading />;
  if (q.error || !q.data) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  return <Editor key={q.data.id} m={m} item={q.data} focusTitle={focusTitle} />;
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Title order={4} size="h5" mb={6}>
        {title}
      </Title>
      {children}
    </section>
  );
}

function SaveStatus({ state, savedAt }: { state: SaveState; savedAt: Date | null }) {
  const { t } = useTranslation();
  const time = savedAt
    ? savedAt.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
    : '';
  const text =
    state === 'saved'
      ? savedAt
        ? t('meetings.editor.savedAt', { time })
        : t('meetings.editor.upToDate')
      : t(`meetings.editor.state.${state}`);
  return (
    <Text size="sm" fw={600} role="status" aria-live="polite" data-save-state={state}>
      {text}
    </Text>
  );
}

function Editor({ m, item, focusTitle }: { m: Meeting; item: Item; focusTitle?: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const s = useAutosave(m.id, item);
  const cases = useMeetingCases(m.organisationId);
  const [approveError, setApproveError] = useState<unknown>(null);
  const [approving, setApproving] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusTitle) titleRef.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the § opens
  }, []);
  const open = ['planned', 'called', 'held'].includes(m.status);
  const disabled = !item.abilities.update || !open || !!s.server.adjustedAt;
  const d = s.draft;
  const props = { draft: d, update: s.update, disabled, participants: m.participants };
  const mine = m.adjusters.some((a) => a.personId === me.personId);
  const approveNow = async () => {
    setApproving(true);
    setApproveError(null);
    try {
      s.setServer(await meetingsApi.approveItem(m.id, item.id, s.version()));
    } catch (e) {
      setApproveError(e);
    } finally {
      setApproving(false);
    }
  };
  return (
    <Stack
      gap="md"
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          s.saveNow();
        }
      }}
    >
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Title order={3} style={{ overflowWrap: 'anywhere' }}>
          § {item.number} {d.title}
        </Title>
        {!disabled && <SaveStatus state={s.state} savedAt={s.savedAt} />}
      </Group>
      {!disabled && <Text size="sm">{t('meetings.editor.keyboardHelp')}</Text>}
      {s.server.adjustedAt && (
        <Alert color="teal.9" variant="outline" title={t('meetings.editor.adjustedTitle')}>
          {t('meetings.editor.adjustedText')}
        </Alert>
      )}
      {s.stale && (
        <StaleChanges
          what={t('meetings.editor.what', { number: item.number })}
          fields={[
            {
              key: 'decision',
              label: t('meetings.editor.decision'),
              theirs: s.stale.decision.join(' / '),
              yours: (draftToInput(d).decision ?? []).join(' / '),
            },
            { key: 'matter', label: t('meetings.editor.matter'), theirs: s.stale.matter ?? '', yours: d.matter },
          ]}
          onReapply={s.reapply}
          onUseTheirs={s.useTheirs}
        />
      )}
      <MeetingError error={s.error} />
      <TextInput
        id="meeting-item-title"
        ref={titleRef}
        label={t('meetings.editor.title')}
        required
        maxLength={400}
        value={d.title}
        disabled={disabled}
        onChange={(e) => {
          const title = e.currentTarget.value;
          s.update((x) => ({ ...x, title }));
        }}
      />
      <NativeSelect
        label={t('meetings.editor.case')}
        value={d.caseId}
        disabled={disabled}
        data={[
          { value: '', label: t('meetings.editor.noCase') },
          ...(cases.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.registrationNumber} ${c.title}` })),
        ]}
        onChange={(e) => {
          const caseId = e.currentTarget.value;
          s.update((x) => ({ ...x, caseId }));
        }}
      />
      <NoteField
        label={t('meetings.editor.matter')}
        rows={2}
        maxLength={20000}
        value={d.matter}
        disabled={disabled}
        onChange={(e) => {
          const matter = e.currentTarget.value;
          s.update((x) => ({ ...x, matter }));
        }}
      />
      <Part title={t('meetings.editor.proposal')}>
        <Stack gap="xs">
          <TextInput
            label={t('meetings.editor.proposalBy')}
            maxLength={200}
            value={d.proposalBy}
            disabled={disabled}
            onChange={(e) => {
              const proposalBy = e.currentTarget.value;
              s.update((x) => ({ ...x, proposalBy }));
            }}
          />
          <TextList
            label={t('meetings.editor.proposalPoint')}
            addLabel={t('meetings.editor.addProposalPoint')}
            values={d.proposal}
            disabled={disabled}
            onChange={(proposal) => s.update((x) => ({ ...x, proposal }))}
          />
        </Stack>
      </Part>
      <Part title={t('meetings.editor.motions')}>
        <Motions {...props} />
      </Part>
      <Part title={t('meetings.editor.statements')}>
        <Statements {...props} />
      </Part>
      <Part title={t('meetings.editor.propositions')}>
        <Propositions {...props} />
      </Part>
      <Part title={t('meetings.editor.vote')}>
        <VoteFields {...props} result={s.server.vote} />
      </Part>
      <Part title={t('meetings.editor.decision')}>
        <TextList
          label={t('meetings.editor.decisionPoint')}
          addLabel={t('meetings.editor.addDecisionPoint')}
          values={d.decision}
          disabled={disabled}
          onChange={(decision) => s.update((x) => ({ ...x, decision }))}
        />
      </Part>
      <Part title={t('meetings.editor.reservations')}>
        <Reservations {...props} />
      </Part>
      <Part title={t('meetings.editor.jav')}>
        <Jav {...props} />
      </Part>
      <Part title={t('meetings.editor.notes')}>
        <TextList
          label={t('meetings.editor.note')}
          addLabel={t('meetings.editor.addNote')}
          values={d.notes}
          disabled={disabled}
          onChange={(notes) => s.update((x) => ({ ...x, notes }))}
        />
      </Part>
      <Part title={t('meetings.editor.recipients')}>
        <Recipients draft={d} update={s.update} disabled={disabled} />
      </Part>
      {m.abilities.adjust && mine && !s.server.adjustedAt && open && (
        <Part title={t('meetings.editor.immediate')}>
          <Text size="sm" mb="xs">
            {t('meetings.editor.immediateHelp')}
          </Text>
          <MeetingError error={approveError} />
          <Button
            variant="outline"
            onClick={() => void approveNow()}
            loading={approving}
            disabled={s.state !== 'saved'}
          >
            {t('meetings.editor.immediateApprove', { number: item.number })}
          </Button>
        </Part>
      )}
    </Stack>
  );
}
