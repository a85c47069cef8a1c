import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { change } from '../platform/db/unit-of-work.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { authorize, type Actor } from '../policy/policy.js';
import { abilitiesFor } from '../policy/abilities.js';
import { approvals, caseSteps, cases, items } from './schema.js';
import { ItemContent, type CreateItem, type Item, type ItemRecord, type UpdateItem } from './contract.js';
import { findItem, findMeeting, itemRow, meetingRow, nextItemNumber, participantsOf } from './repository.js';
import { checkItem } from './checks.js';
import { touchProtocol } from './meetings.js';
import { addStepRow } from './cases.js';
import { profileFor } from './law.js';
import { findBody } from '../bodies/index.js';

const target = (m: { countyId: string; organisationId: string }) => ({
  countyId: m.countyId,
  organisationId: m.organisationId,
});

export function presentItemFor(
  actor: Actor | undefined,
  i: ItemRecord,
  m: { countyId: string; organisationId: string },
): Item {
  return { ...i, abilities: abilitiesFor(actor, 'meeting', target(m), ['update']) };
}

/**
 * A § taken on a case becomes a step of the case's path: the open step in this body without a §
 * takes it, or a new decision step is added (the history stays one case).
 */
async function linkCase(tx: Executor, caseId: string, itemId: string, m: { bodyId: string; countyId: string }) {
  const [c] = await tx.select({ countyId: cases.countyId }).from(cases).where(eq(cases.id, caseId));
  if (!c || c.countyId !== m.countyId)
    throw new AppError('record.not_found', `No case ${caseId} in the county`, { field: 'caseId' });
  const [linked] = await tx.select({ id: caseSteps.id }).from(caseSteps).where(eq(caseSteps.itemId, itemId));
  if (linked) return;
  const [waiting] = await tx
    .select({ id: caseSteps.id })
    .from(caseSteps)
    .where(and(eq(caseSteps.caseId, caseId), eq(caseSteps.bodyId, m.bodyId), isNull(caseSteps.itemId)))
    .orderBy(asc(caseSteps.position))
    .limit(1);
  if (waiting) await tx.update(caseSteps).set({ itemId }).where(eq(caseSteps.id, waiting.id));
  else await addStepRow(tx, caseId, { bodyId: m.bodyId, kind: 'decision', itemId });
}

export async function getItem(db: Db, actor: Actor | undefined, meetingId: string, itemId: string): Promise<Item> {
  const m = await meetingRow(db, meetingId);
  authorize(actor, 'read', 'meeting', target(m));
  const i = await findItem(db, itemId);
  if (i.meetingId !== meetingId) throw new AppError('record.not_found', `No § ${itemId} in this meeting`);
  return presentItemFor(actor, i, m);
}

async function assertNumberFree(tx: Executor, bodyId: string, year: number, number: number) {
  const [taken] = await tx
    .select({ id: items.id })
    .from(items)
    .where(and(eq(items.bodyId, bodyId), eq(items.year, year), eq(items.number, number)));
  if (taken)
    throw new AppError('meeting.number_taken', `§ ${number} of ${year} is already used by this body`, {
      field: 'number',
      number,
      year,
    });
}

/** A new § of the meeting, numbered next in the body's year (numbers run on across meetings). */
export async function createItem(
  db: Db,
  actor: Actor | undefined,
  meetingId: string,
  input: CreateItem,
): Promise<Item> {
  let where = { countyId: '', organisationId: '' };
  const created = await change(db, {
    entity: 'meeting_item',
    action: 'create',
    load: (tx) => findMeeting(tx, meetingId),
    authorise: (m) => authorize(actor, 'create', 'meeting', target(m)),
    apply: async (tx, m) => {
      where = target(m);
      await touchProtocol(tx, m);
      const year = Number(m.startDate.slice(0, 4));
      const { title, caseId, number: asked, ...rest } = input;
      const number = asked ?? (await nextItemNumber(tx, m.body.id, year));
      if (asked !== undefined) await assertNumberFree(tx, m.body.id, year, asked);
      const content = ItemContent.parse(rest);
      checkItem(content, number, m.participants, profileFor(m.body.type).rules.tie);
      const [row] = await tx
        .insert(items)
        .values({ meetingId, bodyId: m.body.id, year, number, title, caseId: caseId ?? null, content })
        .returning({ id: items.id });
      if (caseId) await linkCase(tx, caseId, row.id, { bodyId: m.body.id, countyId: m.countyId });
      return row.id;
    },
    present: findItem,
    place: (i) => ({ id: i.id, ...where }),
    before: () => null,
  });
  return presentItemFor(actor, created, where);
}

export async function updateItem(
  db: Db,
  actor: Actor | undefined,
  meetingId: string,
  itemId: string,
  input: UpdateItem,
): Promise<Item> {
  let where = { countyId: '', organisationId: '' };
  const current = (t: Executor) => findItem(t, itemId).then((i) => presentItemFor(actor, i, where));
  const after = await change(db, {
    entity: 'meeting_item',
    action: 'update',
    load: async (tx) => {
      const m = await meetingRow(tx, meetingId);
      const row = await itemRow(tx, itemId);
      if (row.meetingId !== meetingId) throw new AppError('record.not_found', `No § ${itemId} in this meeting`);
      return { m, row };
    },
    authorise: ({ m }) => authorize(actor, 'update', 'meeting', target(m)),
    apply: async (tx, { m, row }) => {
      where = target(m);
      if (row.adjustedAt)
        throw new AppError('meeting.protocol_locked', `§ ${row.number} is adjusted and locked`, { itemId });
      await touchProtocol(tx, m);
      // A change voids the approvals given so far for adjusting this § at once.
      await tx.delete(approvals).where(eq(approvals.itemId, itemId));
      const { version, title, caseId, ...rest } = input;
      const content = ItemContent.parse({ ...(row.content as ItemContent), ...rest });
      checkItem(content, row.number, participantsOf(m), profileFor((await findBody(tx, m.bodyId)).type).rules.tie);
      await saveVersioned(tx, {
        table: items,
        entity: '§',
        id: itemId,
        expectedVersion: version,
        values: { content, ...(title ? { title } : {}), ...(caseId !== undefined ? { caseId } : {}) },
        present: current,
      });
      if (caseId) await linkCase(tx, caseId, itemId, { bodyId: m.bodyId, countyId: m.countyId });
      return itemId;
    },
    present: findItem,
    place: (i) => ({ id: i.id, ...where }),
    before: ({ row }) => row,
  });
  return presentItemFor(actor, after, where);
}
