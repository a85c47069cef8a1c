import { Anchor, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { formatDateTime } from '../../format';
import { CaptionedTable, columnSet } from '../../kit';
import { meetingFiles, meetingKeys, meetingsApi, useDispatches, type Meeting } from './queries';
import { MeetingError } from './shared';
import { useMeetingAction } from './useMeetingAction';

type Dispatch = NonNullable<ReturnType<typeof useDispatches>['data']>['items'][number];

/**
 * Protocol extracts (protokollsutdrag) of chosen §§ to download, sending each §'s extract to its
 * recipients (expediering) once the protocol is adjusted, and the record of who got what and when.
 */
export function Extracts({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [chosen, setChosen] = useState<string[]>([]);
  const dispatches = useDispatches(m.id);
  const send = useMeetingAction<string[]>(m, async (itemIds, version) => {
    const after = await meetingsApi.sendExtracts(m.id, { version, itemIds: itemIds.length ? itemIds : undefined });
    await qc.invalidateQueries({ queryKey: meetingKeys.dispatches(m.id) });
    return after;
  });
  const numbers = m.items.filter((i) => chosen.includes(i.id)).map((i) => i.number);
  const adjusted = m.status === 'adjusted' || m.status === 'announced';
  const columns = columnSet<Dispatch>((id) => t(`meetings.dispatch.${id}`), {
    recipient: {
      rowHeader: true,
      cell: (d) => (
        <span style={{ overflowWrap: 'anywhere' }}>
          {d.recipient}
          {d.email ? ` <${d.email}>` : ''}
        </span>
      ),
    },
    kind: (d) => t(`meetings.dispatch.kinds.${d.kind}`),
    items: (d) => d.itemNumbers.map((n) => `§ ${n}`).join(', ') || '–',
    sent: (d) => (d.sent ? t('meetings.dispatch.queued') : t('meetings.dispatch.noAddress')),
    at: (d) => formatDateTime(d.at),
  });
  return (
    <Section title={t('meetings.overview.extracts')}>
      {m.items.length === 0 ? (
        <Text>{t('meetings.items.none')}</Text>
      ) : (
        <Stack gap="sm">
          <Checkbox.Group label={t('meetings.extractItems')} value={chosen} onChange={setChosen}>
            <Group gap="md" mt={4}>
              {m.items.map((i) => (
                <Checkbox key={i.id} value={i.id} label={`§ ${i.number} ${i.title}`} />
              ))}
            </Group>
          </Checkbox.Group>
          {numbers.length > 0 && (
            <Group gap="md">
              <Anchor href={meetingFiles.extract(m.id, numbers, 'pdf')} download>
                {t('meetings.download.extractPdf', { count: numbers.length })}
              </Anchor>
              <Anchor href={meetingFiles.extract(m.id, numbers, 'docx')} download>
                {t('meetings.download.extractDocx', { count: numbers.length })}
              </Anchor>
            </Group>
          )}
          {m.abilities.update && adjusted && (
            <Group>
              <Button variant="outline" onClick={() => send.run(chosen)} loading={send.pending}>
                {chosen.length ? t('meetings.actions.sendChosen') : t('meetings.actions.sendAll')}
              </Button>
            </Group>
          )}
          {m.abilities.update && !adjusted && <Text size="sm">{t('meetings.extractsAfterAdjusting')}</Text>}
          <MeetingError error={send.error} />
          {send.done && <Text role="status">{t('meetings.extractsSent')}</Text>}
        </Stack>
      )}
      <CaptionedTable
        caption={t('meetings.dispatch.caption')}
        columns={columns}
        rows={dispatches.data?.items}
        loading={dispatches.isPending}
        error={dispatches.error}
        empty={t('meetings.dispatch.empty')}
      />
    </Section>
  );
}
