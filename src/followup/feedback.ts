import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { authorize, type Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import type { SaveFeedback } from './contract.js';
import { municipalFeedback } from './schema.js';
import { areasOf, canWriteFeedback, partiesOf } from './repository.js';
import { assertOpen, checkCycleDate, cycleFor, getCycle } from './cycles.js';
import type { CycleRow } from './repository.js';
import { missingRatings } from './rules.js';

/** A municipality's drafts are its own: their history is kept per assessment, shown only to those who may read it. */
export const feedbackAudit = (c: CycleRow, feedbackId: string, organisationId: string) => ({
  entityType: 'followup_feedback',
  entityId: feedbackId,
  countyId: c.countyId,
  organisationId,
});

/** The cycle, the municipality's current feedback (locked) and the actor allowed to write it. */
async function load(tx: Executor, actor: Actor | undefined, id: string, organisationId: string) {
  const { c } = await cycleFor(tx, actor, 'read', id);
  if (!(await partiesOf(tx, c.templateId)).some((p) => p.organisationId === organisationId)) {
    throw new AppError('followup.not_municipality', 'That organisation is not a party to these agreements', {
      field: 'organisationId',
    });
  }
  const [row] = await tx
    .select()
    .from(municipalFeedback)
    .where(and(eq(municipalFeedback.cycleId, id), eq(municipalFeedback.organisationId, organisationId)))
    .for('update');
  const a = authorize(actor, 'read', 'followup', { countyId: c.countyId, organisationId: c.organisationId });
  if (!canWriteFeedback(a, c.countyId, organisationId, row))
    throw new AppError(
      'auth.forbidden',
      'Only the municipality itself or a coordinator may write its assessment, and only a draft they can see',
      { action: row ? 'update' : 'create', subject: 'feedback' },
    );
  assertOpen(c);
  if (row?.submittedAt)
    throw new AppError('followup.feedback_submitted', 'The assessment has been submitted and can no longer be changed');
  return { c, row, a };
}

/**
 * Save a municipality's assessment of the areas and its meeting notes. The first save needs
 * version null; a concurrent first save by someone else is a stale edit, not a second record.
 */
export async function saveFeedback(
  db: Db,
  actor: Actor | undefined,
  id: string,
  organisationId: string,
  input: SaveFeedback,
) {
  await db.transaction(async (tx) => {
    const { c, row, a } = await load(tx, actor, id, organisationId);
    const areaCodes = (await areasOf(tx, c.templateId)).map((x) => x.code);
    checkCycleDate(c.year, input.meetingDate, 'meetingDate');
    const twice = input.areas.findIndex((x, i) => input.areas.findIndex((y) => y.areaCode === x.areaCode) !== i);
    if (twice >= 0)
      throw new AppError('request.validation_failed', `Area ${input.areas[twice].areaCode} is given twice`, [
        { field: `body.areas.${twice}.areaCode`, message: 'is given twice' },
      ]);
    const unknown = input.areas.find((x) => !areaCodes.includes(x.areaCode));
    if (unknown)
      throw new AppError('followup.area_unknown', `The agreements have no area ${unknown.areaCode}`, {
        field: 'areas',
        areas: areaCodes,
      });
    const given = new Map(
      input.areas.map((x) => [x.areaCode, { areaCode: x.areaCode, rating: x.rating, comment: x.comment ?? null }]),
    );
    const previous = row?.areas ?? [];
    const areas = areaCodes.map(
      (code) =>
        given.get(code) ?? previous.find((p) => p.areaCode === code) ?? { areaCode: code, rating: null, comment: null },
    );
    const values = {
      areas,
      ...(input.meetingDate !== undefined ? { meetingDate: input.meetingDate } : {}),
      ...(input.participants !== undefined ? { participants: input.participants } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
    };
    if (!row) {
      if (input.version !== null) throw staleFirst();
      const [created] = await tx
        .insert(municipalFeedback)
        .values({ cycleId: id, organisationId, authorOrganisationId: a.organisationId || organisationId, ...values })
        .onConflictDoNothing()
        .returning();
      if (!created) throw staleFirst();
      await recordChange(tx, a, {
        action: 'create',
        ...feedbackAudit(c, created.id, organisationId),
        after: { feedback: organisationId, ...values },
      });
      return;
    }
    if (input.version === null) throw staleFirst();
    const after = await updateVersioned(tx, municipalFeedback, 'assessment', row.id, input.version, values);
    await recordChange(tx, a, {
      action: 'update',
      ...feedbackAudit(c, row.id, organisationId),
      before: {
        feedback: organisationId,
        areas: row.areas,
        meetingDate: row.meetingDate,
        participants: row.participants,
        notes: row.notes,
      },
      after: {
        feedback: organisationId,
        areas: after.areas,
        meetingDate: after.meetingDate,
        participants: after.participants,
        notes: after.notes,
      },
    });
  });
  return getCycle(db, actor, id);
}

const staleFirst = () =>
  new AppError('record.stale', 'Someone else saved this assessment after you opened it', { current: null });

/** Submit the assessment: every area must be rated; afterwards it is read-only and visible to the county. */
export async function submitFeedback(
  db: Db,
  actor: Actor | undefined,
  id: string,
  organisationId: string,
  version: number,
) {
  await db.transaction(async (tx) => {
    const { c, row, a } = await load(tx, actor, id, organisationId);
    const areaCodes = (await areasOf(tx, c.templateId)).map((x) => x.code);
    const missing = missingRatings(areaCodes, row?.areas ?? []);
    if (!row || missing.length)
      throw new AppError(
        'followup.feedback_incomplete',
        `Rate every area before submitting (missing: ${missing.join(', ')})`,
        { field: 'areas', areas: missing },
      );
    await updateVersioned(tx, municipalFeedback, 'assessment', row.id, version, { submittedAt: new Date() });
    await recordChange(tx, a, {
      action: 'update',
      ...feedbackAudit(c, row.id, organisationId),
      before: { feedback: organisationId, status: 'draft' },
      after: { feedback: organisationId, status: 'submitted' },
    });
  });
  return getCycle(db, actor, id);
}
