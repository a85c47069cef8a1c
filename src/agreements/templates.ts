import { and, eq, inArray, isNull, max } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { change } from '../platform/db/unit-of-work.js';
import { authorize, type Actor } from '../policy/policy.js';
import { scopeFor } from '../policy/scope.js';
import { abilitiesFor, mayCreate } from '../policy/abilities.js';
import { recordChange } from '../audit/index.js';
import { findOrganisation, populationsIn } from '../organisations/index.js';
import { agreementTemplates, agreements, templateVersions, type TemplateTerms } from './schema.js';
import type { Agreement, TermsInput, Template, TemplatePage, TemplateRecord } from './contract.js';
import { findSeries, findTemplate, listTemplates, presentAgreements } from './repository.js';
import { presentFor as presentAgreement } from './instances.js';
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
const placeOf = (t: TemplateRecord) => ({ id: t.id, ...target(t) });

/** The template as the signed-in person sees it: with what they may do with it. */
export const presentTemplate = (actor: Actor | undefined, t: TemplateRecord): Template => ({
  ...t,
  abilities: abilitiesFor(actor, 'agreement', target(t), ['update']),
});

export async function getTemplate(db: Db, actor: Actor | undefined, id: string): Promise<Template> {
  const t = await findTemplate(db, id);
  authorize(actor, 'read', 'agreement', target(t));
  return presentTemplate(actor, t);
}

/** The templates the person may see, newest first, and whether they may write a new one. */
export async function searchTemplates(db: Db, actor: Actor | undefined): Promise<TemplatePage> {
  const a = authorize(actor, 'read', 'agreement');
  const items = (await listTemplates(db, scopeFor(a, 'agreement'))).map((t) => presentTemplate(a, t));
  return { items, total: items.length, abilities: { create: mayCreate(a, 'agreement', { countyId: a.countyId }) } };
}

export async function createTemplate(
  db: Db,
  actor: Actor | undefined,
  input: { organisationId?: string; terms: TermsInput },
): Promise<Template> {
  const signedIn = authorize(actor, 'read', 'agreement');
  const created = await change(db, {
    entity: 'agreement_template',
    action: 'create',
    load: (tx) => findOrganisation(tx, input.organisationId ?? signedIn.organisationId),
    authorise: (org) => authorize(actor, 'create', 'agreement', { countyId: org.countyId, organisationId: org.id }),
    apply: async (tx, org) => {
      const terms = await checkTerms(tx, org.countyId, input.terms);
      const [row] = await tx
        .insert(agreementTemplates)
        .values({ countyId: org.countyId, organisationId: org.id, terms })
        .returning({ id: agreementTemplates.id });
      return row.id;
    },
    present: findTemplate,
    place: placeOf,
    before: () => null,
  });
  return presentTemplate(actor, created);
}

/** Edit the terms before the template is issued; afterwards changes are new versions. */
export async function updateTemplate(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { terms: TermsInput; version: number },
): Promise<Template> {
  const after = await change(db, {
    entity: 'agreement_template',
    action: 'update',
    load: (tx) => findTemplate(tx, id),
    authorise: (before) => authorize(actor, 'update', 'agreement', target(before)),
    apply: async (tx, before) => {
      if (before.versions.length)
        throw new AppError('agreement.template_issued', 'The template is issued; issue the change as a new version', {
          field: 'terms',
        });
      const terms = await checkTerms(tx, before.countyId, input.terms);
      await saveVersioned(tx, {
        table: agreementTemplates,
        entity: 'agreement template',
        id,
        expectedVersion: input.version,
        values: { terms },
        present: async (t) => presentTemplate(actor, await findTemplate(t, id)),
      });
      return id;
    },
    present: findTemplate,
    place: placeOf,
  });
  return presentTemplate(actor, after);
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
): Promise<Agreement[]> {
  // Several records at once, each with its own audit entry, in one transaction.
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
      const year = input.split.populationYear;
      const known = await populationsIn(
        tx,
        input.municipalities.map((m) => m.organisationId),
        year,
      );
      const pops = input.municipalities.map((m) => {
        const population = known.get(m.organisationId);
        if (population == null)
          throw new AppError('request.validation_failed', `No population for ${year} for one of the municipalities`, [
            { field: 'split.populationYear', message: `missing for ${m.organisationId}` },
          ]);
        return { id: m.organisationId, population };
      });
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
    const issued = await presentAgreements(
      tx,
      created.map((c) => rows.find((r) => r.id === c)!),
    );
    return issued.map((x) => presentAgreement(a, x));
  });
}

/** A change to the terms as a new version from a date; the previous version ends the day before. */
export async function newTemplateVersion(
  db: Db,
  actor: Actor | undefined,
  id: string,
  input: { terms: TermsInput; note?: string | null; version: number },
): Promise<Template> {
  const after = await change(db, {
    entity: 'agreement_template',
    action: 'publish',
    load: (tx) => findTemplate(tx, id),
    authorise: (before) => authorize(actor, 'update', 'agreement', target(before)),
    apply: async (tx, before) => {
      if (!before.versions.length)
        throw new AppError(
          'agreement.template_not_issued',
          'Issue the template before versioning it; until then edit it directly',
          { field: 'terms' },
        );
      const terms = await checkTerms(tx, before.countyId, input.terms);
      const latest = before.versions[0];
      if (terms.validFrom <= latest.validFrom) {
        throw agreementError(
          'agreement.versions_overlap',
          `A new version must start after version ${latest.number}, which starts ${latest.validFrom}`,
          { field: 'terms.validFrom', versions: [latest.number, latest.number + 1] },
        );
      }
      checkNoOverlap([
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
      ]);
      await saveVersioned(tx, {
        table: agreementTemplates,
        entity: 'agreement template',
        id,
        expectedVersion: input.version,
        values: { terms },
        present: async (t) => presentTemplate(actor, await findTemplate(t, id)),
      });
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
      return id;
    },
    present: findTemplate,
    place: placeOf,
  });
  return presentTemplate(actor, after);
}
