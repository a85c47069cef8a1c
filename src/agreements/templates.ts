import { and, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { updateVersioned } from '../platform/db/versioned.js';
import { authorize, type Actor } from '../policy/policy.js';
import { recordChange } from '../audit/index.js';
import { findOrganisation } from '../organisations/index.js';
import { populations } from '../organisations/index.js';
import { agreementTemplates, agreements, templateVersions, type TemplateTerms } from './schema.js';
import type { TermsInput } from './contract.js';
import { findSeries, findTemplate, presentAgreements } from './repository.js';
import { checkNoOverlap, checkShares, checkValidity, parseBankgiro, splitByPopulation } from './rules/index.js';
import { addDays, type IsoDate } from './rules/dates.js';
import { agreementError } from './rules/errors.js';

/** Check a template's terms with the pure rules and return them normalised. */
async function checkTerms(tx: Executor, countyId: string, t: TermsInput): Promise<TemplateTerms> {
  checkValidity(t.validFrom as IsoDate, t.validTo as IsoDate);
  checkShares(t.areas.map((a) => ({ area: a.code, basisPoints: a.basisPoints })));
  const bankgiro = parseBankgiro(t.bankgiro);
  if (t.indexSeriesId) {
    const s = await findSeries(tx, t.indexSeriesId);
    if (s.countyId !== countyId)
      throw new AppError('record.not_found', 'The index series belongs to another county', { field: 'indexSeriesId' });
    if (t.indexFromYear == null)
      throw new AppError('request.validation_failed', 'Say from which year the index applies', [
        { field: 'indexFromYear', message: 'required with an index series' },
      ]);
  }
  return {
    ...t,
    bankgiro,
    purpose: t.purpose ?? null,
    insightClause: t.insightClause ?? null,
    followUpClause: t.followUpClause ?? null,
    disputeClause: t.disputeClause ?? null,
    indexSeriesId: t.indexSeriesId ?? null,
    indexFromYear: t.indexFromYear ?? null,
  };
}

const target = (t: { countyId: string; organisationId: string }) => ({
  countyId: t.countyId,
  organisationId: t.organisationId,
});

export async function createTemplate(
  db: Db,
  actor: Actor | undefined,
  input: { organisationId?: string; terms: TermsInput },
) {
  const signedIn = authorize(actor, 'read', 'agreement');
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, input.organisationId ?? signedIn.organisationId);
    const a = authorize(actor, 'create', 'agreement', { countyId: org.countyId, organisationId: org.id });
    const terms = await checkTerms(tx, org.countyId, input.terms);
    const [row] = await tx
      .insert(agreementTemplates)
      .values({ countyId: org.countyId, organisationId: org.id, terms })
      .returning();
    const created = await findTemplate(tx, row.id);
    await recordChange(tx, a, {
      action: 'create',
      entityType: 'agreement_template',
      entityId: row.id,
      ...target(created),
      after: created,
    });
    return created;
  });
}

/** Edit the terms before the template is issued; afterwards changes are new versions. */
export async function updateTemplate(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { terms: TermsInput; version: number },
) {
  return db.transaction(async (tx) => {
    const before = await findTemplate(tx, id);
    const a = authorize(actor, 'update', 'agreement', target(before));
    if (before.versions.length)
      throw new AppError('framework.version_published', 'The template is issued; issue the change as a new version', {
        field: 'terms',
      });
    const terms = await checkTerms(tx, before.countyId, input.terms);
    await updateVersioned(tx, agreementTemplates, 'agreement template', id, input.version, { terms }, () => before);
    const after = await findTemplate(tx, id);
    await recordChange(tx, a, {
      action: 'update',
      entityType: 'agreement_template',
      entityId: id,
      ...target(after),
      before,
      after,
    });
    return after;
  });
}

/**
 * Issue the template to municipalities as identical agreements: version 1 of the terms is fixed,
 * and each municipality gets its yearly amount — entered, or its population share of a county total.
 */
