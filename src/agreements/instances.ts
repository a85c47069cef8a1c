import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { authorize, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { abilitiesFor, mayCreate } from '../policy/abilities.js';
import { agreements, contacts, disputes, notices, signatures } from './schema.js';
import type { Agreement, AgreementRecord, OverviewPage } from './contract.js';
import { findAgreement, listAgreements, renewalTerms, shares } from './repository.js';
import { checkCombinedWithholding, checkNotice } from './rules/index.js';
import type { IsoDate } from './rules/dates.js';
import { agreementError } from './rules/errors.js';

const targetOf = (a: AgreementRecord) => ({ countyId: a.countyId, organisationId: a.party.id });
const placeOf = (a: AgreementRecord) => ({ id: a.id, countyId: a.countyId, organisationId: a.party.id });

/** The agreement as the signed-in person sees it: with what they may do with it. */
export const presentFor = (actor: Actor | undefined, a: AgreementRecord): Agreement => ({
  ...a,
  abilities: abilitiesFor(actor, 'agreement', targetOf(a), ['update']),
});

/** One change to an agreement or its parts (signatures, contacts, notices, disputes) in one unit of work. */
async function changeAgreement(
  db: Db,
  actor: Actor | undefined,
  id: string,
  apply: (tx: Tx, before: AgreementRecord, a: Actor) => Promise<void>,
): Promise<Agreement> {
  const after = await change(db, {
    entity: 'agreement',
    action: 'update',
    load: (tx) => findAgreement(tx, id),
    authorise: (before) => authorize(actor, 'update', 'agreement', targetOf(before)),
    apply: async (tx, before, a) => {
      await apply(tx, before, a);
      return id;
    },
    present: findAgreement,
    place: placeOf,
  });
  return presentFor(actor, after);
}

export async function getAgreement(db: Db, actor: Actor | undefined, id: string): Promise<Agreement> {
  const a = await findAgreement(db, id);
  authorize(actor, 'read', 'agreement', targetOf(a));
  return presentFor(actor, a);
}

/** The agreements the person may see, the next notice deadline first. */
export async function agreementOverview(db: Db, actor: Actor | undefined): Promise<OverviewPage> {
  const a = authorize(actor, 'read', 'agreement');
  const list = await listAgreements(db, scopeFor(a, 'agreement'));
  const items = list
    .map((x) => ({
      id: x.id,
      title: x.title,
      party: x.party,
      status: x.status,
      currentPeriod: x.currentPeriod,
      nextNoticeDeadline: x.nextNoticeDeadline,
      thisYear: x.thisYear,
      openDisputes: x.disputes.filter((d) => !d.settledOn).length,
    }))
    .sort(
      (p, q) =>
        (p.nextNoticeDeadline ?? '9999').localeCompare(q.nextNoticeDeadline ?? '9999') ||
        p.party.name.localeCompare(q.party.name, 'sv'),
    );
  return { items, total: items.length, abilities: { create: mayCreate(a, 'agreement', { countyId: a.countyId }) } };
}

export const updateAgreement = (
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { yearlyAmountOre?: number; title?: string | null; version: number },
) =>
  changeAgreement(db, actor, id, async (tx) => {
    const { version, ...values } = input;
    await saveVersioned(tx, {
      table: agreements,
      entity: 'agreement',
      id,
      expectedVersion: version,
      values: { ...values, ...(values.yearlyAmountOre != null ? { amountSource: 'entered' } : {}) },
      present: async (t) => presentFor(actor, await findAgreement(t, id)),
    });
  });

export const sign = (
  db: Db,
  actor: Actor | undefined,
  id: string,
  party: 'issuer' | 'party',
  input: { signatories: string[]; place: string; signedOn: string },
) =>
  changeAgreement(db, actor, id, async (tx) => {
    await tx.delete(signatures).where(and(eq(signatures.agreementId, id), eq(signatures.party, party)));
    await tx.insert(signatures).values({ agreementId: id, party, ...input });
  });

/** A change of contact person is a new row: the history and the date it was notified in writing stay. */
export const addContact = (
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: {
    party: 'issuer' | 'party';
    name: string;
    title?: string | null;
    email?: string | null;
    phone?: string | null;
    address?: string | null;
    validFrom: string;
    notifiedOn?: string | null;
  },
) =>
  changeAgreement(db, actor, id, async (tx) => {
    await tx.insert(contacts).values({ agreementId: id, ...input });
  });

/**
 * Register a notice of termination. One received after the deadline is refused with the period it
 * applies to instead, unless that period is asked for (`forPeriodEnding`): then it is stored with
 * the day it was received and the end of that later period (issue 10 item 6).
 */
export const registerNotice = (
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { party: 'issuer' | 'party'; receivedOn: string; forPeriodEnding?: string | null },
) =>
  changeAgreement(db, actor, id, async (tx, before, a) => {
    if (before.notices.length)
      throw new AppError(
        'agreement.notice_exists',
        `Notice was already received ${before.notices[0].receivedOn}; the agreement ends ${before.notices[0].endsAt}`,
        { field: 'receivedOn', endsAt: before.notices[0].endsAt },
      );
    if (before.status.status === 'ended')
      throw new AppError('agreement.notice_exists', `The agreement ended ${before.status.endedOn}`, {
        field: 'receivedOn',
        endsAt: before.status.endedOn,
      });
    const accepted = checkNotice({
      terms: renewalTerms(before.terms),
      received: input.receivedOn as IsoDate,
      forPeriodEnding: (input.forPeriodEnding ?? null) as IsoDate | null,
    });
    await tx.insert(notices).values({
      agreementId: id,
      party: input.party,
      receivedOn: input.receivedOn,
      endsAt: accepted.endsAt,
      registeredBy: a.name,
    });
    await tx
      .update(agreements)
      .set({ noticeEndsAt: accepted.endsAt, updatedAt: new Date() })
      .where(eq(agreements.id, id));
  });

/** Open a dispute on areas; the municipality may withhold at most 50 % of those areas' compensation. */
export const openDispute = (
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { areas: string[]; withholdBasisPoints: number; description?: string | null; openedOn: string },
) =>
  changeAgreement(db, actor, id, async (tx, before) => {
    const known = before.terms.areas.map((x) => x.code);
    const unknown = input.areas.filter((x) => !known.includes(x));
    if (unknown.length)
      throw agreementError('agreement.area_unknown', `Not an area of the agreement: ${unknown.join(', ')}`, {
        field: 'areas',
        unknown,
        known,
      });
    checkCombinedWithholding(
      shares(before.terms),
      before.disputes.filter((d) => !d.settledOn),
      { areas: input.areas, withholdBasisPoints: input.withholdBasisPoints },
    );
    if (input.openedOn < before.terms.compensationStart) {
      throw new AppError(
        'request.validation_failed',
        `A dispute cannot start before the compensation does (${before.terms.compensationStart})`,
        [{ field: 'openedOn', message: `before ${before.terms.compensationStart}` }],
      );
    }
    await tx.insert(disputes).values({ agreementId: id, ...input });
  });

export const settleDispute = (
  db: Db,
  actor: Actor | undefined,
  id: string,
  disputeId: string,
  input: {
    settledOn: string;
    settlement: string;
    settledPaidOre?: number | null;
    note?: string | null;
    version: number;
  },
) =>
  changeAgreement(db, actor, id, async (tx, before) => {
    const d = before.disputes.find((x) => x.id === disputeId);
    if (!d) throw notFound('dispute', disputeId);
    if (d.settledOn)
      throw new AppError('agreement.dispute_settled', `The dispute was already settled ${d.settledOn}`, {
        field: 'settledOn',
        settledOn: d.settledOn,
      });
    if (input.settledOn < d.openedOn)
      throw new AppError('request.validation_failed', 'A dispute cannot be settled before it was opened', [
        { field: 'settledOn', message: `before ${d.openedOn}` },
      ]);
    if (input.settlement === 'partly' && input.settledPaidOre == null)
      throw new AppError('request.validation_failed', 'Say how much of the withheld money is paid', [
        { field: 'settledPaidOre', message: 'required for a partial settlement' },
      ]);
    // A stale settlement answers with the whole agreement as it is now (the route's 409 shape).
    await saveVersioned(tx, {
      table: disputes,
      entity: 'dispute',
      id: disputeId,
      expectedVersion: input.version,
      values: {
        settledOn: input.settledOn,
        settlement: input.settlement,
        settledPaidOre: input.settledPaidOre ?? null,
        settlementNote: input.note ?? null,
      },
      present: async (t) => presentFor(actor, await findAgreement(t, id)),
    });
  });

/** A sub-agreement signed besides the main one (§4: "knyts som underavtal"), with its own compensation. */
export async function addSubAgreement(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { title: string; yearlyAmountOre: number },
): Promise<Agreement> {
  const created = await change(db, {
    entity: 'agreement',
    action: 'create',
    load: (tx) => findAgreement(tx, id),
    authorise: (main) => authorize(actor, 'create', 'agreement', targetOf(main)),
    apply: async (tx, main) => {
      const [row] = await tx
        .insert(agreements)
        .values({
          templateId: main.templateId,
          countyId: main.countyId,
          issuerId: main.issuer.id,
          organisationId: main.party.id,
          parentId: id,
          title: input.title,
          yearlyAmountOre: input.yearlyAmountOre,
          amountSource: 'entered',
        })
        .returning({ id: agreements.id });
      return row.id;
    },
    present: findAgreement,
    place: placeOf,
    before: () => null,
  });
  return presentFor(actor, created);
}
