import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { organisationNames } from '../organisations/index.js';
import { bodyNames } from '../bodies/index.js';
import { items, meetings } from './schema.js';
import type { NoticeBoard } from './contract.js';
import { findMeeting } from './repository.js';
import { noticeDates } from './law.js';
import { protocolModel } from './protocol-map.js';
import { noticeBoardFeed, protocolPdf } from './protocol/index.js';

/** The newest announced protocols the board shows (older ones are in the archive, not on the board). */
export const NOTICE_BOARD_LIMIT = 100;

type Entry = NoticeBoard['items'][number] & {
  /** The §§ of the protocol (number and title), in order. */
  paragraphs: { number: number; title: string }[];
};

/**
 * The public notice board (anslagstavla) of an organisation: its announced protocols, newest notice
 * first, with the day the notice went up, the day it may come down, the last day to appeal, where the
 * protocol is kept and a link to it. A notice whose take-down day has passed stays listed (the page
 * shows it as taken down), so the board is also the record of what was announced and when. Nothing
 * else of a meeting is public; no sign-in is needed. A fixed number of queries per body on the board,
 * whatever the number of protocols.
 */
export async function noticeBoard(db: Db, organisationId: string, base: string): Promise<NoticeBoard> {
  const org = (await organisationNames(db, [organisationId])).get(organisationId);
  if (!org) throw notFound('organisation', organisationId);
  const rows = await db
    .select({
      id: meetings.id,
      bodyId: meetings.bodyId,
      startDate: meetings.startDate,
      adjustedOn: meetings.adjustedOn,
      announcedOn: meetings.announcedOn,
      keptAt: meetings.keptAt,
    })
    .from(meetings)
    .where(
      and(
        eq(meetings.organisationId, organisationId),
        eq(meetings.status, 'announced'),
        isNotNull(meetings.announcedOn),
        isNotNull(meetings.adjustedOn),
      ),
    )
    .orderBy(desc(meetings.announcedOn), desc(meetings.startDate))
    .limit(NOTICE_BOARD_LIMIT);
  // The bodies' names and kinds (the kind chooses the rules of the notice), in one query.
  const bodyOf = await bodyNames(
    db,
    rows.map((r) => r.bodyId),
  );
  const paragraphs = new Map<string, Entry['paragraphs']>();
  if (rows.length)
    for (const i of await db
      .select({ meetingId: items.meetingId, number: items.number, title: items.title })
      .from(items)
      .where(
        inArray(
          items.meetingId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(items.year), asc(items.number)))
      paragraphs.set(i.meetingId, [...(paragraphs.get(i.meetingId) ?? []), { number: i.number, title: i.title }]);

  const entries: Entry[] = [];
  for (const r of rows) {
    const body = bodyOf.get(r.bodyId)!;
    const n = noticeDates(r.adjustedOn!, r.announcedOn, body.type);
    if (!n?.postedOn || !n.takeDownOn || !n.appealEndsOn) continue;
    entries.push({
      meetingId: r.id,
      body: body.name,
      meetingDate: r.startDate,
      adjustedOn: r.adjustedOn!,
      postedOn: n.postedOn,
      takeDownOn: n.takeDownOn,
      appealEndsOn: n.appealEndsOn,
      keptAt: r.keptAt,
      protocolUrl: `${base}/public/notice-board/${organisationId}/protocols/${r.id}.pdf`,
      paragraphs: paragraphs.get(r.id) ?? [],
    });
  }
  return { organisation: { id: org.id, name: org.name }, items: entries };
}

export async function noticeBoardAtom(db: Db, organisationId: string, base: string): Promise<string> {
  const board = await noticeBoard(db, organisationId, base);
  return noticeBoardFeed(
    board.items.map((i) => ({
      id: i.meetingId,
      body: i.body,
      meetingDate: i.meetingDate,
      postedOn: i.postedOn,
      takeDownOn: i.takeDownOn,
      appealEndsOn: i.appealEndsOn,
      keptAt: i.keptAt,
      url: i.protocolUrl,
    })),
    {
      selfUrl: `${base}/public/notice-board/${organisationId}/feed.atom`,
      pageUrl: `${base}/anslagstavla/${organisationId}`,
      title: `${board.organisation.name} – anslagstavla`,
      author: board.organisation.name,
    },
  );
}

/** The protocol of a notice on the board; only an announced protocol is public. */
export async function publicProtocolPdf(db: Db, organisationId: string, meetingId: string) {
  const m = await findMeeting(db, meetingId).catch(() => null);
  if (!m || m.organisationId !== organisationId || m.status !== 'announced')
    throw new AppError('record.not_found', 'No announced protocol here', { id: meetingId });
  return { meeting: m, pdf: await protocolPdf(await protocolModel(db, m)) };
}
