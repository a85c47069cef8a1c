import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { columnSet, CountedListPage } from '../../kit';
import { meetingLinks, useMeetings, type MeetingSummary } from './queries';
import { AdjustWarning, MeetingStatusBadge, whenText } from './shared';

/**
 * The meetings of every body the person may see: upcoming first (the soonest first), then past (the
 * latest first), as the server orders them; the adjusting deadline warned when it is near or past.
 */
export function MeetingList() {
  const { t } = useTranslation();
  const q = useMeetings();
  const columns = columnSet<MeetingSummary>((id) => t(`meetings.cols.${id}`), {
    when: {
      rowHeader: true,
      cell: (m) => (
        <Anchor component={Link} to={meetingLinks.meeting(m.id)} fw={500}>
          {whenText(m)}
        </Anchor>
      ),
    },
    body: (m) => (
      <Anchor component={Link} to={`/bodies/${m.body.id}`}>
        {m.body.name}
      </Anchor>
    ),
    place: (m) => (
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {m.place ?? (m.onlineUrl ? t('meetings.online') : '–')}
      </Text>
    ),
    status: (m) => (
      <Stack gap={4} align="flex-start">
        <MeetingStatusBadge status={m.status} />
        <AdjustWarning m={m} />
      </Stack>
    ),
  });
  return (
    <CountedListPage
      ns="meetings"
      query={q}
      columns={columns}
      actions={[{ label: t('meetings.new'), to: meetingLinks.create(), can: q.data?.abilities.create }]}
    />
  );
}
