import { and, eq, max } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { change } from '../platform/db/unit-of-work.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { authorize, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { abilitiesFor, mayCreate } from '../policy/abilities.js';
import { findOrganisation } from '../organisations/index.js';
import { findPerson } from '../people/index.js';
import { bodyNames } from '../bodies/index.js';
import { caseSteps, cases, items } from './schema.js';
import type { AddStep, Case, CaseQuery, CaseRecord, CreateCase, UpdateCase } from './contract.js';
import { findCase, listCases, nextCaseNumber } from './repository.js';
import { formatRegistrationNumber, isRegistrationNumber, parseRegistrationNumber } from './rules/numbering.js';

const target = (c: { countyId: string; organisationId: string }) => ({
  countyId: c.countyId,
  organisationId: c.organisationId,
});
export const placeOf = <T extends { id: string; countyId: string; organisationId: string }>(c: T) => ({
  id: c.id,
  countyId: c.countyId,
  organisationId: c.organisationId,
});

export function presentCase(actor: Actor | undefined, c: CaseRecord): Case {
  return { ...c, abilities: abilitiesFor(actor, 'meeting', target(c), ['update']) };
}
const current = (actor: Actor | undefined, id: string) => async (t: Executor) =>
  presentCase(actor, await findCase(t, id));

export async function getCase(db: Db, actor: Actor | undefined, id: string): Promise<Case> {
  const c = await findCase(db, id);
  authorize(actor, 'read', 'meeting', target(c));
  return presentCase(actor, c);
}

/**
 * A search for a registration number finds it however it is written: the compact `RS181020`
 * (seed 004's form: series RS, year 2018, number 1020), leading zeros or small letters all search
 * as `RS/1020/2018`. Any other text searches as typed (titles, parts of numbers).
 */
export function searchText(q: string | undefined): string | undefined {
  if (!q || !isRegistrationNumber(q)) return q;
  return formatRegistrationNumber(parseRegistrationNumber(q));
}

export async function searchCases(db: Db, actor: Actor | undefined, q: CaseQuery) {
  const a = authorize(actor, 'read', 'meeting');
  const page = await listCases(db, scopeFor(a, 'meeting'), { ...q, q: searchText(q.q) });
  return {
    items: page.items.map((c) => ({ ...c, abilities: abilitiesFor(a, 'meeting', target(c), ['update']) })),
    total: page.total,
    abilities: { create: mayCreate(a, 'meeting', { countyId: a.countyId, organisationId: a.organisationId }) },
  };
}

/** A body of the county (a case's step, a meeting): 400 when it is in another county. */
export async function bodyInCounty(tx: Executor, bodyId: string, countyId: string) {
  const b = (await bodyNames(tx, [bodyId])).get(bodyId);
  if (!b) throw new AppError('record.not_found', `No body ${bodyId}`, { field: 'bodyId' });
  if (b.countyId !== countyId)
    throw new AppError('case.body_elsewhere', `${b.name} is in another county`, { field: 'bodyId' });
  return b;
}

async function checkOfficer(tx: Executor, officerId: string | null | undefined, countyId: string) {
  if (!officerId) return;
  const p = await findPerson(tx, officerId).catch(() => null);
  if (!p || p.countyId !== countyId)
    throw new AppError('record.not_found', `No person ${officerId} in the county`, { field: 'officerId' });
}

/**
 * Registration numbers are unique per organisation, series and year and never reused: a case is
 * never deleted, and a taken number is refused with 409 (the unique index backs this up against
 * two saves at once).
 */
async function checkNumberFree(tx: Executor, organisationId: string, series: string, year: number, number: number) {
  const [taken] = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        eq(cases.organisationId, organisationId),
        eq(cases.series, series),
        eq(cases.year, year),
        eq(cases.number, number),
      ),
    );
  if (taken)
    throw new AppError('case.number_taken', `${series}/${number}/${year} is already used`, {
      field: 'number',
      existingId: taken.id,
    });
}

