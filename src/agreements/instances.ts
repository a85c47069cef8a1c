import { and, eq } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { authorize, type Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import { agreements, contacts, disputes, notices, signatures } from './schema.js';
import type { Agreement } from './contract.js';
import { agreementsOfCounty, findAgreement, renewalTerms, shares } from './repository.js';
import { checkCombinedWithholding, checkNotice } from './rules/index.js';
import type { IsoDate } from './rules/dates.js';
import { agreementError } from './rules/errors.js';

const target = (a: Agreement) => ({ countyId: a.countyId, organisationId: a.party.id });

async function change(
  db: Db,
  actor: Actor | undefined,
  id: string,
  what: string,
  fn: (tx: Parameters<Parameters<Db['transaction']>[0]>[0], before: Agreement, a: Actor) => Promise<void>,
) {
  return db.transaction(async (tx) => {
    const before = await findAgreement(tx, id);
    const a = authorize(actor, 'update', 'agreement', target(before));
    await fn(tx, before, a);
    const after = await findAgreement(tx, id);
    await recordChange(tx, a, {
      action: 'update',
      entityType: 'agreement',
      entityId: id,
      ...target(after),
      before: { change: what, ...before },
      after: { change: what, ...after },
    });
    return after;
  });
}

export async function getAgreement(db: Db, actor: Actor | undefined, id: string) {
  const a = await findAgreement(db, id);
  authorize(actor, 'read', 'agreement', target(a));
  return a;
}

/** All agreements of the county, the next notice deadline first. */
export async function agreementOverview(db: Db, actor: Actor | undefined) {
  const a = authorize(actor, 'read', 'agreement');
  const list = await agreementsOfCounty(db, a.role === 'admin' ? null : a.countyId);
  return list
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
}

export const updateAgreement = (
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { yearlyAmountOre?: number; title?: string | null; version: number },
) =>
  change(db, actor, id, 'amount', async (tx, before) => {
    const { version, ...values } = input;
    await updateVersioned(
      tx,
      agreements,
      'agreement',
      id,
      version,
      { ...values, ...(values.yearlyAmountOre != null ? { amountSource: 'entered' } : {}) },
      () => before,
    );
  });

export const sign = (
  db: Db,
  actor: Actor | undefined,
  id: string,
  party: 'issuer' | 'party',
  input: { signatories: string[]; place: string; signedOn: string },
) =>
  change(db, actor, id, 'signature', async (tx) => {
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
  change(db, actor, id, 'contact', async (tx) => {
    await tx.insert(contacts).values({ agreementId: id, ...input });
  });

/** Register a notice of termination; one received after the deadline is refused with the date that applies instead. */
export const registerNotice = (
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { party: 'issuer' | 'party'; receivedOn: string },
) =>
  change(db, actor, id, 'notice', async (tx, before, a) => {
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
    const accepted = checkNotice({ terms: renewalTerms(before.terms), received: input.receivedOn as IsoDate });
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
  change(db, actor, id, 'dispute', async (tx, before) => {
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
  change(db, actor, id, 'settlement', async (tx, before) => {
    const d = before.disputes.find((x) => x.id === disputeId);
    if (!d) throw notFound('dispute', disputeId);
    if (d.settledOn) throw new AppError('record.archived', 'The dispute is already settled');
    if (input.settledOn < d.openedOn)
      throw new AppError('request.validation_failed', 'A dispute cannot be settled before it was opened', [
        { field: 'settledOn', message: `before ${d.openedOn}` },
      ]);
    if (input.settlement === 'partly' && input.settledPaidOre == null)
      throw new AppError('request.validation_failed', 'Say how much of the withheld money is paid', [
        { field: 'settledPaidOre', message: 'required for a partial settlement' },
      ]);
    await updateVersioned(
      tx,
      disputes,
      'dispute',
      disputeId,
      input.version,
      {
        settledOn: input.settledOn,
        settlement: input.settlement,
        settledPaidOre: input.settledPaidOre ?? null,
        settlementNote: input.note ?? null,
      },
      () => d,
    );
  });

/** A sub-agreement signed besides the main one (§4: "knyts som underavtal"), with its own compensation. */
export async function addSubAgreement(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { title: string; yearlyAmountOre: number },
) {
  return db.transaction(async (tx) => {
    const main = await findAgreement(tx, id);
    const a = authorize(actor, 'create', 'agreement', target(main));
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
      .returning();
    const created = await findAgreement(tx, row.id);
    await recordChange(tx, a, {
      action: 'create',
      entityType: 'agreement',
      entityId: row.id,
      ...target(created),
      after: created,
    });
    return created;
  });
}
