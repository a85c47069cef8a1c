import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lte, max, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { scopeWhere, type Scope } from '../policy/scope.js';
import { bodyNames, findBody } from '../bodies/index.js';
import { organisationNames } from '../organisations/index.js';
import { personSummaries } from '../people/index.js';
import { approvals, caseDocuments, caseSteps, cases, items, meetings } from './schema.js';
import type {
  CaseDocument,
  CaseQuery,
  CaseRecord,
  CaseSummary,
  ItemContent,
  ItemRecord,
  ItemRef,
  MeetingRecord,
  Participant,
} from './contract.js';
import { adjustState, motionOverdue } from './rules/index.js';
import { adjustingDeadline, motionDeadline, noticeDates, profileFor, registrationNumber, voteResult } from './law.js';
import { todayIso } from '../platform/today.js';
import type { Body } from '../bodies/contract.js';

type CaseRow = typeof cases.$inferSelect;
type MeetingRow = typeof meetings.$inferSelect;
type ItemRow = typeof items.$inferSelect;
type MotionFacts = { submittedOn: string; submittedBy: string; party: string | null };

// Cases ----------------------------------------------------------------------------------------

async function presentCases(db: Executor, rows: CaseRow[]): Promise<Omit<CaseSummary, 'abilities'>[]> {
  const orgs = await organisationNames(db, [...new Set(rows.map((r) => r.organisationId))]);
  const officers = await personSummaries(
    db,
    rows.flatMap((r) => (r.officerId ? [r.officerId] : [])),
  );
  const today = todayIso();
  const decided = await decisionDays(
    db,
    rows.filter((r) => r.motion).map((r) => r.id),
  );
  return rows.map((r) => {
    const officer = r.officerId ? officers.get(r.officerId) : undefined;
    const motion = r.motion as MotionFacts | null;
    // Decided on the day of the meeting whose § decided it; failing that, when it was closed.
    const decidedOn = decided.get(r.id) ?? (r.status === 'open' ? null : todayIso(r.updatedAt));
    const decideBy = motion ? motionDeadline(motion.submittedOn) : null;
    return {
      id: r.id,
      countyId: r.countyId,
      organisationId: r.organisationId,
      organisationName: orgs.get(r.organisationId)?.name ?? '',
      registrationNumber: registrationNumber(r),
      series: r.series,
      number: r.number,
      year: r.year,
      kind: r.kind as CaseRecord['kind'],
      title: r.title,
      officer: officer ? { id: officer.id, name: officer.name } : null,
      status: r.status as CaseRecord['status'],
      motion:
        motion && decideBy
          ? {
              ...motion,
              party: motion.party ?? null,
              decideBy,
              overdue: motionOverdue(motion.submittedOn, decidedOn, today),
            }
          : null,
      concerns: (r.concerns ?? []) as CaseRecord['concerns'],
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

/** The day each case got its first decision §: the date of that §'s meeting. */
async function decisionDays(db: Executor, caseIds: readonly string[]): Promise<Map<string, string>> {
  if (!caseIds.length) return new Map();
  const rows = await db
    .select({ caseId: caseSteps.caseId, on: sql<string>`min(${meetings.startDate})::text` })
    .from(caseSteps)
    .innerJoin(items, eq(items.id, caseSteps.itemId))
    .innerJoin(meetings, eq(meetings.id, items.meetingId))
    .where(and(inArray(caseSteps.caseId, [...caseIds]), eq(caseSteps.kind, 'decision')))
    .groupBy(caseSteps.caseId);
  return new Map(rows.map((r) => [r.caseId, r.on]));
}

/** §§ by id with their body's name and meeting date (for a case's path). */
export async function itemRefs(db: Executor, ids: readonly string[]): Promise<Map<string, ItemRef>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      id: items.id,
      meetingId: items.meetingId,
      bodyId: items.bodyId,
      number: items.number,
      year: items.year,
      date: meetings.startDate,
    })
    .from(items)
    .innerJoin(meetings, eq(meetings.id, items.meetingId))
    .where(inArray(items.id, [...new Set(ids)]));
  const names = await bodyNames(
    db,
    rows.map((r) => r.bodyId),
  );
  return new Map(rows.map((r) => [r.id, { ...r, bodyName: names.get(r.bodyId)?.name ?? '' }]));
}

export async function caseDocumentsOf(db: Executor, caseId: string): Promise<CaseDocument[]> {
  const rows = await db
    .select({
      id: caseDocuments.id,
      title: caseDocuments.title,
      fileName: caseDocuments.fileName,
      kind: caseDocuments.kind,
      size: caseDocuments.size,
      sha256: caseDocuments.sha256,
      createdAt: caseDocuments.createdAt,
    })
    .from(caseDocuments)
    .where(eq(caseDocuments.caseId, caseId))
    .orderBy(asc(caseDocuments.createdAt));
  return rows.map((d) => ({ ...d, kind: d.kind as CaseDocument['kind'], createdAt: d.createdAt.toISOString() }));
}

export async function findCase(db: Executor, id: string): Promise<CaseRecord> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  if (!row) throw notFound('case', id);
  const [summary] = await presentCases(db, [row]);
  const steps = await db.select().from(caseSteps).where(eq(caseSteps.caseId, id)).orderBy(asc(caseSteps.position));
  const refs = await itemRefs(
    db,
    steps.flatMap((s) => [s.itemId, s.raisedFromItemId].filter((x): x is string => !!x)),
  );
  const names = await bodyNames(
    db,
    steps.map((s) => s.bodyId),
  );
  return {
    ...summary,
    description: row.description,
    steps: steps.map((s) => ({
      id: s.id,
      position: s.position,
      bodyId: s.bodyId,
      bodyName: names.get(s.bodyId)?.name ?? '',
      kind: s.kind as CaseRecord['steps'][number]['kind'],
      item: s.itemId ? (refs.get(s.itemId) ?? null) : null,
      raisedFrom: s.raisedFromItemId ? (refs.get(s.raisedFromItemId) ?? null) : null,
      note: s.note,
    })),
    documents: await caseDocumentsOf(db, id),
  };
}

