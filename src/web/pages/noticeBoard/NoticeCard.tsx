import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../components/FieldList';
import { formatDate } from '../../format';
import type { Notice } from './queries';

/**
 * The protocol's address on this site: the board's answer gives it absolute (for feed readers, from the
 * configured public address); the page links the same path on the host it was loaded from.
 */
const sitePath = (url: string) => {
  try {
    const u = new URL(url, window.location.origin);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
};

/** One announced protocol: its dates, its §§, where it is kept, and the protocol itself. */
export function NoticeCard({ notice: n, down }: { notice: Notice; down: boolean }) {
  const { t } = useTranslation();
  const date = formatDate(n.meetingDate);
  const headingId = `notice-${n.meetingId}`;
  return (
    <Paper component="article" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {t('noticeBoard.entryTitle', { body: n.body })}{' '}
            {/* The date is not broken at its hyphens on a narrow screen. */}
            <span style={{ whiteSpace: 'nowrap' }}>{date}</span>
          </Title>
          <Badge variant="outline" color={down ? 'gray.8' : '#1d6b34'}>
            {down ? t('noticeBoard.takenDown') : t('noticeBoard.onBoard')}
          </Badge>
        </Group>
        <FieldList
          items={[
            { label: t('noticeBoard.fields.meetingDate'), value: date },
            { label: t('noticeBoard.fields.adjustedOn'), value: formatDate(n.adjustedOn) },
            { label: t('noticeBoard.fields.postedOn'), value: formatDate(n.postedOn) },
            { label: t('noticeBoard.fields.takeDownOn'), value: formatDate(n.takeDownOn) },
            { label: t('noticeBoard.fields.appealEndsOn'), value: formatDate(n.appealEndsOn) },
            { label: t('noticeBoard.fields.keptAt'), value: n.keptAt ?? t('noticeBoard.keptAtUnknown') },
          ]}
        />
        {n.paragraphs.length > 0 && (
          <div>
            <Text fw={600} size="sm" id={`${headingId}-paragraphs`}>
              {t('noticeBoard.fields.paragraphs')}
            </Text>
            <List size="sm" spacing={4} aria-labelledby={`${headingId}-paragraphs`}>
              {n.paragraphs.map((p) => (
                <List.Item key={p.number} style={{ overflowWrap: 'anywhere' }}>
                  {t('noticeBoard.paragraph', { number: p.number, title: p.title })}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        <Anchor href={sitePath(n.protocolUrl)} aria-label={t('noticeBoard.pdfLabel', { body: n.body, date })}>
          {t('noticeBoard.pdf')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
