/**
 * Bench data for the assessment benchmark: one programme of N initiatives, each with one full
 * assessment (3 RUS ratings in step 1; 17 goal and 30 target ratings of Agenda 2030 in step 2;
 * 20 actors, 10 conflicts, 15 actions, 4 gates), inserted in bulk with drizzle into a database
 * that already holds the demo county (DEMO_DATA=true). It refers only to real rows: the county,
 * its organisations, people and bodies, and the items of the published Agenda 2030 and demo RUS
 * versions. Every impact's item belongs to one of its assessment's frameworkVersionIds, and
 * every action answers an impact, conflict or actor of its own assessment.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../src/platform/db/database.js';
import { counties } from '../../src/counties/schema.js';
import { organisations } from '../../src/organisations/schema.js';
import { people } from '../../src/people/schema.js';
import { bodies } from '../../src/bodies/schema.js';
import { frameworkItems, frameworks, frameworkVersions } from '../../src/goals/schema.js';
import {
  actions,
  actors,
  assessments,
  conflicts,
  gates,
  impacts,
  initiatives,
  programmes,
} from '../../src/assessments/schema.js';

export interface BenchProgramme {
  programmeId: string;
  initiativeIds: string[];
  assessmentIds: string[];
  rows: number;
}

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];
const pick = <T>(list: T[], i: number) => list[i % list.length];
const EFFECTS = ['positive', 'positive', 'negative', 'both', 'unknown', 'none'] as const;
const STANCES = ['supportive', 'neutral', 'resistant'] as const;
const RELATIONS = ['affects', 'affected', 'both'] as const;
const SEVERITIES = ['low', 'medium', 'high'] as const;
const ACTION_STATUSES = ['planned', 'ongoing', 'done', 'dropped'] as const;
const GATE_DECISIONS = ['continue', 'continue', 'continue', 'rethink'] as const;

async function publishedItems(db: Db, key: string) {
  const [v] = await db
    .select({ id: frameworkVersions.id })
    .from(frameworkVersions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkVersions.frameworkId))
    .where(and(eq(frameworks.key, key), eq(frameworkVersions.status, 'published')));
  if (!v) throw new Error(`no published version of ${key}`);
  const items = await db
    .select()
    .from(frameworkItems)
    .where(eq(frameworkItems.versionId, v.id))
    .orderBy(asc(frameworkItems.sort));
  return { versionId: v.id, items };
}

/** Inserts in chunks so no statement comes near PostgreSQL's 65,535 bind-parameter limit. */
async function insertAll<T extends Parameters<Db['insert']>[0]>(db: Db, table: T, values: Row<T>[]) {
  for (let i = 0; i < values.length; i += 500) await db.insert(table).values(values.slice(i, i + 500) as never);
}

