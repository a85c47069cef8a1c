import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import type { Services } from '../platform/context.js';
import { AppError, notFound } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { queueMails } from '../platform/mail/outbox.js';
import type { Mail } from '../platform/mail/mailer.js';
import { authorize, type Actor } from '../policy/policy.js';
import type { CreateReport, UpdateReport } from './contract.js';
import { richPlainText } from '../documents/index.js';
import { activityReports, followupCycles } from './schema.js';
import { areasOf, findCycleRow, partiesOf, type CycleRow } from './repository.js';
import { advanceMilestone, assertOpen, currentCycle, cyclePlace, cycleTarget } from './access.js';
import { getCycle } from './cycles.js';
import { reportsPublishedMail } from './mail.js';

type ReportRow = typeof activityReports.$inferSelect;

/**
 * A report as its history shows it. Report drafts are the region's own: their history is kept per
 * report (entity `followup_report`), shown only to those who may read the report. The history shows
 * the text; the tree itself is in the report.
 */
const reportFields = (r: ReportRow) => ({
  report: r.id,
  areaCode: r.areaCode,
  municipalityId: r.municipalityId,
  body: richPlainText(r.body),
});
const reportPlace = (c: CycleRow, reportId: string) => ({ ...cyclePlace(c), id: reportId });

async function findReport(tx: Executor, cycleId: string, reportId: string, lock = false) {
  const q = tx
    .select()
    .from(activityReports)
    .where(and(eq(activityReports.id, reportId), eq(activityReports.cycleId, cycleId)));
  // Locked, so a publish running at the same moment cannot slip between the check and the change.
  const [r] = lock ? await q.for('update') : await q;
  if (!r) throw notFound('report', reportId);
  return r;
}

async function checkPlace(tx: Executor, c: CycleRow, areaCode: string, municipalityId: string | null) {
  const areas = await areasOf(tx, c.templateId);
  if (!areas.some((a) => a.code === areaCode))
    throw new AppError('followup.area_unknown', `The agreements have no area ${areaCode}`, {
      field: 'areaCode',
      areas: areas.map((a) => a.code),
    });
  if (municipalityId && !(await partiesOf(tx, c.templateId)).some((p) => p.organisationId === municipalityId)) {
    throw new AppError('followup.not_municipality', 'That organisation is not a party to these agreements', {
      field: 'municipalityId',
    });
  }
}

const duplicate = (id?: string) =>
  new AppError('followup.report_duplicate', 'There is already a report for this area and municipality; edit that one', {
    field: 'areaCode',
    ...(id ? { id } : {}),
  });

/** A draft activity report for an area (or for one municipality within it). */
export async function createReport(db: Db, actor: Actor | undefined, id: string, input: CreateReport) {
  let cycle: CycleRow | undefined;
  await change(db, {
    entity: 'followup_report',
    action: 'create',
    load: async (tx) => (cycle = await findCycleRow(tx, id)),
    authorise: (c) => authorize(actor, 'update', 'followup', cycleTarget(c)),
    before: () => null,
    apply: async (tx, c) => {
      assertOpen(c);
      await checkPlace(tx, c, input.areaCode, input.municipalityId);
      const same = and(
        eq(activityReports.cycleId, id),
        eq(activityReports.areaCode, input.areaCode),
        input.municipalityId
          ? eq(activityReports.municipalityId, input.municipalityId)
          : isNull(activityReports.municipalityId),
      );
      const [dup] = await tx.select({ id: activityReports.id }).from(activityReports).where(same);
      if (dup) throw duplicate(dup.id);
      const [row] = await tx
        .insert(activityReports)
        .values({ cycleId: id, areaCode: input.areaCode, municipalityId: input.municipalityId, body: input.body })
        .onConflictDoNothing()
        .returning();
      if (!row) throw duplicate();
      return row.id;
    },
    present: async (tx, reportId) => reportFields(await findReport(tx, id, reportId)),
    place: (r) => reportPlace(cycle!, r.report),
  });
  return getCycle(db, actor, id);
}

