import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { authorize, type Actor } from '../policy/policy.js';
import type { SaveFeedback } from './contract.js';
import { municipalFeedback } from './schema.js';
import { areasOf, canWriteFeedback, findCycleRow, partiesOf, type CycleRow, type FeedbackRow } from './repository.js';
import { assertOpen, checkCycleDate, currentCycle, cycleTarget } from './access.js';
import { getCycle } from './cycles.js';
import { missingRatings } from './rules.js';

/**
 * A municipality's assessment as its history shows it. Its drafts are its own: the history is kept
 * per assessment (entity `followup_feedback`), shown only to those who may read it.
 */
const feedbackFields = (f: FeedbackRow | undefined) =>
  f
    ? {
        feedback: f.organisationId,
        areas: f.areas,
        meetingDate: f.meetingDate,
        participants: f.participants,
        notes: f.notes,
        status: f.submittedAt ? 'submitted' : 'draft',
      }
    : null;

interface Loaded {
  c: CycleRow;
  row: FeedbackRow | undefined;
}

/** The cycle and the municipality's current assessment (locked, so two saves queue up). */
async function loadFeedback(
  tx: Executor,
  actor: Actor | undefined,
  id: string,
  organisationId: string,
): Promise<Loaded> {
  const c = await findCycleRow(tx, id);
  // Who may not read the cycle learns nothing about its parties.
  authorize(actor, 'read', 'followup', cycleTarget(c));
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
  return { c, row };
}

/** The municipality itself or a coordinator, on a draft they can see; the cycle open, the assessment not submitted. */
function authoriseWrite(actor: Actor | undefined, { c, row }: Loaded, organisationId: string) {
  const a = authorize(actor, 'read', 'followup', cycleTarget(c));
  if (!canWriteFeedback(a, c.countyId, organisationId, row))
    throw new AppError(
      'auth.forbidden',
      'Only the municipality itself or a coordinator may write its assessment, and only a draft they can see',
      { action: row ? 'update' : 'create', subject: 'feedback' },
    );
  assertOpen(c);
  if (row?.submittedAt)
    throw new AppError('followup.feedback_submitted', 'The assessment has been submitted and can no longer be changed');
  return a;
}

async function findFeedback(tx: Executor, feedbackId: string) {
  const [row] = await tx.select().from(municipalFeedback).where(eq(municipalFeedback.id, feedbackId));
  return row;
}

/** Two people saving a first version at once: the second is a stale edit carrying the cycle as it is now. */
const staleFirst = async (tx: Executor, actor: Actor, id: string) =>
  new AppError('record.stale', 'Someone else saved this assessment after you opened it', {
    current: await currentCycle(actor, id)(tx),
  });

/** The unit of work for one municipality's assessment (its own history, filed under the municipality). */
function feedbackChange(
  db: Db,
  actor: Actor | undefined,
  id: string,
  organisationId: string,
  action: 'create' | 'update',
  apply: (tx: Executor, loaded: Loaded, a: Actor) => Promise<string>,
) {
  let cycle: CycleRow | undefined;
  let feedbackId = '';
  return change(db, {
    entity: 'followup_feedback',
    action,
    load: async (tx) => {
      const loaded = await loadFeedback(tx, actor, id, organisationId);
      cycle = loaded.c;
      return loaded;
    },
    authorise: (loaded) => authoriseWrite(actor, loaded, organisationId),
    before: ({ row }) => feedbackFields(row),
    apply,
    present: async (tx, fid) => feedbackFields(await findFeedback(tx, (feedbackId = fid))),
    place: () => ({ id: feedbackId, countyId: cycle!.countyId, organisationId }),
  });
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
  const action = input.version === null ? 'create' : 'update';
  await feedbackChange(db, actor, id, organisationId, action, async (tx, { c, row }, a) => {
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
      if (input.version !== null) throw await staleFirst(tx, a, id);
      const [created] = await tx
        .insert(municipalFeedback)
        .values({ cycleId: id, organisationId, authorOrganisationId: a.organisationId || organisationId, ...values })
        .onConflictDoNothing()
        .returning();
      if (!created) throw await staleFirst(tx, a, id);
      return created.id;
    }
    if (input.version === null) throw await staleFirst(tx, a, id);
    await saveVersioned(tx, {
      table: municipalFeedback,
      entity: 'assessment',
      id: row.id,
      expectedVersion: input.version,
      values,
      present: currentCycle(a, id),
    });
    return row.id;
  });
  return getCycle(db, actor, id);
}

/** Submit the assessment: every area must be rated; afterwards it is read-only and visible to the county. */
export async function submitFeedback(
  db: Db,
  actor: Actor | undefined,
  id: string,
  organisationId: string,
  version: number,
) {
  await feedbackChange(db, actor, id, organisationId, 'update', async (tx, { c, row }, a) => {
    const areaCodes = (await areasOf(tx, c.templateId)).map((x) => x.code);
    const missing = missingRatings(areaCodes, row?.areas ?? []);
    if (!row || missing.length)
      throw new AppError(
        'followup.feedback_incomplete',
        `Rate every area before submitting (missing: ${missing.join(', ')})`,
        { field: 'areas', areas: missing },
      );
    await saveVersioned(tx, {
      table: municipalFeedback,
      entity: 'assessment',
      id: row.id,
      expectedVersion: version,
      values: { submittedAt: new Date() },
      present: currentCycle(a, id),
    });
    return row.id;
  });
  return getCycle(db, actor, id);
}
