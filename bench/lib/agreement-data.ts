/**
 * Bench data for the agreements benchmark (issue 4): Sweden's 290 municipalities as bench
 * municipalities of the demo county, each with the demo's collaboration agreement.
 *
 * Into a database that already holds the demo county (DEMO_DATA=true, which issued the demo
 * template to its eight municipalities):
 * - 290 organisations of type municipality (codes 5000–5289, clear of the demo's 23xx codes) and
 *   their population at 31 December 2024, inserted in bulk. The populations follow Sweden's
 *   shape (see benchPopulations: ≈ 985,000 down to ≈ 2,000, median ≈ 15,000, ≈ 7.9 M in all) and
 *   are deterministic, so every run has the same amounts.
 * - An index series "LPIX (bench)" with a value for every year 2016–2036, through the use cases.
 * - A template with the demo template's terms (title marked as bench, the bench series), created
 *   and issued to all 290 through the real use case `issueTemplate`, which splits a county total by
 *   population (the demo's rate: Bräcke's 443 000 kr a year for 6,035 inhabitants).
 * - Both signatures and a contact person per party for each agreement (as the demo's agreements
 *   have), in bulk, so each agreement is "in force"; and an open dispute on area B (50 %
 *   withheld from 2024-03-01) on every tenth agreement, through the use case `openDispute`, so
 *   some plans have withheld months.
 * Then ANALYZE, as a database in use would have planner statistics.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../src/platform/db/database.js';
import type { Actor, Role } from '../../src/policy/policy.js';
import { counties } from '../../src/counties/schema.js';
import { organisations, populations } from '../../src/organisations/schema.js';
import { people, users } from '../../src/people/schema.js';
import { agreementTemplates, agreements, contacts, signatures } from '../../src/agreements/schema.js';
import { createSeries, setIndexValue } from '../../src/agreements/index-series.js';
import { createTemplate, issueTemplate } from '../../src/agreements/templates.js';
import { openDispute } from '../../src/agreements/instances.js';
import { municipalities as demoMunicipalities } from '../../src/app/demo/county.js';

export const BENCH_MUNICIPALITIES = 290;
export const INDEX_YEARS = { from: 2016, to: 2036 } as const;

export interface BenchAgreements {
  countyId: string;
  templateId: string;
  /** The 290 bench agreements, in municipality-code order. */
  agreementIds: string[];
  /** Agreement ids with an open dispute (every tenth). */
  disputedIds: string[];
  populationTotal: number;
  countyTotalOre: number;
  ms: { municipalities: number; seriesAndTemplate: number; issue: number; extras: number };
}

