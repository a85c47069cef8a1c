import { Anchor, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/FieldList';
import { Section } from '../../components/Section';
import { formatDate, formatDateTime, today } from '../../format';
import { NoteField } from '../../kit';
import { Extracts } from './Extracts';
import { meetingFiles, meetingsApi, type Meeting } from './queries';
import { AdjustWarning, MeetingError, MeetingStatusBadge, whenText } from './shared';
import { useMeetingAction } from './useMeetingAction';

/** The meeting's facts, where it stands, the law's dates as the server computes them, and what may be done next. */
export function Overview({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const n = m.notice;
  return (
    <>
      <Section title={t('meetings.overview.facts')}>
        <FieldList
          items={[
            { label: t('meetings.fields.body'), value: m.body.name },
            { label: t('meetings.fields.when'), value: whenText(m) },
            { label: t('meetings.fields.place'), value: m.place ?? '–' },
            {
              label: t('meetings.fields.onlineUrl'),
              value: m.onlineUrl ? (
                <Anchor href={m.onlineUrl} style={{ overflowWrap: 'anywhere' }}>
                  {m.onlineUrl}
                </Anchor>
              ) : (
                '–'
              ),
            },
            {
              label: t('common.status'),
              value: (
                <Group gap="xs">
                  <MeetingStatusBadge status={m.status} />
                  {m.edition > 1 && <Text size="sm">{t('meetings.edition', { edition: m.edition })}</Text>}
                </Group>
              ),
            },
            { label: t('meetings.fields.calledAt'), value: m.calledAt ? formatDateTime(m.calledAt) : '–' },
          ]}
        />
      </Section>
      <Section title={t('meetings.overview.deadlines')}>
        <FieldList
          items={[
            {
              label: t('meetings.fields.adjustBy'),
              value: (
                <Group gap="xs">
                  <span>{formatDate(m.adjustBy)}</span>
                  <AdjustWarning m={m} />
                </Group>
              ),
            },
            { label: t('meetings.fields.adjustedOn'), value: formatDate(m.adjustedOn) },
            ...(m.announces
              ? [
                  { label: t('meetings.fields.postBy'), value: formatDate(n?.postBy) },
                  { label: t('meetings.fields.postedOn'), value: formatDate(n?.postedOn) },
                  { label: t('meetings.fields.takeDownOn'), value: formatDate(n?.takeDownOn) },
                  { label: t('meetings.fields.appealEndsOn'), value: formatDate(n?.appealEndsOn) },
                  { label: t('meetings.fields.keptAt'), value: m.keptAt ?? '–' },
                ]
              : [{ label: t('meetings.fields.notice'), value: t('meetings.noNotice') }]),
          ]}
        />
      </Section>
      <Section title={t('meetings.overview.next')}>
        <NextSteps m={m} />
      </Section>
      <Section title={t('meetings.overview.documents')}>
        <Group gap="md">
          <Anchor href={meetingFiles.protocol(m.id, 'pdf')} download>
            {t('meetings.download.protocolPdf')}
          </Anchor>
          <Anchor href={meetingFiles.protocol(m.id, 'docx')} download>
            {t('meetings.download.protocolDocx')}
          </Anchor>
        </Group>
        {m.corrections.length > 0 && (
          <>
            <Text fw={600} mt="md">
              {t('meetings.corrections')}
            </Text>
            <List size="sm">
              {m.corrections.map((c) => (
                <List.Item key={c.edition}>
                  {t('meetings.correctionLine', {
                    edition: c.edition,
                    note: c.note,
                    by: c.by,
                    at: formatDateTime(c.at),
                  })}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Section>
      <Extracts m={m} />
    </>
  );
}

/** The actions the meeting's status and the person's abilities allow now. */
function NextSteps({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const call = useMeetingAction<void>(m, (_, v) => meetingsApi.sendCall(m.id, v));
  const held = useMeetingAction<void>(m, (_, v) => meetingsApi.held(m.id, v));
  const announce = useMeetingAction<{ postedOn: string; keptAt: string }>(m, (i, v) =>
    meetingsApi.announce(m.id, { version: v, postedOn: i.postedOn, keptAt: i.keptAt.trim() || null }),
  );
  const correct = useMeetingAction<string>(m, (note, v) => meetingsApi.correct(m.id, v, note));
  const [postedOn, setPostedOn] = useState(today());
  const [keptAt, setKeptAt] = useState(m.keptAt ?? '');
  const [note, setNote] = useState('');
  const can = m.abilities.update;
  const error = call.error ?? held.error ?? announce.error ?? correct.error;
  if (!can) return <Text>{t(`meetings.statusHelp.${m.status}`)}</Text>;
  return (
    <Stack gap="sm" maw={640}>
      <Text>{t(`meetings.statusHelp.${m.status}`)}</Text>
      <MeetingError error={error} />
      {(m.status === 'planned' || m.status === 'called') && (
        <Group gap="sm">
          {m.status === 'planned' && (
            <Button onClick={() => call.run()} loading={call.pending}>
              {t('meetings.actions.sendCall')}
            </Button>
          )}
          <Button variant="outline" onClick={() => held.run()} loading={held.pending}>
            {t('meetings.actions.markHeld')}
          </Button>
        </Group>
      )}
      {call.done && <Text role="status">{t('meetings.callSent')}</Text>}
      {m.status === 'adjusted' && m.announces && (
        <form
          aria-label={t('meetings.actions.announce')}
          onSubmit={(e) => {
            e.preventDefault();
            announce.run({ postedOn, keptAt });
          }}
        >
          <Stack gap="xs">
            <TextInput
              label={t('meetings.fields.postedOn')}
              description={t('meetings.postedOnHint', { date: formatDate(m.notice?.postBy) })}
              value={postedOn}
              onChange={(e) => setPostedOn(e.currentTarget.value)}
            />
            <TextInput
              label={t('meetings.fields.keptAt')}
              value={keptAt}
              maxLength={300}
              onChange={(e) => setKeptAt(e.currentTarget.value)}
            />
            <Group>
              <Button type="submit" loading={announce.pending}>
                {t('meetings.actions.announce')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {(m.status === 'adjusted' || m.status === 'announced') && (
        <form
          aria-label={t('meetings.actions.correct')}
          onSubmit={(e) => {
            e.preventDefault();
            if (note.trim()) correct.run(note.trim());
          }}
        >
          <Stack gap="xs">
            <NoteField
              label={t('meetings.fields.correctionNote')}
              description={t('meetings.correctionHint')}
              required
              rows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Group>
              <Button type="submit" variant="outline" loading={correct.pending} disabled={!note.trim()}>
                {t('meetings.actions.correct')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
