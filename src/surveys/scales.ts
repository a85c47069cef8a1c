import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { authorize, can, type Actor } from '../policy/policy.js';
import { mayCreate } from '../policy/abilities.js';
import type { Scale, ScalePage } from './contract.js';
import { surveyScales } from './schema.js';
import { findScale, presentScale, scalesOf } from './repository.js';
import { ensureBuiltinScales } from './template.js';

type ScaleInput = { name: Scale['name']; options: Scale['options'] };
type Stored = ReturnType<typeof presentScale>;

/** The scale as the signed-in person sees it: a built-in scale is never changed. */
export const presentScaleFor = (actor: Actor | undefined, { countyId, ...s }: Stored): Scale => ({
  ...s,
  abilities: { update: !!actor && countyId != null && can(actor, 'update', 'survey', { countyId }) },
});

const placeOf = (s: Stored) => ({ id: s.id, countyId: s.countyId });
const load = async (tx: Parameters<typeof findScale>[0], id: string) => presentScale(await findScale(tx, id));

function checkCodes(options: Scale['options']) {
  const codes = options.map((o) => o.code);
  const twice = codes.find((c, i) => codes.indexOf(c) !== i);
  if (twice)
    throw new AppError('survey.structure_invalid', `The option code "${twice}" is used twice`, { field: 'options' });
}

export async function listScales(db: Db, actor: Actor | undefined): Promise<ScalePage> {
  const a = authorize(actor, 'read', 'survey');
  await ensureBuiltinScales(db);
  // Also for an administrator: the scales of their own county (others' cannot be used in its questionnaires).
  const items = (await scalesOf(db, a.countyId)).map((s) => presentScaleFor(a, s));
  return { items, total: items.length, abilities: { create: mayCreate(a, 'survey', { countyId: a.countyId }) } };
}

export async function createScale(db: Db, actor: Actor | undefined, input: ScaleInput): Promise<Scale> {
  const created = await change(db, {
    entity: 'survey_scale',
    action: 'create',
    load: async () => null,
    authorise: () => authorize(actor, 'create', 'survey', { countyId: actor?.countyId }),
    apply: async (tx, _none, a) => {
      checkCodes(input.options);
      const [row] = await tx
        .insert(surveyScales)
        .values({ countyId: a.countyId, name: input.name, options: input.options })
        .returning({ id: surveyScales.id });
      return row.id;
    },
    present: load,
    place: placeOf,
  });
  return presentScaleFor(actor, created);
}

/** Change a county's scale; questionnaires keep the options they were made with. */
export async function updateScale(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: Partial<ScaleInput> & { version: number },
): Promise<Scale> {
  const after = await change(db, {
    entity: 'survey_scale',
    action: 'update',
    load: (tx) => load(tx, id),
    authorise: (before) => authorize(actor, 'update', 'survey', { countyId: before.countyId }),
    apply: async (tx, before) => {
      if (before.countyId == null)
        throw new AppError('survey.scale_builtin', 'A built-in scale cannot be changed; create a scale of your own');
      if (input.options) checkCodes(input.options);
      const { version, ...values } = input;
      await saveVersioned(tx, {
        table: surveyScales,
        entity: 'scale',
        id,
        expectedVersion: version,
        values,
        present: async (t) => presentScaleFor(actor, await load(t, id)),
      });
      return id;
    },
    present: load,
    place: placeOf,
  });
  return presentScaleFor(actor, after);
}