export async function listCases(db: Executor, scope: Scope, q: CaseQuery) {
  const where: (SQL | undefined)[] = [scopeWhere(scope, { countyId: cases.countyId })];
  if (q.organisationId) where.push(eq(cases.organisationId, q.organisationId));
  if (q.series) where.push(eq(cases.series, q.series));
  if (q.kind) where.push(eq(cases.kind, q.kind));
  if (q.status) where.push(eq(cases.status, q.status));
  if (q.year) where.push(eq(cases.year, q.year));
  if (q.bodyId)
    where.push(sql`exists (select 1 from case_steps s where s.case_id = ${cases.id} and s.body_id = ${q.bodyId})`);
  if (q.overdue === 'true')
    where.push(
      and(
        eq(cases.kind, 'motion'),
        eq(cases.status, 'open'),
        sql`(${cases.motion}->>'submittedOn')::date + interval '1 year' < ${todayIso()}::date`,
        sql`not exists (select 1 from case_steps s where s.case_id = ${cases.id} and s.kind = 'decision' and s.item_id is not null)`,
      ),
    );
  if (q.q) {
    const like = `%${q.q.replace(/[%_\\]/g, '\\$&')}%`;
    where.push(
      or(ilike(cases.title, like), ilike(sql`${cases.series} || '/' || ${cases.number} || '/' || ${cases.year}`, like)),
    );
  }
  const cond = and(...where);
  const rows = await db
    .select()
    .from(cases)
    .where(cond)
    .orderBy(desc(cases.year), asc(cases.series), desc(cases.number))
    .limit(q.limit)
    .offset(q.offset);
  const [{ total }] = await db.select({ total: count() }).from(cases).where(cond);
  return { items: await presentCases(db, rows), total };
}

export async function nextCaseNumber(db: Executor, organisationId: string, series: string, year: number) {
  const [r] = await db
    .select({ n: max(cases.number) })
    .from(cases)
    .where(and(eq(cases.organisationId, organisationId), eq(cases.series, series), eq(cases.year, year)));
  return (r?.n ?? 0) + 1;
}

// Meetings -------------------------------------------------------------------------------------

export const participantsOf = (m: Pick<MeetingRow, 'participants'>) => (m.participants ?? []) as Participant[];