/** The signed-in actor of a demo user, as loadSession builds it. */
export async function actorOf(db: Db, email: string): Promise<Actor> {
  const [r] = await db
    .select({
      userId: users.id,
      role: users.role,
      email: users.email,
      personId: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      organisationId: people.organisationId,
      countyId: organisations.countyId,
    })
    .from(users)
    .innerJoin(people, eq(people.id, users.personId))
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .where(eq(users.email, email));
  if (!r) throw new Error(`no user ${email}`);
  return {
    userId: r.userId,
    personId: r.personId,
    organisationId: r.organisationId,
    countyId: r.countyId,
    role: r.role as Role,
    name: `${r.givenName} ${r.familyName}`,
    email: r.email,
  };
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
function probit(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - lo) return -probit(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/** Roughly Sweden's ten largest municipalities (Stockholm, Göteborg, Malmö, Uppsala, …). */
const LARGEST = [984_748, 604_616, 362_133, 245_000, 167_000, 160_000, 158_000, 152_000, 136_000, 125_000];

/**
 * Populations shaped like Sweden's 290 municipalities: the ten largest as above, the rest
 * log-normal quantiles (median 15,000, σ = 0.7, smallest ≈ 2,000). Ordered by code, the sizes are
 * interleaved so neighbouring codes differ (as real codes do).
 */
export function benchPopulations(n = BENCH_MUNICIPALITIES): number[] {
  const sizes = Array.from({ length: n }, (_, i) => Math.round(15_000 * Math.exp(0.7 * probit((i + 0.5) / n))));
  sizes.sort((x, y) => y - x);
  LARGEST.forEach((v, i) => i < n && (sizes[i] = v));
  // A fixed permutation (multiply by a number coprime with n), so the order is not sorted.
  const step = [97, 89, 83, 79].find((s) => gcd(s, n) === 1)!;
  return sizes.map((_, i) => sizes[(i * step) % n]);
}
const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);

async function insertAll<T extends Parameters<Db['insert']>[0]>(db: Db, table: T, values: T['$inferInsert'][]) {
  for (let i = 0; i < values.length; i += 500) await db.insert(table).values(values.slice(i, i + 500) as never);
}

export async function seedBenchAgreements(
  db: Db,
  actor: Actor,
  count = BENCH_MUNICIPALITIES,
): Promise<BenchAgreements> {
  const [county] = await db.select().from(counties).limit(1);
  if (!county) throw new Error('no county: load the demo data first (DEMO_DATA=true)');
  const [demo] = await db.select().from(agreementTemplates).where(eq(agreementTemplates.countyId, county.id)).limit(1);
  if (!demo) throw new Error('the demo county has no agreement template');

  // 1. 290 municipalities and their populations, in bulk.
  let t = performance.now();
  const pops = benchPopulations(count);
  const orgRows = pops.map((_, i) => ({
    countyId: county.id,
    type: 'municipality',
    name: `Bänkby ${String(i + 1).padStart(3, '0')} kommun`,
    municipalityCode: String(5000 + i),
  }));
  const clash = await db
    .select({ code: organisations.municipalityCode })
    .from(organisations)
    .where(
      inArray(
        organisations.municipalityCode,
        orgRows.map((o) => o.municipalityCode),
      ),
    );
  if (clash.length) throw new Error(`municipality codes already in use: ${clash.map((c) => c.code).join(', ')}`);
  const orgIds: string[] = [];
  for (let i = 0; i < orgRows.length; i += 500) {
    const inserted = await db
      .insert(organisations)
      .values(orgRows.slice(i, i + 500))
      .returning({ id: organisations.id, code: organisations.municipalityCode });
    const byCode = new Map(inserted.map((r) => [r.code, r.id]));
    orgIds.push(...orgRows.slice(i, i + 500).map((o) => byCode.get(o.municipalityCode)!));
  }
  await insertAll(
    db,
    populations,
    orgIds.map((organisationId, i) => ({
      organisationId,
      year: 2024,
      population: pops[i],
      asOf: '2024-12-31',
      source: 'Benchdata (Sverigeliknande fördelning, ej SCB)',
    })),
  );
  const municipalitiesMs = performance.now() - t;

  // 2. The index series and the template, through the use cases.
  t = performance.now();
  const series = await createSeries(db, actor, {
    name: 'LPIX (bench)',
    description: 'Benchvärden, inte verkliga LPIX-värden.',
  });
  for (let year = INDEX_YEARS.from; year <= INDEX_YEARS.to; year++) {
    const basisPoints = 160 + ((year * 37) % 360); // 1,60–5,19 %
    await setIndexValue(db, actor, series.id, year, {
      basisPoints,
      source: 'Benchvärde (ej verkligt LPIX)',
      preliminary: year >= 2026,
    });
  }
  const { title, ...terms } = demo.terms;
  const template = await createTemplate(db, actor, {
    organisationId: demo.organisationId,
    terms: { ...terms, title: `${title} (bench, 290 kommuner)`, indexSeriesId: series.id },
  });
  const seriesAndTemplateMs = performance.now() - t;

  // 3. Issue it to all 290, splitting a county total by population at the demo's rate per inhabitant.
  const bracke = demoMunicipalities.find((m) => m.key === 'bracke')!;
  const populationTotal = pops.reduce((s, p) => s + p, 0);
  const countyTotalOre = Math.round((44_300_000 * populationTotal) / bracke.population);
  t = performance.now();
  const issued = await issueTemplate(db, actor, template.id, {
    municipalities: orgIds.map((organisationId) => ({ organisationId })),
    split: { countyTotalOre, populationYear: 2024 },
  });
  const issueMs = performance.now() - t;
  const idByOrg = new Map(issued.map((a) => [a.party.id, a.id]));
  const agreementIds = orgIds.map((o) => idByOrg.get(o)!);
  if (agreementIds.some((id) => !id) || agreementIds.length !== count)
    throw new Error('issueTemplate did not return one agreement per municipality');

  // 4. Signatures and contacts (bulk), disputes on every tenth (use case), ANALYZE.
  t = performance.now();
  await insertAll(
    db,
    signatures,
    agreementIds.flatMap((agreementId, i) => [
      {
        agreementId,
        party: 'issuer',
        signatories: ['Regionråd (fiktivt)', 'Regiondirektör (fiktivt)'],
        place: 'Östersund',
        signedOn: '2014-12-08',
      },
      {
        agreementId,
        party: 'party',
        signatories: ['Kommunstyrelsens ordförande (fiktivt)', 'Kommunchef (fiktivt)'],
        place: `Bänkby ${i + 1}`,
        signedOn: '2014-12-10',
      },
    ]),
  );
  await insertAll(
    db,
    contacts,
    agreementIds.flatMap((agreementId, i) => [
      {
        agreementId,
        party: 'issuer',
        name: 'Johan Lindqvist',
        title: 'Regional utvecklingsstrateg',
        email: 'samordnare@samsyn.example',
        validFrom: '2014-12-08',
      },
      {
        agreementId,
        party: 'party',
        name: `Kommunchef ${i + 1}`,
        title: 'Kommunchef',
        email: `kommunchef.${5000 + i}@samsyn.example`,
        validFrom: '2014-12-08',
      },
    ]),
  );
  const disputedIds = agreementIds.filter((_, i) => i % 10 === 0);
  for (const id of disputedIds) {
    await openDispute(db, actor, id, {
      areas: ['B'],
      withholdBasisPoints: 5000,
      description: 'Benchtvist: oenighet om uppföljningen av område B.',
      openedOn: '2024-03-01',
    });
  }
  await db.execute(sql`analyze`);
  const extrasMs = performance.now() - t;

  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(agreements)
    .where(and(eq(agreements.templateId, template.id)));
  if (Number(n) !== count) throw new Error(`expected ${count} bench agreements, found ${n}`);
  return {
    countyId: county.id,
    templateId: template.id,
    agreementIds,
    disputedIds,
    populationTotal,
    countyTotalOre,
    ms: { municipalities: municipalitiesMs, seriesAndTemplate: seriesAndTemplateMs, issue: issueMs, extras: extrasMs },
  };
}
