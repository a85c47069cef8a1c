import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { todayIso } from '../platform/today.js';
import { authorize, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { mayCreate } from '../policy/abilities.js';
import { findBody } from '../bodies/index.js';
import { findQuestionnaire, insertFromTemplate } from '../surveys/index.js';
import type { CreateCycle, CyclePage, CycleSummary, LinkQuestionnaire, UpdateCycle } from './contract.js';
import { followupCycles, followupMilestones } from './schema.js';
import {
  areasOf,
  cyclesIn,
  findCycleRow,
  findTemplate,
  milestonesOf,
  partiesOf,
  presentCycle,
  submittedOrganisations,
  type CycleRow,
} from './repository.js';
import { defaultMilestones, periodOf } from './rules.js';
import {
  advanceMilestone,
  assertOpen,
  checkCycleDate,
  currentCycle,
  cycleFor,
  cyclePlace,
  cycleTarget,
} from './access.js';

export const FOLLOWUP_TEMPLATE = 'uppfoljning-samverkansorgan';

/** The cycle's own fields as its history shows them (its parts are audited as their own entries). */
const cycleFields = ({ version: _v, updatedAt: _u, createdAt: _c, ...fields }: CycleRow) => fields;
const fieldsOf = async (tx: Executor, id: string) => cycleFields(await findCycleRow(tx, id));

export async function listCycles(db: Db, actor: Actor | undefined): Promise<CyclePage> {
  const a = authorize(actor, 'read', 'followup');
  const rows = await cyclesIn(db, scopeFor(a, 'followup'));
  const today = todayIso();
  const items: CycleSummary[] = [];
  for (const c of rows) {
    const [t, milestones, parties, submitted] = await Promise.all([
      findTemplate(db, c.templateId),
      milestonesOf(db, c.id, today),
      partiesOf(db, c.templateId),
      submittedOrganisations(db, c.id),
    ]);
    const next = milestones.find((m) => m.status !== 'done');
    const period = periodOf(c.year);
    items.push({
      id: c.id,
      year: c.year,
      title: c.title,
      templateTitle: t.terms.title,
      periodStart: period.start,
      periodEnd: period.end,
      status: c.status as CycleSummary['status'],
      overdueMilestones: milestones.filter((m) => m.overdue).length,
      nextMilestone: next ? { kind: next.kind, dueDate: next.dueDate } : null,
      municipalitiesSubmitted: parties.filter((p) => submitted.has(p.organisationId)).length,
      municipalities: parties.length,
    });
  }
  items.sort((x, y) => y.year - x.year || x.title.localeCompare(y.title, 'sv'));
  return { items, total: items.length, abilities: { create: mayCreate(a, 'followup', { countyId: a.countyId }) } };
}

export async function getCycle(db: Db, actor: Actor | undefined, id: string) {
  const { c, actor: a } = await cycleFor(db, actor, 'read', id);
  return presentCycle(db, a, c);
}

/** A new cycle for the template's agreements and a year, with the seed's milestones owned by the creator. */
export async function createCycle(db: Db, actor: Actor | undefined, input: CreateCycle) {
  authorize(actor, 'create', 'followup');
  const created = await change(db, {
    entity: 'followup',
    action: 'create',
    load: (tx) => findTemplate(tx, input.templateId),
    authorise: (t) => authorize(actor, 'create', 'followup', cycleTarget(t)),
    before: () => null,
    apply: async (tx, t, a) => {
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
      await tx.insert(followupMilestones).values(
        defaultMilestones(input.year, input.councilMeetingDate).map((m) => ({
          cycleId: row.id,
          ...m,
          ownerPersonId: a.personId || null,
        })),
      );
      return row.id;
    },
    present: fieldsOf,
    place: cyclePlace,
  });
  return getCycle(db, actor, created.id);
}

/** The valuation, the recommended changes and the council's decision (which closes the cycle). */
export async function updateCycle(db: Db, actor: Actor | undefined, id: string, input: UpdateCycle) {
  await change(db, {
    entity: 'followup',
    action: 'update',
    load: (tx) => findCycleRow(tx, id),
    authorise: (c) => authorize(actor, 'update', 'followup', cycleTarget(c)),
    before: cycleFields,
    apply: async (tx, before, a) => {
      checkCycleDate(before.year, input.jointValuationDate, 'jointValuationDate');
      checkCycleDate(before.year, input.decision?.date, 'decision.date');
      const set: Partial<typeof followupCycles.$inferInsert> = {};
      if (input.title !== undefined) set.title = input.title ?? before.title;
      if (input.jointValuation !== undefined) set.jointValuation = input.jointValuation;
      if (input.jointValuationDate !== undefined) set.jointValuationDate = input.jointValuationDate;
      if (input.recommendedChanges !== undefined) set.recommendedChanges = input.recommendedChanges;
      if (input.decision !== undefined) {
        const d = input.decision;
        if (d && (await findBody(tx, d.bodyId)).countyId !== before.countyId) throw notFound('body', d.bodyId);
        Object.assign(set, {
          decisionDate: d?.date ?? null,
          decisionBodyId: d?.bodyId ?? null,
          decisionText: d?.text ?? null,
          decisionCaseNumber: d?.caseNumber ?? null,
          status: d ? 'decided' : 'open',
        });
      }
      const after = await saveVersioned(tx, {
        table: followupCycles,
        entity: 'follow-up',
        id,
        expectedVersion: input.version,
        values: set,
        present: currentCycle(a, id),
      });
      if (after.jointValuation && after.jointValuationDate)
        await advanceMilestone(tx, a, after, 'joint_valuation', 'done', after.jointValuationDate);
      if (after.decisionDate) await advanceMilestone(tx, a, after, 'council_decision', 'done', after.decisionDate);
      // A decision taken back (entered by mistake) leaves its milestone to be reached again.
      else if (before.decisionDate) await advanceMilestone(tx, a, after, 'council_decision', 'planned');
      return id;
    },
    present: fieldsOf,
    place: cyclePlace,
  });
  return getCycle(db, actor, id);
}

/** Give the cycle its bodies' questionnaire: the seed's, made from the built-in template, or one that exists. */
export async function linkQuestionnaire(db: Db, actor: Actor | undefined, id: string, input: LinkQuestionnaire) {
  await change(db, {
    entity: 'followup',
    action: 'update',
    load: (tx) => findCycleRow(tx, id),
    authorise: (c) => authorize(actor, 'update', 'followup', cycleTarget(c)),
    before: (c) => ({ questionnaireId: c.questionnaireId }),
    apply: async (tx, c, a) => {
      assertOpen(c);
      if (c.questionnaireId)
        throw new AppError('followup.questionnaire_linked', 'This follow-up already has a questionnaire', {
          questionnaireId: c.questionnaireId,
        });
      const questionnaireId =
        'questionnaireId' in input
          ? await existingQuestionnaire(tx, c, input.questionnaireId)
          : (
              await insertFromTemplate(tx, a, FOLLOWUP_TEMPLATE, {
                organisationId: c.organisationId,
                opensAt: input.opensAt,
                closesAt: input.closesAt,
                anonymous: input.anonymous,
              })
            ).id;
      await saveVersioned(tx, {
        table: followupCycles,
        entity: 'follow-up',
        id,
        expectedVersion: input.version,
        values: { questionnaireId },
        present: currentCycle(a, id),
      });
      await advanceMilestone(tx, a, c, 'questionnaire', 'in_progress');
      return id;
    },
    present: async (tx, cycleId) => {
      const c = await findCycleRow(tx, cycleId);
      return { ...cyclePlace(c), questionnaireId: c.questionnaireId };
    },
    place: cyclePlace,
  });
  return getCycle(db, actor, id);
}

/** A questionnaire of the county that belongs to no other cycle (or its answers would count twice beside earlier years). */
async function existingQuestionnaire(tx: Executor, c: CycleRow, questionnaireId: string) {
  const q = await findQuestionnaire(tx, questionnaireId);
  if (q.countyId !== c.countyId) throw notFound('questionnaire', questionnaireId);
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
  return q.id;
}

/** Earlier cycles of the same agreements, newest first (for the comparison with earlier years). */
export async function earlierCycles(db: Executor, c: CycleRow) {
  const rows = await db.select().from(followupCycles).where(eq(followupCycles.templateId, c.templateId));
  return rows.filter((r) => r.year < c.year).sort((x, y) => y.year - x.year);
}
