import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { todayIso } from '../platform/today.js';
import { authorize, type Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import { bodies } from '../bodies/index.js';
import { agreementTemplates } from '../agreements/index.js';
import { questionnaires } from '../surveys/index.js';
import { insertFromTemplate } from '../surveys/index.js';
import type { CreateCycle, CycleSummary, LinkQuestionnaire, MilestoneKind, UpdateCycle } from './contract.js';
import { followupCycles, followupMilestones, municipalFeedback } from './schema.js';
import { areasOf, findCycleRow, milestonesOf, partiesOf, presentCycle, type CycleRow } from './repository.js';
import { cycleDateRange, defaultMilestones, inCycleRange, periodOf } from './rules.js';

export const FOLLOWUP_TEMPLATE = 'uppfoljning-samverkansorgan';

export const auditOf = (c: { id: string; countyId: string; organisationId: string }) => ({
  entityType: 'followup',
  entityId: c.id,
  countyId: c.countyId,
  organisationId: c.organisationId,
});
export const cycleTarget = (c: { countyId: string; organisationId: string }) => ({
  countyId: c.countyId,
  organisationId: c.organisationId,
});

/** Load a cycle with the permission checked on it. */
export async function cycleFor(db: Executor, actor: Actor | undefined, action: 'read' | 'update', id: string) {
  const c = await findCycleRow(db, id);
  return { c, actor: authorize(actor, action, 'followup', cycleTarget(c)) };
}

/** A date of the cycle's work outside its period and the year after is a typing error: 400 naming the field. */
export function checkCycleDate(year: number, date: string | null | undefined, field: string) {
  if (date && !inCycleRange(year, date)) {
    const { from, to } = cycleDateRange(year);
    throw new AppError(
      'request.validation_failed',
      `${field}: ${date} is outside the follow-up ${year} (${from} – ${to})`,
      [{ field: `body.${field}`, message: `must be between ${from} and ${to}` }],
    );
  }
}

export function assertOpen(c: CycleRow) {
  if (c.status !== 'open')
    throw new AppError(
      'followup.decided',
      'The council has decided on this follow-up; reports and assessments are closed',
    );
}

/** Mark a milestone as reached (or started) by what just happened, unless someone set it done already; audited as its own change. */
export async function advanceMilestone(
  tx: Executor,
  actor: Actor | null,
  c: CycleRow,
  kind: MilestoneKind,
  status: 'planned' | 'in_progress' | 'done',
  on: string = todayIso(),
) {
  const [m] = await tx
    .select()
    .from(followupMilestones)
    .where(and(eq(followupMilestones.cycleId, c.id), eq(followupMilestones.kind, kind)));
  if (!m || m.status === status || (m.status === 'done' && status !== 'planned')) return;
  const doneOn = status === 'done' ? on : null;
  await tx
    .update(followupMilestones)
    .set({ status, doneOn, version: m.version + 1, updatedAt: new Date() })
    .where(eq(followupMilestones.id, m.id));
  await recordChange(tx, actor, {
    action: 'update',
    ...auditOf(c),
    before: { milestone: kind, status: m.status, doneOn: m.doneOn },
    after: { milestone: kind, status, doneOn },
  });
}

export async function listCycles(db: Db, actor: Actor | undefined): Promise<CycleSummary[]> {
  const a = authorize(actor, 'read', 'followup');
  const rows = await db
    .select()
    .from(followupCycles)
    .where(a.role === 'admin' ? undefined : eq(followupCycles.countyId, a.countyId));
  const today = todayIso();
  const out: CycleSummary[] = [];
  for (const c of rows) {
    const [[t], milestones, parties, submitted] = await Promise.all([
      db
        .select({ terms: agreementTemplates.terms })
        .from(agreementTemplates)
        .where(eq(agreementTemplates.id, c.templateId)),
      milestonesOf(db, c.id, today),
      partiesOf(db, c.templateId),
      db
        .select({
          id: municipalFeedback.id,
          submittedAt: municipalFeedback.submittedAt,
          organisationId: municipalFeedback.organisationId,
        })
        .from(municipalFeedback)
        .where(eq(municipalFeedback.cycleId, c.id)),
    ]);
    const next = milestones.find((m) => m.status !== 'done');
    const period = periodOf(c.year);
    out.push({
      id: c.id,
      year: c.year,
      title: c.title,
      templateTitle: t?.terms.title ?? '',
      periodStart: period.start,
      periodEnd: period.end,
      status: c.status as CycleSummary['status'],
      overdueMilestones: milestones.filter((m) => m.overdue).length,
      nextMilestone: next ? { kind: next.kind, dueDate: next.dueDate } : null,
      municipalitiesSubmitted: submitted.filter(
        (f) => f.submittedAt && parties.some((p) => p.organisationId === f.organisationId),
      ).length,
      municipalities: parties.length,
    });
  }
  return out.sort((x, y) => y.year - x.year || x.title.localeCompare(y.title, 'sv'));
}

export async function getCycle(db: Db, actor: Actor | undefined, id: string) {
  const { c, actor: a } = await cycleFor(db, actor, 'read', id);
  return presentCycle(db, a, c);
}

/** A new cycle for the template's agreements and a year, with the seed's milestones owned by the creator. */
export async function createCycle(db: Db, actor: Actor | undefined, input: CreateCycle) {
  const id = await db.transaction(async (tx) => {
    authorize(actor, 'create', 'followup');
    const [t] = await tx.select().from(agreementTemplates).where(eq(agreementTemplates.id, input.templateId));
    if (!t) throw notFound('agreement template', input.templateId);
    const a = authorize(actor, 'create', 'followup', { countyId: t.countyId, organisationId: t.organisationId });
    if (!(await areasOf(tx, t.id)).length)
      throw new AppError('followup.no_template_areas', 'The agreements name no areas to follow up', {
        field: 'templateId',
      });
    if (input.councilMeetingDate && input.councilMeetingDate.slice(0, 4) !== String(input.year)) {
      throw new AppError('request.validation_failed', `The council meeting must be in ${input.year}`, [
        { field: 'body.councilMeetingDate', message: `must be in ${input.year}` },
      ]);
    }
    const [dup] = await tx
      .select({ id: followupCycles.id })
      .from(followupCycles)
      .where(and(eq(followupCycles.templateId, t.id), eq(followupCycles.year, input.year)));
    if (dup)
      throw new AppError(
        'followup.duplicate_cycle',
        `There is already a follow-up of these agreements for ${input.year}`,
        { field: 'year', id: dup.id },
      );
    const title = input.title ?? `Uppföljning ${input.year} – ${t.terms.title}`;
    const [row] = await tx
      .insert(followupCycles)
      .values({ countyId: t.countyId, organisationId: t.organisationId, templateId: t.id, year: input.year, title })
      .returning();
    const personId = a.personId || null;
    await tx.insert(followupMilestones).values(
      defaultMilestones(input.year, input.councilMeetingDate).map((m) => ({
        cycleId: row.id,
        ...m,
        ownerPersonId: personId,
      })),
    );
    await recordChange(tx, a, {
      action: 'create',
      ...auditOf(row),
      after: { year: row.year, title, templateId: t.id },
    });
    return row.id;
  });
  return getCycle(db, actor, id);
}

export async function updateCycle(db: Db, actor: Actor | undefined, id: string, input: UpdateCycle) {
  await db.transaction(async (tx) => {
    const { c: before, actor: a } = await cycleFor(tx, actor, 'update', id);
    checkCycleDate(before.year, input.jointValuationDate, 'jointValuationDate');
    checkCycleDate(before.year, input.decision?.date, 'decision.date');
    const set: Partial<typeof followupCycles.$inferInsert> = {};
    if (input.title !== undefined) set.title = input.title ?? before.title;
    if (input.jointValuation !== undefined) set.jointValuation = input.jointValuation;
    if (input.jointValuationDate !== undefined) set.jointValuationDate = input.jointValuationDate;
    if (input.recommendedChanges !== undefined) set.recommendedChanges = input.recommendedChanges;
    if (input.decision !== undefined) {
      const d = input.decision;
      if (d) {
        const [b] = await tx
          .select({ id: bodies.id })
          .from(bodies)
          .where(and(eq(bodies.id, d.bodyId), eq(bodies.countyId, before.countyId)));
        if (!b) throw notFound('body', d.bodyId);
      }
      Object.assign(set, {
        decisionDate: d?.date ?? null,
        decisionBodyId: d?.bodyId ?? null,
        decisionText: d?.text ?? null,
        decisionCaseNumber: d?.caseNumber ?? null,
        status: d ? 'decided' : 'open',
      });
    }
    const after = await updateVersioned(tx, followupCycles, 'follow-up', id, input.version, set);
    if (after.jointValuation && after.jointValuationDate)
      await advanceMilestone(tx, a, after, 'joint_valuation', 'done', after.jointValuationDate);
    if (after.decisionDate) await advanceMilestone(tx, a, after, 'council_decision', 'done', after.decisionDate);
    // A decision taken back (entered by mistake) leaves its milestone to be reached again.
    else if (before.decisionDate) await advanceMilestone(tx, a, after, 'council_decision', 'planned');
    const { version: _v, updatedAt: _u, ...b } = before;
    const { version: _v2, updatedAt: _u2, ...n } = after;
    await recordChange(tx, a, { action: 'update', ...auditOf(after), before: b, after: n });
  });
  return getCycle(db, actor, id);
}

/** Give the cycle its bodies' questionnaire: the seed's, made from the built-in template, or one that exists. */
export async function linkQuestionnaire(db: Db, actor: Actor | undefined, id: string, input: LinkQuestionnaire) {
  await db.transaction(async (tx) => {
    const { c, actor: a } = await cycleFor(tx, actor, 'update', id);
    assertOpen(c);
    if (c.questionnaireId)
      throw new AppError('followup.questionnaire_linked', 'This follow-up already has a questionnaire', {
        questionnaireId: c.questionnaireId,
      });
    let questionnaireId: string;
    if ('questionnaireId' in input) {
      const [q] = await tx
        .select({ id: questionnaires.id })
        .from(questionnaires)
        .where(and(eq(questionnaires.id, input.questionnaireId), eq(questionnaires.countyId, c.countyId)));
      if (!q) throw notFound('questionnaire', input.questionnaireId);
      // One questionnaire belongs to one cycle, or its answers would count twice beside earlier years.
      const [other] = await tx
        .select({ id: followupCycles.id, year: followupCycles.year })
        .from(followupCycles)
        .where(eq(followupCycles.questionnaireId, q.id));
      if (other)
        throw new AppError(
          'followup.questionnaire_linked',
          `That questionnaire already belongs to the follow-up ${other.year}`,
          { field: 'questionnaireId', cycleId: other.id },
        );
      questionnaireId = q.id;
    } else {
      questionnaireId = (
        await insertFromTemplate(tx, a, FOLLOWUP_TEMPLATE, {
          organisationId: c.organisationId,
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          anonymous: input.anonymous,
        })
      ).id;
    }
    await updateVersioned(tx, followupCycles, 'follow-up', id, input.version, { questionnaireId });
    await advanceMilestone(tx, a, c, 'questionnaire', 'in_progress');
    await recordChange(tx, a, {
      action: 'update',
      ...auditOf(c),
      before: { questionnaireId: null },
      after: { questionnaireId },
    });
  });
  return getCycle(db, actor, id);
}

/** Earlier cycles of the same agreements, newest first (for the comparison with earlier years). */
export async function earlierCycles(db: Executor, c: CycleRow) {
  const rows = await db.select().from(followupCycles).where(eq(followupCycles.templateId, c.templateId));
  return rows.filter((r) => r.year < c.year).sort((x, y) => y.year - x.year);
}
