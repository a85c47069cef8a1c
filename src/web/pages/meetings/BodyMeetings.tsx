import { Anchor, Button, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { meetingLinks, useMeetings } from './queries';
import { AdjustWarning, MeetingStatusBadge, whenText } from './shared';

/** A body's meetings on its page (upcoming first, then past), with the way to plan a new one. */
export function BodyMeetings({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const q = useMeetings({ bodyId });
  const items = q.data?.items ?? [];
  return (
    <Section
      title={t('meetings.body.title')}
      actions={
        q.data?.abilities.create && (
          <Button component={Link} to={meetingLinks.create(bodyId)} variant="outline" size="xs">
            {t('meetings.new')}
          </Button>
        )
      }
    >
      {items.length === 0 ? (
        <Text>{q.isPending ? t('meetings.body.loading') : t('meetings.body.none')}</Text>
      ) : (
        <List spacing={6}>
          {items.slice(0, 10).map((m) => (
            <List.Item key={m.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor component={Link} to={meetingLinks.meeting(m.id)}>
                  {whenText(m)}
                </Anchor>
                <MeetingStatusBadge status={m.status} />
                <AdjustWarning m={m} />
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {items.length > 10 && (
        <Anchor component={Link} to={meetingLinks.list} size="sm">
          {t('meetings.body.all', { count: q.data?.total ?? items.length })}
        </Anchor>
      )}
    </Section>
  );
}