export async function addStepRow(
  tx: Executor,
  caseId: string,
  step: {
    bodyId: string;
    kind: string;
    note?: string | null;
    raisedFromItemId?: string | null;
    itemId?: string | null;
  },
) {
  const [r] = await tx
    .select({ n: max(caseSteps.position) })
    .from(caseSteps)
    .where(eq(caseSteps.caseId, caseId));
  const [row] = await tx
    .insert(caseSteps)
    .values({
      caseId,
      position: (r?.n ?? 0) + 1,
      bodyId: step.bodyId,
      kind: step.kind,
      note: step.note ?? null,
      raisedFromItemId: step.raisedFromItemId ?? null,
      itemId: step.itemId ?? null,
    })
    .returning({ id: caseSteps.id });
  return row.id;
}

export async function createCase(db: Db, actor: Actor | undefined, input: CreateCase): Promise<Case> {
  const created = await change(db, {
    entity: 'case',
    action: 'create',
    load: (tx) => findOrganisation(tx, input.organisationId),
    authorise: (org) => authorize(actor, 'create', 'meeting', { countyId: org.countyId, organisationId: org.id }),
    apply: async (tx, org) => {
      await checkOfficer(tx, input.officerId, org.countyId);
      const number = input.number ?? (await nextCaseNumber(tx, org.id, input.series, input.year));
      await checkNumberFree(tx, org.id, input.series, input.year, number);
      if (input.firstStep) await bodyInCounty(tx, input.firstStep.bodyId, org.countyId);
      const [row] = await tx
        .insert(cases)
        .values({
          countyId: org.countyId,
          organisationId: org.id,
          series: input.series,
          number,
          year: input.year,
          kind: input.kind,
          title: input.title,
          description: input.description ?? null,
          officerId: input.officerId ?? null,
          status: 'open',
          motion: input.kind === 'motion' ? (input.motion ?? null) : null,
          concerns: input.concerns,
        })
        .returning({ id: cases.id });
      if (input.firstStep) await addStepRow(tx, row.id, input.firstStep);
      return row.id;
    },
    present: findCase,
    place: placeOf,
    before: () => null,
  });
  return presentCase(actor, created);
}

export async function updateCase(db: Db, actor: Actor | undefined, id: string, input: UpdateCase): Promise<Case> {
  const after = await change(db, {
    entity: 'case',
    action: 'update',
    load: (tx) => findCase(tx, id),
    authorise: (before) => authorize(actor, 'update', 'meeting', target(before)),
    apply: async (tx, before) => {
      await checkOfficer(tx, input.officerId, before.countyId);
      const { version, ...values } = input;
      await saveVersioned(tx, {
        table: cases,
        entity: 'case',
        id,
        expectedVersion: version,
        values,
        present: current(actor, id),
      });
      return id;
    },
    present: findCase,
    place: placeOf,
  });
  return presentCase(actor, after);
}

/**
 * A new step in the case's path: the question goes on to (or is raised to) another body. The case
 * keeps one history; the § that raised it is named when there is one.
 */
export async function addStep(db: Db, actor: Actor | undefined, id: string, input: AddStep): Promise<Case> {
  const after = await change(db, {
    entity: 'case',
    action: 'update',
    load: (tx) => findCase(tx, id),
    authorise: (before) => authorize(actor, 'update', 'meeting', target(before)),
    apply: async (tx, before) => {
      await bodyInCounty(tx, input.bodyId, before.countyId);
      if (input.raisedFromItemId) {
        const [from] = await tx
          .select({ caseId: items.caseId })
          .from(items)
          .where(eq(items.id, input.raisedFromItemId));
        if (!from || from.caseId !== id)
          throw new AppError('case.item_elsewhere', 'The § that raises the question must be a § of this case', {
            field: 'raisedFromItemId',
          });
      }
      // The version moves with every step, so two secretaries adding steps at once notice each other.
      await saveVersioned(tx, {
        table: cases,
        entity: 'case',
        id,
        expectedVersion: input.version,
        values: {},
        present: current(actor, id),
      });
      await addStepRow(tx, id, input);
      return id;
    },
    present: findCase,
    place: placeOf,
  });
  return presentCase(actor, after);
}