export async function issueTemplate(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: {
    municipalities: { organisationId: string; yearlyAmountOre?: number }[];
    split?: { countyTotalOre: number; populationYear: number };
  },
) {
  return db.transaction(async (tx) => {
    const t = await findTemplate(tx, id);
    const a = authorize(actor, 'update', 'agreement', target(t));
    const missing = input.municipalities.filter((m) => m.yearlyAmountOre == null);
    const split = new Map<string, number>();
    if (missing.length) {
      if (!input.split)
        throw new AppError(
          'request.validation_failed',
          'Give each municipality an amount, or a county total to split by population',
          [{ field: 'split', message: 'required' }],
        );
      const pops = [];
      for (const m of input.municipalities) {
        const [p] = await tx
          .select()
          .from(populations)
          .where(
            and(eq(populations.organisationId, m.organisationId), eq(populations.year, input.split.populationYear)),
          );
        if (!p)
          throw new AppError(
            'request.validation_failed',
            `No population for ${input.split.populationYear} for one of the municipalities`,
            [{ field: 'split.populationYear', message: `missing for ${m.organisationId}` }],
          );
        pops.push({ id: m.organisationId, population: p.population });
      }
      for (const [k, v] of splitByPopulation(input.split.countyTotalOre, pops)) split.set(k, v);
    }
    if (!t.versions.length) {
      await tx
        .insert(templateVersions)
        .values({ templateId: id, number: 1, validFrom: t.terms.validFrom, validTo: null, terms: t.terms, note: null });
    }
    const created: string[] = [];
    for (const m of input.municipalities) {
      const org = await findOrganisation(tx, m.organisationId);
      if (org.countyId !== t.countyId || org.type !== 'municipality') {
        throw new AppError('request.validation_failed', `${org.name} is not a municipality of the county`, [
          { field: 'municipalities', message: org.name },
        ]);
      }
      const [dup] = await tx
        .select({ id: agreements.id })
        .from(agreements)
        .where(and(eq(agreements.templateId, id), eq(agreements.organisationId, org.id), isNull(agreements.parentId)));
      if (dup)
        throw new AppError('record.duplicate', `${org.name} already has this agreement`, {
          field: 'municipalities',
          existingId: dup.id,
        });
      const amount = m.yearlyAmountOre ?? split.get(org.id)!;
      const [row] = await tx
        .insert(agreements)
        .values({
          templateId: id,
          countyId: t.countyId,
          issuerId: t.organisationId,
          organisationId: org.id,
          yearlyAmountOre: amount,
          amountSource: m.yearlyAmountOre == null ? 'population' : 'entered',
        })
        .returning();
      created.push(row.id);
      await recordChange(tx, a, {
        action: 'create',
        entityType: 'agreement',
        entityId: row.id,
        countyId: t.countyId,
        organisationId: org.id,
        after: { template: t.terms.title, party: org.name, yearlyAmountOre: amount },
      });
    }
    const rows = await tx.select().from(agreements).where(inArray(agreements.id, created));
    return presentAgreements(
      tx,
      created.map((c) => rows.find((r) => r.id === c)!),
    );
  });
}

/** A change to the terms as a new version from a date; the previous version ends the day before. */
export async function newTemplateVersion(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { terms: TermsInput; note?: string | null; version: number },
) {
  return db.transaction(async (tx) => {
    const before = await findTemplate(tx, id);
    const a = authorize(actor, 'update', 'agreement', target(before));
    if (!before.versions.length)
      throw new AppError('framework.no_draft', 'Issue the template before versioning it; until then edit it directly');
    const terms = await checkTerms(tx, before.countyId, input.terms);
    const latest = before.versions[0];
    if (terms.validFrom <= latest.validFrom) {
      throw agreementError(
        'agreement.versions_overlap',
        `A new version must start after version ${latest.number}, which starts ${latest.validFrom}`,
        { field: 'terms.validFrom', versions: [latest.number, latest.number + 1] },
      );
    }
    const list = [
      ...before.versions.slice(1).map((v) => ({
        number: v.number,
        validFrom: v.validFrom as IsoDate,
        validTo: (v.validTo ?? null) as IsoDate | null,
      })),
      {
        number: latest.number,
        validFrom: latest.validFrom as IsoDate,
        validTo: addDays(terms.validFrom as IsoDate, -1),
      },
      { number: latest.number + 1, validFrom: terms.validFrom as IsoDate, validTo: null },
    ];
    checkNoOverlap(list);
    await updateVersioned(tx, agreementTemplates, 'agreement template', id, input.version, { terms }, () => before);
    await tx
      .update(templateVersions)
      .set({ validTo: addDays(terms.validFrom as IsoDate, -1) })
      .where(eq(templateVersions.id, latest.id));
    const [{ n }] = await tx
      .select({ n: max(templateVersions.number) })
      .from(templateVersions)
      .where(eq(templateVersions.templateId, id));
    await tx.insert(templateVersions).values({
      templateId: id,
      number: (n ?? 0) + 1,
      validFrom: terms.validFrom,
      validTo: null,
      terms,
      note: input.note ?? null,
    });
    const after = await findTemplate(tx, id);
    await recordChange(tx, a, {
      action: 'publish',
      entityType: 'agreement_template',
      entityId: id,
      ...target(after),
      before: { version: latest.number, terms: latest.terms },
      after: { version: latest.number + 1, terms },
    });
    return after;
  });
}
