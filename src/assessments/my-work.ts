/** What waits for a person in the assessments (issue 10 item 12): read by the overview through the face. */
import { and, asc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import type { Actor } from '../policy/policy.js';
import { scopeFor, scopeWhere } from '../policy/scope.js';
import { workList, type WorkItem, type WorkList, type WorkQuery } from '../overview/contract.js';
import { actions, assessments, conflicts, gates, initiatives, programmes } from './schema.js';

export interface AssessmentWork {
  /** Assessments in progress of the person's organisation (or county). */
  assessmentsToFinish: WorkList;
  /** Positions to take in assessments in progress: a step whose need is ticked and not yet passed, an open conflict without a position. */
  positionsToTake: WorkList;
  /** Actions past their deadline that are neither done nor dropped. */
  overdueActions: WorkList;
}

/**
 * The assessments work of a person, in five queries whatever the number of records. What they may
 * read (the policy's scope: their county, drafts only of their own organisation) and, for work of one
 * organisation, only that organisation's programmes (and actions it or the person is responsible for).
 */
export async function assessmentWorkFor(db: Executor, actor: Actor, q: WorkQuery): Promise<AssessmentWork> {
  const scope = scopeFor(actor, 'assessment');
  // An initiative is shared only as far as its programme is: both must be readable.
  const readable = and(
    scopeWhere(scope, {
      countyId: programmes.countyId,
      organisationId: programmes.organisationId,
      shared: programmes.shared,
    }),
    scopeWhere(scope, {
      countyId: programmes.countyId,
      organisationId: programmes.organisationId,
      shared: initiatives.shared,
    }),
    isNull(programmes.archivedAt),
    isNull(initiatives.archivedAt),
  );
  const ownProgramme = q.organisationId ? eq(programmes.organisationId, q.organisationId) : undefined;

  const open = await db
    .select({
      id: assessments.id,
      number: assessments.number,
      positionsNeeded: assessments.positionsNeeded,
      initiative: initiatives.name,
      programme: programmes.name,
    })
    .from(assessments)
    .innerJoin(initiatives, eq(initiatives.id, assessments.initiativeId))
    .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
    .where(and(eq(assessments.status, 'in_progress'), readable, ownProgramme))
    .orderBy(asc(initiatives.name), asc(assessments.number));
  const ids = open.map((a) => a.id);
  const [passed, openConflicts] = ids.length
    ? [
        await db
          .select({ assessmentId: gates.assessmentId, step: gates.step })
          .from(gates)
          .where(inArray(gates.assessmentId, ids)),
        await db
          .select({
            id: conflicts.id,
            assessmentId: conflicts.assessmentId,
            description: conflicts.description,
            aText: conflicts.aText,
            bText: conflicts.bText,
            foundInStep: conflicts.foundInStep,
            status: conflicts.status,
          })
          .from(conflicts)
          .where(
            and(inArray(conflicts.assessmentId, ids), eq(conflicts.status, 'open'), isNull(conflicts.positionText)),
          )
          .orderBy(asc(conflicts.foundInStep), asc(conflicts.createdAt)),
      ]
    : [[], []];
  const gatesOf = new Map<string, Set<number>>();
  for (const g of passed) gatesOf.set(g.assessmentId, (gatesOf.get(g.assessmentId) ?? new Set()).add(g.step));
  /** The step being worked on: the first whose gate is not passed (4 once all are). */
  const currentStep = (id: string) => [1, 2, 3, 4].find((s) => !gatesOf.get(id)?.has(s)) ?? 4;

  const toFinish: WorkItem[] = open.map((a) => ({
    kind: 'assessment',
    key: a.id,
    title: a.initiative,
    titleEn: null,
    context: a.programme,
    dueDate: null,
    state: 'in_progress',
    step: currentStep(a.id),
    milestone: null,
    response: null,
    link: { kind: 'assessment', id: a.id },
  }));

  const byId = new Map(open.map((a) => [a.id, a]));
  const positions: WorkItem[] = [];
  for (const a of open) {
    for (const step of [1, 2, 3]) {
      const need = a.positionsNeeded[String(step)];
      if (!need?.needed || gatesOf.get(a.id)?.has(step)) continue;
      positions.push({
        kind: 'position',
        key: `${a.id}:${step}`,
        title: need.note ?? a.initiative,
        titleEn: null,
        context: a.initiative,
        dueDate: null,
        state: 'open',
        step,
        milestone: null,
        response: null,
        link: { kind: 'assessment', id: a.id },
      });
    }
  }
  for (const c of openConflicts) {
    const a = byId.get(c.assessmentId)!;
    const sides = [c.aText, c.bText].filter(Boolean).join(' – ');
    positions.push({
      kind: 'conflict',
      key: c.id,
      title: c.description ?? (sides || a.initiative),
      titleEn: null,
      context: a.initiative,
      dueDate: null,
      state: c.status,
      step: c.foundInStep,
      milestone: null,
      response: null,
      link: { kind: 'assessment', id: a.id },
    });
  }

  const mine = q.organisationId
    ? or(
        eq(programmes.organisationId, q.organisationId),
        eq(actions.responsibleOrganisationId, q.organisationId),
        q.personId ? eq(actions.responsiblePersonId, q.personId) : undefined,
      )
    : undefined;
  const late = await db
    .select({
      id: actions.id,
      assessmentId: actions.assessmentId,
      title: actions.title,
      deadline: actions.deadline,
      status: actions.status,
      initiative: initiatives.name,
    })
    .from(actions)
    .innerJoin(assessments, eq(assessments.id, actions.assessmentId))
    .innerJoin(initiatives, eq(initiatives.id, assessments.initiativeId))
    .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
    // An action is overdue when its deadline has passed and it is neither done nor dropped (rules.isOverdue).
    .where(and(lt(actions.deadline, q.today), inArray(actions.status, ['planned', 'ongoing']), readable, mine))
    .orderBy(asc(actions.deadline), asc(actions.title));
  const overdue: WorkItem[] = late.map((x) => ({
    kind: 'action',
    key: x.id,
    title: x.title,
    titleEn: null,
    context: x.initiative,
    dueDate: x.deadline,
    state: x.status,
    step: 4,
    milestone: null,
    response: null,
    link: { kind: 'assessment', id: x.assessmentId },
  }));

  return {
    assessmentsToFinish: workList(toFinish, q.limit),
    positionsToTake: workList(positions, q.limit),
    overdueActions: workList(overdue, q.limit),
  };
}
