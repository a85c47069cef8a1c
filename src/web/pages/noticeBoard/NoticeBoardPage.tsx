import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useDocumentTitle } from '../../components/PageHeader';
import { today } from '../../format';
import { PlainLayout } from '../../layout/PlainLayout';
import { NoticeCard } from './NoticeCard';
import { feedPath, isUnknownBoard, useNoticeBoard, type Board } from './queries';

/**
 * An organisation's public notice board (anslagstavla), read without signing in: the protocols
 * announced, with the days the notices go up and come down, the last day to appeal, where each
 * protocol is kept and the protocol as PDF; the board as an Atom feed.
 */
export function NoticeBoardPage() {
  const { organisationId = '' } = useParams();
  const { t } = useTranslation();
  const board = useNoticeBoard(organisationId);
  return (
    <PlainLayout size={860}>
      {board.data ? (
        <BoardView board={board.data} />
      ) : board.isPending ? (
        <Loading />
      ) : isUnknownBoard(board.error) ? (
        <Heading title={t('noticeBoard.notFoundTitle')}>
          <Text>{t('noticeBoard.notFound')}</Text>
        </Heading>
      ) : (
        <ErrorAlert error={board.error} onRetry={() => void board.refetch()} />
      )}
    </PlainLayout>
  );
}

/** The page's h1, focused when the page opens (a screen reader starts at what the page is). */
function Heading({ title, children }: { title: string; children?: ReactNode }) {
  useDocumentTitle(title);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Stack gap="sm" mb="lg">
      <Title order={1} size="h2" ref={ref} tabIndex={-1} style={{ outlineOffset: 4, overflowWrap: 'anywhere' }}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function BoardView({ board }: { board: Board }) {
  const { t } = useTranslation();
  const organisation = board.organisation.name;
  const day = today();
  // A notice is up until its take-down day; after that it is listed as taken down.
  const current = board.items.filter((n) => n.takeDownOn > day);
  const earlier = board.items.filter((n) => n.takeDownOn <= day);
  const feed = feedPath(board.organisation.id);
  return (
    <>
      {/* React puts this in the document's head: browsers and feed readers find the feed from the page. */}
      <link
        rel="alternate"
        type="application/atom+xml"
        title={t('noticeBoard.feedTitle', { organisation })}
        href={feed}
      />
      <Heading title={t('noticeBoard.title', { organisation })}>
        <Text>{t('noticeBoard.intro', { organisation })}</Text>
        <Anchor href={feed} type="application/atom+xml">
          {t('noticeBoard.feed')}
        </Anchor>
      </Heading>
      <Stack component="section" aria-labelledby="notices-current" gap="md" mb="xl">
        <Title order={2} size="h3" id="notices-current">
          {t('noticeBoard.current')}
        </Title>
        <Text>
          {current.length ? t('noticeBoard.currentCount', { count: current.length }) : t('noticeBoard.currentEmpty')}
        </Text>
        {current.map((n) => (
          <NoticeCard key={n.meetingId} notice={n} down={false} />
        ))}
      </Stack>
      {earlier.length > 0 && (
        <Stack component="section" aria-labelledby="notices-earlier" gap="md">
          <Title order={2} size="h3" id="notices-earlier">
            {t('noticeBoard.earlier')}
          </Title>
          <Text>{t('noticeBoard.earlierCount', { count: earlier.length })}</Text>
          {earlier.map((n) => (
            <NoticeCard key={n.meetingId} notice={n} down />
          ))}
        </Stack>
      )}
    </>
  );
}
