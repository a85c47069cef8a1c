import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { authorize, can, type Action, type Actor } from '../policy/policy.js';
import { abilitiesFor } from '../policy/abilities.js';
import type {
  Assessment,
  AssessmentRecord,
  Initiative,
  InitiativeRecord,
  Programme,
  ProgrammeRecord,
} from './contract.js';
import { assessmentRow } from './repository.js';
import { findInitiative, programmePlace, readProgramme } from './programme-repository.js';

type Placed = { countyId: string; organisationId: string; shared: boolean };
/** Programmes, initiatives and assessments are all checked as the policy subject 'assessment'. */
export const targetOf = (r: Placed) => ({ countyId: r.countyId, organisationId: r.organisationId, shared: r.shared });

/** What the signed-in person may do with a programme. */
export const presentProgramme = (actor: Actor | undefined, p: ProgrammeRecord): Programme => ({
  ...p,
  abilities: {
    update: !!actor && can(actor, 'update', 'assessment', targetOf(p)),
    addInitiative: !!actor && can(actor, 'create', 'assessment', targetOf(p)),
  },
});

export const presentInitiative = (actor: Actor | undefined, i: InitiativeRecord): Initiative => {
  const { update, archive } = abilitiesFor(actor, 'assessment', targetOf(i), ['update', 'archive']);
  return { ...i, abilities: { update, archive, assess: update && !i.archived } };
};

/** A finished assessment is read-only for everyone; comments stay open. */
export const presentAssessment = (actor: Actor | undefined, a: AssessmentRecord): Assessment => {
  const { update, comment } = abilitiesFor(actor, 'assessment', targetOf(a.initiative), ['update', 'comment']);
  return { ...a, abilities: { update: update && a.status === 'in_progress', comment } };
};

/** A programme read outside a change, with the permission checked. */
export async function programmeFor(db: Db, actor: Actor | undefined, action: Action, id: string) {
  const p = await readProgramme(db, id);
  return { p, actor: authorize(actor, action, 'assessment', targetOf(p)) };
}

/** The permission on a programme, when its record is not needed (only where it is and its sharing). */
export async function programmeAllows(db: Db, actor: Actor | undefined, action: Action, id: string) {
  return authorize(actor, action, 'assessment', targetOf(await programmePlace(db, id)));
}

export async function initiativeFor(db: Executor, actor: Actor | undefined, action: Action, id: string) {
  const i = await findInitiative(db, id);
  return { i, actor: authorize(actor, action, 'assessment', targetOf(i)) };
}

/** An assessment's row and its initiative, loaded for a change (authorised by `mayChange`). */
export async function loadAssessment(db: Executor, id: string) {
  const row = await assessmentRow(db, id);
  return { row, initiative: await findInitiative(db, row.initiativeId) };
}
export type LoadedAssessment = Awaited<ReturnType<typeof loadAssessment>>;

/** The policy decision for a change to an assessment: editing needs it open, commenting does not. */
export function mayChange(actor: Actor | undefined, action: Action, loaded: LoadedAssessment): Actor {
  const a = authorize(actor, action, 'assessment', targetOf(loaded.initiative));
  if (action !== 'read' && action !== 'comment' && loaded.row.status === 'finished') {
    throw new AppError(
      'assessment.finished',
      'This assessment is finished and can no longer be changed; start a re-assessment to revise it',
    );
  }
  return a;
}

/** Load an assessment's row with the permission checked on its initiative; editing needs it open. */
export async function assessmentFor(db: Executor, actor: Actor | undefined, action: Action, id: string) {
  const loaded = await loadAssessment(db, id);
  return { ...loaded, actor: mayChange(actor, action, loaded) };
}