export async function updateReport(
  db: Db,
  actor: Actor | undefined,
  id: string,
  reportId: string,
  input: UpdateReport,
) {
  let cycle: CycleRow | undefined;
  await change(db, {
    entity: 'followup_report',
    action: 'update',
    load: async (tx) => {
      cycle = await findCycleRow(tx, id);
      return { c: cycle, r: await findReport(tx, id, reportId, true) };
    },
    authorise: ({ c }) => authorize(actor, 'update', 'followup', cycleTarget(c)),
    before: ({ r }) => reportFields(r),
    apply: async (tx, { c, r }, a) => {
      assertOpen(c);
      if (r.status === 'published')
        throw new AppError('followup.report_published', 'A published report can no longer be changed');
      await saveVersioned(tx, {
        table: activityReports,
        entity: 'report',
        id: reportId,
        expectedVersion: input.version,
        values: { body: input.body },
        present: currentCycle(a, id),
      });
      return reportId;
    },
    present: async (tx) => reportFields(await findReport(tx, id, reportId)),
    place: () => reportPlace(cycle!, reportId),
  });
  return getCycle(db, actor, id);
}

/**
 * Publish every draft report to the municipalities: the reports become read-only and visible to
 * all, the milestone is reached, and each municipality's contact person in the agreement gets a mail.
 */
export async function publishReports(services: Services, actor: Actor | undefined, id: string, version: number) {
  await publishReportsNow(services.database.db, actor, id, version, services.config.publicUrl, queueMails);
  return getCycle(services.database.db, actor, id);
}

/**
 * The publishing itself, in one unit of work; `queue` puts the mails in the outbox in that same
 * transaction (the demo loader publishes without mailing anyone). Returns the mails.
 */
export async function publishReportsNow(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  publicUrl: string,
  queue?: (tx: Executor, mails: Mail[]) => Promise<unknown>,
) {
  let mails: Mail[] = [];
  let published: ReportRow[] = [];
  let cycle: CycleRow | undefined;
  await change(db, {
    entity: 'followup',
    action: 'publish',
    load: async (tx) => (cycle = await findCycleRow(tx, id)),
    authorise: (c) => authorize(actor, 'update', 'followup', cycleTarget(c)),
    before: () => null,
    apply: async (tx, c, a) => {
      assertOpen(c);
      // The version guards against publishing what someone else has just changed the cycle to.
      await saveVersioned(tx, {
        table: followupCycles,
        entity: 'follow-up',
        id,
        expectedVersion: version,
        values: {},
        present: currentCycle(a, id),
      });
      published = await tx
        .update(activityReports)
        .set({
          status: 'published',
          publishedAt: new Date(),
          version: sql`${activityReports.version} + 1`,
          updatedAt: new Date(),
        })
        .where(and(eq(activityReports.cycleId, id), eq(activityReports.status, 'draft')))
        .returning();
      if (!published.length) throw new AppError('followup.no_reports', 'There are no draft reports to publish');
      await advanceMilestone(tx, a, c, 'reports_sent', 'done');
      mails = await publishedMails(tx, c, published, `${publicUrl}/followup/${id}`);
      await queue?.(tx, mails);
      return id;
    },
    present: async () => ({
      reports: published.map((r) => ({ id: r.id, areaCode: r.areaCode, municipalityId: r.municipalityId })),
      mailedTo: mails.map((m) => m.to),
    }),
    place: () => cyclePlace(cycle!),
  });
  return mails;
}

/** Each municipality's contact hears of the reports that concern it (its own and the whole areas'). */
async function publishedMails(tx: Executor, c: CycleRow, published: ReportRow[], url: string) {
  const areas = new Map((await areasOf(tx, c.templateId)).map((x) => [x.code, x.name]));
  return (await partiesOf(tx, c.templateId))
    .filter((p) => p.contactEmail)
    .map((p) => {
      const mine = published.filter((r) => !r.municipalityId || r.municipalityId === p.organisationId);
      return { p, names: [...new Set(mine.map((r) => areas.get(r.areaCode) ?? r.areaCode))] };
    })
    .filter((x) => x.names.length)
    .map(({ p, names }) =>
      reportsPublishedMail({ name: p.contactName, email: p.contactEmail! }, p.name, c, names, url),
    );
}
