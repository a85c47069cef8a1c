import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import type { Services } from '../platform/context.js';
import { AppError, notFound } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { queueMails } from '../platform/mail/outbox.js';
import type { Mail } from '../platform/mail/mailer.js';
import type { Actor } from '../policy/policy.js';
import { recordChange } from '../audit/record.js';
import type { CreateReport, UpdateReport } from './contract.js';
import { richPlainText } from '../documents/index.js';
import { activityReports, followupCycles } from './schema.js';
import { areasOf, partiesOf, type CycleRow } from './repository.js';
import { advanceMilestone, assertOpen, auditOf, cycleFor, getCycle } from './cycles.js';
import { reportsPublishedMail } from './mail.js';

/** Report drafts are the region's own: their history is kept per report, shown only to those who may read it. */
export const reportAudit = (c: CycleRow, reportId: string) => ({
  entityType: 'followup_report',
  entityId: reportId,
  countyId: c.countyId,
  organisationId: c.organisationId,
});

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

/** A draft activity report for an area (or for one municipality within it). */
export async function createReport(db: Db, actor: Actor | undefined, id: string, input: CreateReport) {
  await db.transaction(async (tx) => {
    const { c, actor: a } = await cycleFor(tx, actor, 'update', id);
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
    if (dup)
      throw new AppError(
        'followup.report_duplicate',
        'There is already a report for this area and municipality; edit that one',
        { field: 'areaCode', id: dup.id },
      );
    const [row] = await tx
      .insert(activityReports)
      .values({ cycleId: id, areaCode: input.areaCode, municipalityId: input.municipalityId, body: input.body })
      .onConflictDoNothing()
      .returning();
    if (!row)
      throw new AppError(
        'followup.report_duplicate',
        'There is already a report for this area and municipality; edit that one',
        { field: 'areaCode' },
      );
    await recordChange(tx, a, {
      action: 'create',
      ...reportAudit(c, row.id),
      after: {
        report: row.id,
        areaCode: row.areaCode,
        municipalityId: row.municipalityId,
        body: richPlainText(row.body),
      },
    });
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
  await db.transaction(async (tx) => {
    const { c, actor: a } = await cycleFor(tx, actor, 'update', id);
    assertOpen(c);
    // Locked, so a publish running at the same moment cannot slip between this check and the change.
    const [before] = await tx
      .select()
      .from(activityReports)
      .where(and(eq(activityReports.id, reportId), eq(activityReports.cycleId, id)))
      .for('update');
    if (!before) throw notFound('report', reportId);
    if (before.status === 'published')
      throw new AppError('followup.report_published', 'A published report can no longer be changed');
    const after = await updateVersioned(tx, activityReports, 'report', reportId, input.version, { body: input.body });
    await recordChange(tx, a, {
      action: 'update',
      ...reportAudit(c, reportId),
      // The history shows the text; the tree itself is in the report.
      before: { report: reportId, body: richPlainText(before.body) },
      after: { report: reportId, body: richPlainText(after.body) },
    });
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
 * The publishing itself, in one transaction; `queue` puts the mails in the outbox in that same
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
  return db.transaction(async (tx) => {
    const { c, actor: a } = await cycleFor(tx, actor, 'update', id);
    assertOpen(c);
    // The version guards against publishing what someone else has just changed the cycle to.
    await updateVersioned(tx, followupCycles, 'follow-up', id, version, {});
    const published = await tx
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
    const areas = new Map((await areasOf(tx, c.templateId)).map((x) => [x.code, x.name]));
    const parties = await partiesOf(tx, c.templateId);
    const url = `${publicUrl}/followup/${id}`;
    const out = parties
      .filter((p) => p.contactEmail)
      .map((p) => {
        const mine = published.filter((r) => !r.municipalityId || r.municipalityId === p.organisationId);
        return { p, names: [...new Set(mine.map((r) => areas.get(r.areaCode) ?? r.areaCode))] };
      })
      .filter((x) => x.names.length)
      .map(({ p, names }) =>
        reportsPublishedMail({ name: p.contactName, email: p.contactEmail! }, p.name, c, names, url),
      );
    await recordChange(tx, a, {
      action: 'publish',
      ...auditOf(c),
      after: {
        reports: published.map((r) => ({ id: r.id, areaCode: r.areaCode, municipalityId: r.municipalityId })),
        mailedTo: out.map((m) => m.to),
      },
    });
    await queue?.(tx, out);
    return out;
  });
}
