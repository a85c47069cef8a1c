import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { authorize, type Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import type { Scale } from './contract.js';
import { surveyScales } from './schema.js';
import { findScale, presentScale, scalesOf } from './repository.js';
import { ensureBuiltinScales } from './template.js';

const auditOf = (s: { id: string; countyId: string | null }) => ({
  entityType: 'survey_scale',
  entityId: s.id,
  countyId: s.countyId,
});
type ScaleInput = { name: Scale['name']; options: Scale['options'] };

function checkCodes(options: Scale['options']) {
  const codes = options.map((o) => o.code);
  const twice = codes.find((c, i) => codes.indexOf(c) !== i);
  if (twice)
    throw new AppError('survey.structure_invalid', `The option code "${twice}" is used twice`, { field: 'options' });
}

export async function listScales(db: Db, actor: Actor | undefined) {
  const a = authorize(actor, 'read', 'survey');
  await ensureBuiltinScales(db);
  // Also for an administrator: the scales of their own county (others' cannot be used in its questionnaires).
  return scalesOf(db, a.countyId);
}

export async function createScale(db: Db, actor: Actor | undefined, input: ScaleInput): Promise<Scale> {
  return db.transaction(async (tx) => {
    const a = authorize(actor, 'create', 'survey', { countyId: actor?.countyId });
    checkCodes(input.options);
    const [row] = await tx
      .insert(surveyScales)
      .values({ countyId: a.countyId, name: input.name, options: input.options })
      .returning();
    await recordChange(tx, a, { action: 'create', ...auditOf(row), after: presentScale(row) });
    return presentScale(row);
  });
}

/** Change a county's scale; questionnaires keep the options they were made with. */
export async function updateScale(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: Partial<ScaleInput> & { version: number },
): Promise<Scale> {
  return db.transaction(async (tx) => {
    const before = await findScale(tx, id);
    const a = authorize(actor, 'update', 'survey', { countyId: before.countyId });
    if (before.countyId == null)
      throw new AppError('survey.scale_builtin', 'A built-in scale cannot be changed; create a scale of your own');
    if (input.options) checkCodes(input.options);
    const { version, ...values } = input;
    const after = await updateVersioned(tx, surveyScales, 'scale', id, version, values, presentScale);
    await recordChange(tx, a, {
      action: 'update',
      ...auditOf(after),
      before: presentScale(before),
      after: presentScale(after),
    });
    return presentScale(after);
  });
}