export async function seedBenchProgramme(db: Db, initiativeCount = 100): Promise<BenchProgramme> {
  const [county] = await db.select().from(counties).limit(1);
  if (!county) throw new Error('no county: load the demo data first (DEMO_DATA=true)');
  const orgs = await db
    .select({ id: organisations.id, type: organisations.type })
    .from(organisations)
    .where(eq(organisations.countyId, county.id))
    .orderBy(asc(organisations.name));
  const region = orgs.find((o) => o.type === 'region');
  if (!region) throw new Error('no region organisation in the demo county');
  const orgIds = orgs.map((o) => o.id);
  const personIds = (await db.select({ id: people.id }).from(people).where(inArray(people.organisationId, orgIds))).map(
    (p) => p.id,
  );
  const bodyIds = (await db.select({ id: bodies.id }).from(bodies)).map((b) => b.id);
  const agenda = await publishedItems(db, 'agenda2030');
  const rus = await publishedItems(db, 'rus-jamtland-harjedalen');
  const goals = agenda.items.filter((x) => x.level === 'goal');
  const targets = agenda.items.filter((x) => x.level === 'target');
  const rusGoals = rus.items.filter((x) => x.level === 'goal');
  if (goals.length !== 17 || targets.length < 30 || rusGoals.length < 3)
    throw new Error('unexpected framework content');

  const programmeId = randomUUID();
  await db.insert(programmes).values({
    id: programmeId,
    countyId: county.id,
    organisationId: region.id,
    name: 'Benchmark: programme of 100 initiatives',
    description: 'Bench data (bench/assessments.bench.ts).',
    rusVersionId: rus.versionId,
    stakeholderGroups: ['Medborgare', 'Servicegivare', 'Offentliga intressenter'],
    shared: true,
  });

  const rows = {
    initiatives: [] as Row<typeof initiatives>[],
    assessments: [] as Row<typeof assessments>[],
    gates: [] as Row<typeof gates>[],
    impacts: [] as Row<typeof impacts>[],
    actors: [] as Row<typeof actors>[],
    conflicts: [] as Row<typeof conflicts>[],
    actions: [] as Row<typeof actions>[],
  };
  for (let n = 0; n < initiativeCount; n++) {
    const initiativeId = randomUUID();
    const assessmentId = randomUUID();
    const name = `Insats ${String(n + 1).padStart(3, '0')}: servicepunkter och digital vägledning`;
    rows.initiatives.push({
      id: initiativeId,
      programmeId,
      name,
      description: `Benchinsats nummer ${n + 1}.`,
      stakeholderGroups: ['Medborgare', 'Servicegivare'],
      startDate: '2024-01-01',
      shared: true,
    });
    rows.assessments.push({
      id: assessmentId,
      initiativeId,
      number: 1,
      status: 'in_progress',
      frameworkVersionIds: [rus.versionId, agenda.versionId],
      positionsNeeded: {
        '1': { needed: true, note: 'Avvägning mellan tillgänglighet och klimat.' },
        '2': { needed: n % 2 === 0, note: null },
        '3': { needed: false, note: null },
      },
    });
    for (let step = 1; step <= 4; step++) {
      rows.gates.push({
        assessmentId,
        step,
        decision: pick([...GATE_DECISIONS], n + step),
        reason: `Beslut efter steg ${step}: underlaget räcker för att gå vidare.`,
        decidedBy: 'Johan Lindqvist',
      });
    }

    // Step 1: three RUS goals; step 2: all 17 goals and 30 distinct targets (a window moving with n).
    const impactIds: { id: string; itemId: string }[] = [];
    const impact = (step: 1 | 2, itemId: string, k: number, rank: number | null) => {
      const id = randomUUID();
      const effect = pick([...EFFECTS], n + k);
      const directness = effect === 'unknown' || effect === 'none' ? null : k % 3 === 0 ? 'indirect' : 'direct';
      rows.impacts.push({
        id,
        assessmentId,
        step,
        itemId,
        effect,
        directness,
        motivation: `Motivering ${k + 1}: insatsen påverkar målet genom tillgängligare service.`,
        relevanceRank: rank,
      });
      impactIds.push({ id, itemId });
    };
    for (let k = 0; k < 3; k++) impact(1, pick(rusGoals, n + k).id, k, null);
    goals.forEach((g, k) => impact(2, g.id, 3 + k, k < 5 ? k + 1 : null));
    for (let k = 0; k < 30; k++) impact(2, targets[(n * 7 + k) % targets.length].id, 20 + k, null);

    const actorIds: string[] = [];
    for (let k = 0; k < 20; k++) {
      const id = randomUUID();
      const fromRegister = k % 2 === 0;
      rows.actors.push({
        id,
        assessmentId,
        organisationId: fromRegister ? pick(orgIds, n + k) : null,
        name: fromRegister ? null : `Aktör ${k + 1} (fritt namn)`,
        relation: pick([...RELATIONS], k),
        presence: k % 5 === 4 ? 'missing' : 'present',
        power: (k % 5) + 1,
        interest: ((k * 3 + n) % 5) + 1,
        stance: pick([...STANCES], n + k),
        note: k % 4 === 0 ? 'Behöver involveras tidigare.' : null,
      });
      actorIds.push(id);
    }

    // Seven goal conflicts between two rated items, three conflicts of interest between actors.
    const conflictIds: string[] = [];
    for (let k = 0; k < 10; k++) {
      const id = randomUUID();
      const goal = k < 7;
      const positioned = k % 3 === 0;
      rows.conflicts.push({
        id,
        assessmentId,
        kind: goal ? 'goal' : 'interest',
        foundInStep: goal ? 2 : 3,
        aItemId: goal ? impactIds[3 + k].itemId : null,
        bItemId: goal ? impactIds[20 + k].itemId : null,
        aActorId: goal ? null : actorIds[k],
        bActorId: goal ? null : actorIds[k + 5],
        description: 'Tillgänglig service kräver transporter som ökar utsläppen.',
        severity: pick([...SEVERITIES], n + k),
        status: positioned ? 'position_taken' : 'open',
        positionText: positioned ? 'Tillgången till service väger tyngre; transporterna samordnas.' : null,
        positionBodyId: positioned && bodyIds.length ? pick(bodyIds, k) : null,
        positionDate: positioned ? '2025-03-12' : null,
        positionCaseNumber: positioned ? `RUN/${100 + k}/2025` : null,
      });
      conflictIds.push(id);
    }

    for (let k = 0; k < 15; k++) {
      const type = (['impact', 'conflict', 'actor'] as const)[k % 3];
      const answersId = type === 'impact' ? impactIds[k].id : type === 'conflict' ? conflictIds[k % 10] : actorIds[k];
      rows.actions.push({
        assessmentId,
        title: `Åtgärd ${k + 1}: samordna och följ upp`,
        description: k % 2 ? 'Genomförs tillsammans med kommunerna.' : null,
        answersType: type,
        answersId,
        responsibleOrganisationId: pick(orgIds, n + k),
        responsiblePersonId: k % 3 === 0 && personIds.length ? pick(personIds, k) : null,
        // A third of the deadlines have passed, so some actions are overdue.
        deadline: k % 3 === 0 ? '2024-06-30' : '2030-12-31',
        status: pick([...ACTION_STATUSES], n + k),
      });
    }
  }

  await insertAll(db, initiatives, rows.initiatives);
  await insertAll(db, assessments, rows.assessments);
  await insertAll(db, gates, rows.gates);
  await insertAll(db, impacts, rows.impacts);
  await insertAll(db, actors, rows.actors);
  await insertAll(db, conflicts, rows.conflicts);
  await insertAll(db, actions, rows.actions);
  // Fresh planner statistics, as a database in use would have (autovacuum analyses only after a
  // while): right after a bulk insert PostgreSQL still believes the tables are empty and picks
  // nested loops that make the programme overview's impact query ~8× slower.
  await db.execute(sql`analyze`);
  return {
    programmeId,
    initiativeIds: rows.initiatives.map((r) => r.id!),
    assessmentIds: rows.assessments.map((r) => r.id!),
    rows: Object.values(rows).reduce((s, r) => s + r.length, 1),
  };
}