/** The people who approve the protocol: the chair and the named adjusters who are in the register. */
export function adjustersOf(participants: readonly Participant[]) {
  return participants
    .filter((p) => p.personId && (p.role === 'chair' || p.adjuster))
    .map((p) => ({
      personId: p.personId!,
      name: p.name,
      role: p.role === 'chair' ? ('chair' as const) : ('adjuster' as const),
    }));
}

export async function meetingRow(db: Executor, id: string): Promise<MeetingRow> {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  if (!row) throw notFound('meeting', id);
  return row;
}

async function presentMeetingRows(db: Executor, rows: MeetingRow[]) {
  const bodies = new Map<string, Awaited<ReturnType<typeof findBody>>>();
  for (const id of new Set(rows.map((r) => r.bodyId))) bodies.set(id, await findBody(db, id));
  const today = todayIso();
  return rows.map((m) => {
    const body = bodies.get(m.bodyId)!;
    const profile = profileFor(body.type);
    const adjustBy = adjustingDeadline(m.endDate, body.type);
    const notice = profile.announces && m.adjustedOn ? noticeDates(m.adjustedOn, m.announcedOn, body.type) : null;
    return {
      id: m.id,
      countyId: m.countyId,
      organisationId: m.organisationId,
      body: { id: body.id, name: body.name, type: body.type },
      startDate: m.startDate,
      endDate: m.endDate,
      startTime: m.startTime,
      endTime: m.endTime,
      place: m.place,
      onlineUrl: m.onlineUrl,
      keptAt: m.keptAt,
      status: m.status as MeetingRecord['status'],
      edition: m.edition,
      calledAt: m.calledAt?.toISOString() ?? null,
      announces: profile.announces,
      adjustBy,
      adjustOverdue: !m.adjustedOn && ['held', 'called', 'planned'].includes(m.status) && today > adjustBy,
      adjustState: m.adjustedOn
        ? ('adjusted' as const)
        : m.endDate > today
          ? ('not_due' as const)
          : adjustState(m.endDate, null, today, profile.rules).state,
      adjustedOn: m.adjustedOn,
      announcedOn: m.announcedOn,
      notice,
      version: m.version,
      createdAt: m.createdAt.toISOString(),
      updatedAt: m.updatedAt.toISOString(),
    };
  });
}

export async function itemSummaries(db: Executor, meetingId: string) {
  const rows = await db
    .select({
      id: items.id,
      number: items.number,
      year: items.year,
      title: items.title,
      adjustedAt: items.adjustedAt,
      series: cases.series,
      caseNumber: cases.number,
      caseYear: cases.year,
    })
    .from(items)
    .leftJoin(cases, eq(cases.id, items.caseId))
    .where(eq(items.meetingId, meetingId))
    .orderBy(asc(items.year), asc(items.number));
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    year: r.year,
    title: r.title,
    registrationNumber:
      r.series != null ? registrationNumber({ series: r.series, number: r.caseNumber!, year: r.caseYear! }) : null,
    adjustedAt: r.adjustedAt?.toISOString() ?? null,
  }));
}

export async function approvalsOf(db: Executor, meetingId: string, edition: number, itemId: string | null = null) {
  return db
    .select()
    .from(approvals)
    .where(
      and(
        eq(approvals.meetingId, meetingId),
        eq(approvals.edition, edition),
        itemId ? eq(approvals.itemId, itemId) : isNull(approvals.itemId),
      ),
    );
}

export async function findMeeting(db: Executor, id: string): Promise<MeetingRecord> {
  const row = await meetingRow(db, id);
  const [summary] = await presentMeetingRows(db, [row]);
  const participants = participantsOf(row);
  const approved = new Map((await approvalsOf(db, id, row.edition)).map((a) => [a.personId, a.approvedAt]));
  return {
    ...summary,
    participants,
    items: await itemSummaries(db, id),
    corrections: (row.corrections ?? []) as MeetingRecord['corrections'],
    adjusters: adjustersOf(participants).map((a) => ({
      ...a,
      approvedAt: approved.get(a.personId)?.toISOString() ?? null,
    })),
  };
}

/**
 * The meetings of every body the scope may read, upcoming first (soonest first), then past (latest
 * first); `bodyId` narrows to one body.
 */
