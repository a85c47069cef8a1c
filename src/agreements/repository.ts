import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../platform/db/database.js';
import { notFound } from '../platform/errors.js';
import { todayIso as swedishToday } from '../platform/today.js';
import { AppError } from '../platform/errors.js';
import { organisationNames } from '../organisations/index.js';
import {
  agreementTemplates,
  agreements,
  contacts,
  disputes,
  indexSeries,
  indexValues,
  notices,
  signatures,
  templateVersions,
  type TemplateTerms,
} from './schema.js';
import type { AgreementRecord, IndexSeriesRecord, TemplateRecord } from './contract.js';
import { scopeWhere, type Scope } from '../policy/scope.js';
import {
  agreementStatus,
  currentPeriod,
  periods,
  withheldOre,
  yearlyAmount,
  type IndexValue,
  type RenewalTerms,
} from './rules/index.js';
import { addYears, type IsoDate } from './rules/dates.js';

export const todayIso = (): IsoDate => swedishToday() as IsoDate;
export const renewalTerms = (t: TemplateTerms): RenewalTerms => ({
  validFrom: t.validFrom as IsoDate,
  validTo: t.validTo as IsoDate,
  extensionYears: t.extensionYears,
  noticeMonths: t.noticeMonths,
});
export const shares = (t: TemplateTerms) => t.areas.map((a) => ({ area: a.code, basisPoints: a.basisPoints }));

export async function findTemplate(db: Executor, id: string): Promise<TemplateRecord> {
  const [t] = await db.select().from(agreementTemplates).where(eq(agreementTemplates.id, id));
  if (!t) throw notFound('agreement template', id);
  const r = {
    t,
    organisationName: (await organisationNames(db, [t.organisationId])).get(t.organisationId)?.name ?? '',
  };
  const versions = await db
    .select()
    .from(templateVersions)
    .where(eq(templateVersions.templateId, id))
    .orderBy(desc(templateVersions.number));
  const instances = await db.select({ id: agreements.id }).from(agreements).where(eq(agreements.templateId, id));
  return {
    id: r.t.id,
    countyId: r.t.countyId,
    organisationId: r.t.organisationId,
    organisationName: r.organisationName,
    terms: r.t.terms,
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      validFrom: v.validFrom,
      validTo: v.validTo,
      note: v.note,
      issuedAt: v.issuedAt.toISOString(),
      terms: v.terms,
    })),
    agreementCount: instances.length,
    version: r.t.version,
    createdAt: r.t.createdAt.toISOString(),
    updatedAt: r.t.updatedAt.toISOString(),
  };
}

export async function seriesValues(db: Executor, seriesId: string | null): Promise<IndexValue[]> {
  if (!seriesId) return [];
  const rows = await db
    .select()
    .from(indexValues)
    .where(eq(indexValues.seriesId, seriesId))
    .orderBy(asc(indexValues.year));
  return rows.map((r) => ({ year: r.year, basisPoints: r.basisPoints, source: r.source, preliminary: r.preliminary }));
}

export async function findSeries(db: Executor, id: string): Promise<IndexSeriesRecord> {
  const [s] = await db.select().from(indexSeries).where(eq(indexSeries.id, id));
  if (!s) throw notFound('index series', id);
  return {
    id: s.id,
    countyId: s.countyId,
    name: s.name,
    description: s.description,
    values: await seriesValues(db, id),
    version: s.version,
  };
}

/** The terms in force for an agreement: the latest issued version of its template. */
export async function termsOf(db: Executor, templateId: string) {
  const [v] = await db
    .select()
    .from(templateVersions)
    .where(eq(templateVersions.templateId, templateId))
    .orderBy(desc(templateVersions.number))
    .limit(1);
  if (!v) throw new AppError('record.not_found', 'The template has not been issued');
  return { terms: v.terms, number: v.number };
}

