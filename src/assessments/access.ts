import type { Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { authorize, type Action, type Actor } from '../policy/policy.js';
import type { Initiative, Programme } from './contract.js';
import { assessmentRow, findInitiative, findProgramme } from './repository.js';

export const programmeTarget = (p: Programme) => ({
  countyId: p.countyId,
  organisationId: p.organisationId,
  shared: p.shared,
});
export const initiativeTarget = (i: Initiative) => ({
  countyId: i.countyId,
  organisationId: i.organisationId,
  shared: i.shared,
});

export async function programmeFor(db: Executor, actor: Actor | undefined, action: Action, id: string) {
  const p = await findProgramme(db, id);
  return { p, actor: authorize(actor, action, 'assessment', programmeTarget(p)) };
}

export async function initiativeFor(db: Executor, actor: Actor | undefined, action: Action, id: string) {
  const i = await findInitiative(db, id);
  return { i, actor: authorize(actor, action, 'assessment', initiativeTarget(i)) };
}

/** Load an assessment's row with the permission checked on its initiative; editing needs it open. */
export async function assessmentFor(db: Executor, actor: Actor | undefined, action: Action, id: string) {
  const row = await assessmentRow(db, id);
  const { i, actor: a } = await initiativeFor(db, actor, action, row.initiativeId);
  if (action !== 'read' && action !== 'comment' && row.status === 'finished') {
    throw new AppError(
      'assessment.finished',
      'This assessment is finished and can no longer be changed; start a re-assessment to revise it',
    );
  }
  return { row, initiative: i, actor: a };
}