export async function listAllMeetings(
  db: Executor,
  scope: Scope,
  q: { bodyId?: string; status?: string; from?: string; to?: string; limit: number; offset: number },
) {
  const today = todayIso();
  const cond = and(
    scopeWhere(scope, { countyId: meetings.countyId }),
    q.bodyId ? eq(meetings.bodyId, q.bodyId) : undefined,
    q.status ? eq(meetings.status, q.status) : undefined,
    q.from ? gte(meetings.startDate, q.from) : undefined,
    q.to ? lte(meetings.startDate, q.to) : undefined,
  );
  const past = sql`(${meetings.endDate} < ${today})`;
  const rows = await db
    .select()
    .from(meetings)
    .where(cond)
    .orderBy(
      asc(past),
      sql`case when ${past} then null else ${meetings.startDate} end asc`,
      desc(meetings.startDate),
      asc(meetings.startTime),
      asc(meetings.id),
    )
    .limit(q.limit)
    .offset(q.offset);
  const [{ total }] = await db.select({ total: count() }).from(meetings).where(cond);
  return { items: await presentMeetingRows(db, rows), total };
}

export async function listMeetings(
  db: Executor,
  scope: Scope,
  bodyId: string,
  q: { status?: string; from?: string; to?: string; limit: number; offset: number },
) {
  const cond = and(
    scopeWhere(scope, { countyId: meetings.countyId }),
    eq(meetings.bodyId, bodyId),
    q.status ? eq(meetings.status, q.status) : undefined,
    q.from ? gte(meetings.startDate, q.from) : undefined,
    q.to ? lte(meetings.startDate, q.to) : undefined,
  );
  const rows = await db
    .select()
    .from(meetings)
    .where(cond)
    .orderBy(desc(meetings.startDate))
    .limit(q.limit)
    .offset(q.offset);
  const [{ total }] = await db.select({ total: count() }).from(meetings).where(cond);
  return { items: await presentMeetingRows(db, rows), total };
}

// §§ -------------------------------------------------------------------------------------------

export async function itemRow(db: Executor, id: string): Promise<ItemRow> {
  const [row] = await db.select().from(items).where(eq(items.id, id));
  if (!row) throw notFound('§', id);
  return row;
}

export async function nextItemNumber(db: Executor, bodyId: string, year: number) {
  const [r] = await db
    .select({ n: max(items.number) })
    .from(items)
    .where(and(eq(items.bodyId, bodyId), eq(items.year, year)));
  return (r?.n ?? 0) + 1;
}

export function presentItem(
  row: ItemRow,
  c: { id: string; registrationNumber: string; title: string } | null,
  participants: readonly Participant[],
  bodyType: Body['type'],
): ItemRecord {
  const content = row.content as ItemContent;
  const chair = participants.find((p) => p.role === 'chair');
  return {
    id: row.id,
    meetingId: row.meetingId,
    bodyId: row.bodyId,
    year: row.year,
    number: row.number,
    title: row.title,
    case: c,
    ...content,
    matter: content.matter ?? null,
    proposal: content.proposal ? { by: content.proposal.by ?? null, points: content.proposal.points } : null,
    vote: content.vote
      ? {
          ...content.vote,
          result: voteResult(content.vote.votes, chair?.id ?? null, bodyType),
        }
      : null,
    reservations: content.reservations.map((r) => ({
      ...r,
      inFavourOf: r.inFavourOf ?? null,
      reasons: r.reasons ?? null,
    })),
    statements: content.statements.map((s) => ({ ...s, text: s.text ?? null })),
    adjustedAt: row.adjustedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function caseRef(db: Executor, caseId: string | null) {
  if (!caseId) return null;
  const [c] = await db.select().from(cases).where(eq(cases.id, caseId));
  return c ? { id: c.id, registrationNumber: registrationNumber(c), title: c.title } : null;
}

export async function findItem(db: Executor, id: string): Promise<ItemRecord> {
  const row = await itemRow(db, id);
  const m = await meetingRow(db, row.meetingId);
  const body = await findBody(db, m.bodyId);
  return presentItem(row, await caseRef(db, row.caseId), participantsOf(m), body.type);
}

export async function itemsOfMeeting(db: Executor, meetingId: string): Promise<ItemRow[]> {
  return db.select().from(items).where(eq(items.meetingId, meetingId)).orderBy(asc(items.year), asc(items.number));
}