/** The yearly amount with the index, or why it cannot be computed (a missing index year). */
export function amountFor(base: number, terms: TemplateTerms, series: IndexValue[], year: number) {
  if (!terms.indexSeriesId || terms.indexFromYear == null) return { amountOre: base, applied: [] as IndexValue[] };
  return yearlyAmount(base, { fromYear: terms.indexFromYear, series }, year);
}

export async function findAgreement(db: Executor, id: string): Promise<AgreementRecord> {
  const [r] = await db.select().from(agreements).where(eq(agreements.id, id));
  if (!r) throw notFound('agreement', id);
  return (await presentAgreements(db, [r]))[0];
}

export async function presentAgreements(
  db: Executor,
  rows: (typeof agreements.$inferSelect)[],
): Promise<AgreementRecord[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const orgIds = [...new Set(rows.flatMap((r) => [r.issuerId, r.organisationId]))];
  const orgs = await organisationNames(db, orgIds);
  const [sigs, cons, nots, disps, subs] = [
    await db.select().from(signatures).where(inArray(signatures.agreementId, ids)),
    await db
      .select()
      .from(contacts)
      .where(inArray(contacts.agreementId, ids))
      .orderBy(desc(contacts.validFrom), desc(contacts.createdAt)),
    await db.select().from(notices).where(inArray(notices.agreementId, ids)).orderBy(asc(notices.receivedOn)),
    await db.select().from(disputes).where(inArray(disputes.agreementId, ids)).orderBy(asc(disputes.openedOn)),
    await db
      .select({ id: agreements.id, title: agreements.title, parentId: agreements.parentId })
      .from(agreements)
      .where(inArray(agreements.parentId, ids)),
  ];
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  // Terms, index and periods depend on the template and today only: computed once per template.
  const termsByTemplate = new Map<
    string,
    { terms: TemplateTerms; number: number; series: IndexValue[]; list: ReturnType<typeof periods> }
  >();
  for (const templateId of new Set(rows.map((r) => r.templateId))) {
    const t = await termsOf(db, templateId);
    termsByTemplate.set(templateId, {
      ...t,
      series: await seriesValues(db, t.terms.indexSeriesId),
      list: periods(renewalTerms(t.terms), addYears(today, 10)),
    });
  }
  const group = <T extends { agreementId: string }>(list: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of list) m.set(x.agreementId, [...(m.get(x.agreementId) ?? []), x]);
    return m;
  };
  const [sigsBy, consBy, notsBy, dispsBy] = [group(sigs), group(cons), group(nots), group(disps)];
  const subsBy = new Map<string, typeof subs>();
  for (const x of subs) if (x.parentId) subsBy.set(x.parentId, [...(subsBy.get(x.parentId) ?? []), x]);
  return rows.map((r) => {
    const { terms, number, series, list } = termsByTemplate.get(r.templateId)!;
    const renewal = renewalTerms(terms);
    const endsAt = r.noticeEndsAt ?? r.terminatedAt;
    const visible = endsAt ? list.filter((p) => p.start <= endsAt) : list;
    const current = currentPeriod(visible, today);
    const next = visible.find((p) => p.noticeDeadline >= today && !endsAt) ?? null;
    const mySigs = sigsBy.get(r.id) ?? [];
    const status = agreementStatus(
      {
        signatures: (['issuer', 'party'] as const).map((party) => ({
          party,
          signedOn: (mySigs.find((s) => s.party === party)?.signedOn ?? null) as IsoDate | null,
        })),
        terms: renewal,
        terminatedAt: r.terminatedAt as IsoDate | null,
        noticeEndsAt: r.noticeEndsAt as IsoDate | null,
      },
      today,
    );
    let thisYear: AgreementRecord['thisYear'];
    try {
      thisYear = { year, amountOre: amountFor(r.yearlyAmountOre, terms, series, year).amountOre, error: null };
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      thisYear = { year, amountOre: null, error: { code: e.code, details: e.details } };
    }
    const myContacts = (consBy.get(r.id) ?? []).map((c) => ({
      ...c,
      party: c.party as 'issuer' | 'party',
      createdAt: c.createdAt.toISOString(),
    }));
    const issuer = orgs.get(r.issuerId)!;
    const party = orgs.get(r.organisationId)!;
    const monthly = Math.floor((thisYear.amountOre ?? r.yearlyAmountOre) / 12);
    return {
      id: r.id,
      templateId: r.templateId,
      versionNumber: number,
      countyId: r.countyId,
      title: r.title ?? terms.title,
      issuer: { id: issuer.id, name: issuer.name },
      party: { id: party.id, name: party.name, municipalityCode: party.municipalityCode },
      parentId: r.parentId,
      subAgreements: (subsBy.get(r.id) ?? []).map((s) => ({ id: s.id, title: s.title ?? '' })),
      terms,
      yearlyAmountOre: r.yearlyAmountOre,
      amountSource: r.amountSource as 'entered' | 'population',
      status: {
        status: status.status,
        endsOn: status.status === 'in_force' ? status.endsOn : null,
        reason: status.status === 'ended' ? status.reason : null,
        endedOn: status.status === 'ended' ? status.endedOn : null,
      },
      periods: visible,
      currentPeriod: current,
      nextNoticeDeadline: next?.noticeDeadline ?? null,
      thisYear,
      signatures: mySigs.map((s) => ({
        party: s.party as 'issuer' | 'party',
        signatories: s.signatories,
        place: s.place,
        signedOn: s.signedOn,
      })),
      contacts: (['issuer', 'party'] as const).flatMap((p) => myContacts.filter((c) => c.party === p).slice(0, 1)),
      contactHistory: myContacts,
      notices: (notsBy.get(r.id) ?? []).map((n) => ({
        id: n.id,
        party: n.party as 'issuer' | 'party',
        receivedOn: n.receivedOn,
        endsAt: n.endsAt,
        registeredBy: n.registeredBy,
      })),
      disputes: (dispsBy.get(r.id) ?? []).map((d) => ({
        id: d.id,
        areas: d.areas,
        withholdBasisPoints: d.withholdBasisPoints,
        description: d.description,
        openedOn: d.openedOn,
        settledOn: d.settledOn,
        settlement: d.settlement as 'paid_later' | 'kept' | 'partly' | null,
        settledPaidOre: d.settledPaidOre,
        settlementNote: d.settlementNote,
        withheldPerMonthOre: withheldOre(monthly, shares(terms), {
          areas: d.areas,
          withholdBasisPoints: d.withholdBasisPoints,
        }),
        version: d.version,
      })),
      version: r.version,
    };
  });
}

