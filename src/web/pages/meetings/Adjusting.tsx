import { Anchor, Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../format';
import { useMe } from '../../session';
import { WordBadge } from '../../kit';
import { meetingFiles, meetingKeys, meetingsApi, type Meeting } from './queries';
import { MeetingError, whenText } from './shared';
import { useMeetingAction } from './useMeetingAction';

/**
 * Adjusting (justering) as the chair or an adjuster does it, often on a phone: what they approve
 * (each § with its decision, and the whole protocol as PDF), who has approved, and one clear button
 * for their own approval. A refusal says why in words (not the chair or an adjuster; not ready; changed).
 */
export function Adjusting({ m }: { m: Meeting }) {
  const { t } = useTranslation();
  const me = useMe();
  const approve = useMeetingAction<void>(m, (_, v) => meetingsApi.approve(m.id, v));
  const items = useQueries({
    queries: m.items.map((i) => ({
      queryKey: meetingKeys.item(m.id, i.id),
      queryFn: () => meetingsApi.item(m.id, i.id),
    })),
  });
  const mine = m.adjusters.find((a) => a.personId === me.personId);
  const canApprove = m.abilities.adjust && m.status === 'held' && !!mine && !mine.approvedAt;
  return (
    <Stack gap="md" maw={720}>
      <Text>
        {t('meetings.adjusting.what', { body: m.body.name, when: whenText(m), edition: m.edition })}{' '}
        <Anchor href={meetingFiles.protocol(m.id, 'pdf')} download>
          {t('meetings.download.protocolPdf')}
        </Anchor>
      </Text>
      <Text>{t('meetings.adjusting.deadline', { date: formatDate(m.adjustBy) })}</Text>
      <section aria-labelledby="adjusters-title">
        <Title order={3} size="h4" id="adjusters-title" mb="xs">
          {t('meetings.adjusting.signers')}
        </Title>
        {m.adjusters.length === 0 ? (
          <Text>{t('meetings.adjusting.noSigners')}</Text>
        ) : (
          <List spacing={4}>
            {m.adjusters.map((a) => (
              <List.Item key={a.personId}>
                <Text span fw={600}>
                  {a.name}
                </Text>{' '}
                ({t(`meetings.adjusting.roles.${a.role}`)}):{' '}
                {a.approvedAt
                  ? t('meetings.adjusting.approvedAt', { at: formatDateTime(a.approvedAt) })
                  : t('meetings.adjusting.notYet')}
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <MeetingError error={approve.error} />
      {m.status === 'adjusted' || m.status === 'announced' ? (
        <Text fw={600} role="status">
          {t('meetings.adjusting.done', { date: formatDate(m.adjustedOn) })}
        </Text>
      ) : canApprove ? (
        <Button size="lg" fullWidth onClick={() => approve.run()} loading={approve.pending}>
          {t('meetings.adjusting.approve')}
        </Button>
      ) : mine?.approvedAt ? (
        <Text fw={600} role="status">
          {t('meetings.adjusting.youApproved', { at: formatDateTime(mine.approvedAt) })}
        </Text>
      ) : (
        <Text>
          {!m.abilities.adjust || !mine
            ? t('meetings.adjusting.notYours')
            : t('meetings.adjusting.notHeld', { status: t(`meetings.status.${m.status}`) })}
        </Text>
      )}
      <section aria-labelledby="adjusting-items-title">
        <Title order={3} size="h4" id="adjusting-items-title" mb="xs">
          {t('meetings.adjusting.items')}
        </Title>
        <Stack gap="sm">
          {m.items.map((i, n) => {
            const full = items[n]?.data;
            return (
              <Card key={i.id} withBorder padding="sm">
                <Title order={4} size="h5" style={{ overflowWrap: 'anywhere' }}>
                  § {i.number} {i.title}
                </Title>
                {i.registrationNumber && (
                  <Text size="sm">{t('meetings.adjusting.dnr', { dnr: i.registrationNumber })}</Text>
                )}
                {i.adjustedAt && <WordBadge color="#1d6b34">{t('meetings.items.adjusted')}</WordBadge>}
                {full && full.decision.length > 0 ? (
                  <>
                    <Text size="sm" fw={600} mt={4}>
                      {t('meetings.editor.decision')}
                    </Text>
                    <List type="ordered" size="sm">
                      {full.decision.map((p, k) => (
                        <List.Item key={k} style={{ overflowWrap: 'anywhere' }}>
                          {p}
                        </List.Item>
                      ))}
                    </List>
                  </>
                ) : (
                  full && <Text size="sm">{t('meetings.adjusting.noDecision')}</Text>
                )}
              </Card>
            );
          })}
        </Stack>
      </section>
    </Stack>
  );
}