/** The agreements the scope lets the person see. */
export async function listAgreements(db: Executor, scope: Scope): Promise<AgreementRecord[]> {
  const rows = await db
    .select()
    .from(agreements)
    .where(scopeWhere(scope, { countyId: agreements.countyId }));
  return presentAgreements(db, rows);
}

/** The templates the scope lets the person see, newest first. */
export async function listTemplates(db: Executor, scope: Scope): Promise<TemplateRecord[]> {
  const rows = await db
    .select({ id: agreementTemplates.id })
    .from(agreementTemplates)
    .where(scopeWhere(scope, { countyId: agreementTemplates.countyId }))
    .orderBy(desc(agreementTemplates.createdAt));
  const out: TemplateRecord[] = [];
  for (const r of rows) out.push(await findTemplate(db, r.id));
  return out;
}

/** The index series the scope lets the person see, by name. */
export async function listSeries(db: Executor, scope: Scope): Promise<IndexSeriesRecord[]> {
  const rows = await db
    .select({ id: indexSeries.id })
    .from(indexSeries)
    .where(scopeWhere(scope, { countyId: indexSeries.countyId }))
    .orderBy(asc(indexSeries.name));
  const out: IndexSeriesRecord[] = [];
  for (const r of rows) out.push(await findSeries(db, r.id));
  return out;
}
