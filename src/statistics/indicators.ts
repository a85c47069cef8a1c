/**
 * Indicator sets tied to goals (issue 13 item 5): the sets and their indicators (changes through
 * `change()`, versioned, audited), and what people read of them: the set page, the indicator page
 * and the indicators linked to goals being judged. The rules of trend and target: indicator-rules.ts.
 * Policy subject 'statistics': everyone in the county reads; coordinators (and administrators) change.
 */
import { and, asc, count, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { Db, Executor } from '../platform/db/database.js';
import { AppError, notFound } from '../platform/errors.js';
import { change } from '../platform/db/unit-of-work.js';
import { saveVersioned } from '../platform/db/versioned.js';
import { authorize, can, type Actor } from '../policy/policy.js';
import { abilitiesFor, mayCreate } from '../policy/abilities.js';
import { scopeFor, scopeWhere } from '../policy/scope.js';
import { findCounty } from '../counties/index.js';
import { findOrganisation, organisationsOfCounty } from '../organisations/index.js';
import { frameworkItemsById, frameworkVersionsById } from '../goals/index.js';
import type { StatisticsSource } from './contract.js';
import {
  statisticsIndicatorGoals,
  statisticsIndicators,
  statisticsIndicatorSets,
  statisticsKpis,
  statisticsValues,
} from './schema.js';
import {
  baseline,
  countyFigure,
  equalityRatio,
  latest,
  measured,
  measuredSeries,
  standing,
  targetStatus,
  trend,
  type Direction,
  type YearFigures,
} from './indicator-rules.js';
import { COUNTRY_CODE, regionCode, sourceLabel } from './rules.js';
import type {
  CreateIndicator,
  CreateIndicatorSet,
  GoalRef,
  IndicatorPage,
  IndicatorSet,
  IndicatorSetSummary,
  IndicatorSummary,
  LinkedIndicators,
  UpdateIndicator,
  UpdateIndicatorSet,
} from './indicators-contract.js';

type SetRow = typeof statisticsIndicatorSets.$inferSelect;
type IndicatorRow = typeof statisticsIndicators.$inferSelect;
type Gender = 'K' | 'M' | 'T';

// ---------------------------------------------------------------------------------------------
// Policy: a record of another county is not found (its existence is not told); a reader may read.

/** The actor may read records of this county; else 404 (not 403), so another county's ids tell nothing. */
function readable(actor: Actor | undefined, what: string, id: string, countyId: string): Actor {
  const who = authorize(actor, 'read', 'statistics');
  if (!can(who, 'read', 'statistics', { countyId })) throw notFound(what, id);
  return who;
}
const targetOf = (r: { countyId: string; organisationId?: string | null }) => ({
  countyId: r.countyId,
  organisationId: r.organisationId ?? null,
});
const abilities = (actor: Actor | undefined, r: { countyId: string; organisationId?: string | null }) =>
  abilitiesFor(actor, 'statistics', targetOf(r), ['update', 'archive']);

// ---------------------------------------------------------------------------------------------
// Queries

async function findSetRow(db: Executor, id: string): Promise<SetRow> {
  const [row] = await db.select().from(statisticsIndicatorSets).where(eq(statisticsIndicatorSets.id, id));
  if (!row) throw notFound('indicator set', id);
  return row;
}

async function findIndicatorRow(db: Executor, id: string): Promise<IndicatorRow> {
  const [row] = await db.select().from(statisticsIndicators).where(eq(statisticsIndicators.id, id));
  if (!row) throw notFound('indicator', id);
  return row;
}

async function goalLinks(db: Executor, indicatorIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!indicatorIds.length) return out;
  const rows = await db
    .select()
    .from(statisticsIndicatorGoals)
    .where(inArray(statisticsIndicatorGoals.indicatorId, [...indicatorIds]));
  for (const r of rows) out.set(r.indicatorId, [...(out.get(r.indicatorId) ?? []), r.itemId]);
  return out;
}

/** Goal items as shown (with their framework's name), by id. */
async function goalRefs(db: Executor, itemIds: readonly string[]): Promise<Map<string, GoalRef>> {
  const items = await frameworkItemsById(db, itemIds);
  const versions = await frameworkVersionsById(
    db,
    [...items.values()].map((i) => i.versionId),
  );
  return new Map(
    [...items.values()].map((i) => [
      i.id,
      {
        id: i.id,
        code: i.code,
        name: i.name,
        frameworkKey: i.frameworkKey,
        frameworkName: versions.get(i.versionId)?.name ?? { sv: i.frameworkKey, en: i.frameworkKey },
        color: i.color,
      },
    ]),
  );
}

const goalOrder = (a: GoalRef, b: GoalRef) =>
  a.frameworkKey.localeCompare(b.frameworkKey) || a.code.localeCompare(b.code, 'sv', { numeric: true });

interface KpiInfo {
  rowId: string;
  title: string;
  isDividedByGender: boolean;
  fetchedAt: Date;
  /** An upload's KPI keeps its source's name here (sourceLabel). */
  description: string;
}

async function kpisOf(db: Executor, rows: readonly IndicatorRow[]): Promise<Map<string, KpiInfo>> {
  if (!rows.length) return new Map();
  const found = await db
    .select()
    .from(statisticsKpis)
    .where(
      or(...rows.map((r) => and(eq(statisticsKpis.source, r.kpiSource), eq(statisticsKpis.sourceId, r.kpiSourceId)))),
    );
  return new Map(
    found.map((k) => [
      `${k.source}|${k.sourceId}`,
      {
        rowId: k.id,
        title: k.title,
        isDividedByGender: k.dividedByGender,
        fetchedAt: k.fetchedAt,
        description: k.description,
      },
    ]),
  );
}

interface StoredFigure {
  kpiId: string;
  areaCode: string;
  year: number;
  gender: Gender;
  value: number | null;
  fetchedAt: Date;
}

/** Every stored figure of these KPIs in the county (all areas, all years) in one query. */
async function figuresOf(db: Executor, countyId: string, kpiRowIds: readonly string[]): Promise<StoredFigure[]> {
  if (!kpiRowIds.length) return [];
  const rows = await db
    .select({
      kpiId: statisticsValues.kpiId,
      areaCode: statisticsValues.areaCode,
      year: statisticsValues.year,
      gender: statisticsValues.gender,
      value: statisticsValues.value,
      fetchedAt: statisticsValues.fetchedAt,
    })
    .from(statisticsValues)
    .where(and(eq(statisticsValues.countyId, countyId), inArray(statisticsValues.kpiId, [...new Set(kpiRowIds)])));
  return rows.map((r) => ({ ...r, gender: r.gender as Gender, value: r.value === null ? null : Number(r.value) }));
}

// ---------------------------------------------------------------------------------------------
// The county's figures of one KPI, by year (rule 7 of indicator-rules.ts)

interface Areas {
  countyName: string;
  region: string | null;
  municipalities: Map<string, string>;
}

async function areasOf(db: Db, countyId: string): Promise<Areas> {
  const [county, orgs] = await Promise.all([findCounty(db, countyId), organisationsOfCounty(db, countyId)]);
  const municipalities = new Map(
    [...orgs.values()].flatMap((o) => (o.municipalityCode ? [[o.municipalityCode, o.name] as const] : [])),
  );
  return { countyName: county.name, region: regionCode(county.code), municipalities };
}

type Figures = { K: number | null; M: number | null; T: number | null; ratio: number | null };
const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

/** Figures of one KPI by area and year: `get(area, year)`. */
function byAreaYear(figures: readonly StoredFigure[]) {
  const map = new Map<string, Figures>();
  const years = new Set<number>();
  let fetchedAt: Date | null = null;
  for (const f of figures) {
    const key = `${f.areaCode}|${f.year}`;
    const got = map.get(key) ?? { K: null, M: null, T: null, ratio: null };
    got[f.gender] = f.value;
    map.set(key, got);
    years.add(f.year);
    if (!fetchedAt || f.fetchedAt > fetchedAt) fetchedAt = f.fetchedAt;
  }
  const empty: Figures = { K: null, M: null, T: null, ratio: null };
  return {
    get: (area: string, year: number): Figures => {
      const f = map.get(`${area}|${year}`) ?? empty;
      return { ...f, ratio: round(equalityRatio(f.K, f.M)) };
    },
    years: [...years].sort((a, b) => a - b),
    fetchedAt: fetchedAt as Date | null,
  };
}

interface CountyYear extends YearFigures {
  basis: 'region' | 'municipalities_average' | null;
  ratio: number | null;
}

function countyYear(table: ReturnType<typeof byAreaYear>, areas: Areas, year: number): CountyYear {
  const region = areas.region ? table.get(areas.region, year) : null;
  const codes = [...areas.municipalities.keys()];
  const one = (g: Gender) =>
    countyFigure(
      region?.[g] ?? null,
      codes.map((c) => table.get(c, year)[g]),
    );
  const [K, M, T] = [one('K'), one('M'), one('T')];
  return {
    year,
    K: round(K?.value ?? null),
    M: round(M?.value ?? null),
    T: round(T?.value ?? null),
    ratio: round(equalityRatio(K?.value ?? null, M?.value ?? null)),
    basis: (T ?? K ?? M)?.basis ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Presenting indicators

interface Context {
  goals: Map<string, GoalRef>;
  links: Map<string, string[]>;
  kpis: Map<string, KpiInfo>;
  figures: Map<string, StoredFigure[]>;
  areas: Areas;
  setNames: Map<string, string>;
}

async function contextFor(db: Db, countyId: string, rows: readonly IndicatorRow[]): Promise<Context> {
  // Three round trips on the longest path: what the rows name is asked at once, then what that names.
  const setIds = [...new Set(rows.map((r) => r.setId))];
  const [links, kpis, areas, sets] = await Promise.all([
    goalLinks(
      db,
      rows.map((r) => r.id),
    ),
    kpisOf(db, rows),
    areasOf(db, countyId),
    setIds.length
      ? db
          .select({ id: statisticsIndicatorSets.id, name: statisticsIndicatorSets.name })
          .from(statisticsIndicatorSets)
          .where(inArray(statisticsIndicatorSets.id, setIds))
      : Promise.resolve([]),
  ]);
  const [goals, all] = await Promise.all([
    goalRefs(db, [...links.values()].flat()),
    figuresOf(
      db,
      countyId,
      [...kpis.values()].map((k) => k.rowId),
    ),
  ]);
  const figures = new Map<string, StoredFigure[]>();
  for (const f of all) {
    const list = figures.get(f.kpiId);
    if (list) list.push(f);
    else figures.set(f.kpiId, [f]);
  }
  return { goals, links, kpis, figures, areas, setNames: new Map(sets.map((s) => [s.id, s.name])) };
}

function summarize(actor: Actor | undefined, row: IndicatorRow, ctx: Context) {
  const direction = row.direction as Direction;
  const kpi = ctx.kpis.get(`${row.kpiSource}|${row.kpiSourceId}`);
  const table = byAreaYear(kpi ? (ctx.figures.get(kpi.rowId) ?? []) : []);
  const years = table.years.map((y) => countyYear(table, ctx.areas, y));
  const series = measuredSeries(years, direction);
  const last = latest(series);
  const base = baseline(series, row.baselineYear);
  const splitYear =
    (last && years.find((y) => y.year === last.year && (y.K !== null || y.M !== null))) ??
    [...years].reverse().find((y) => y.K !== null && y.M !== null) ??
    null;
  const goals = (ctx.links.get(row.id) ?? [])
    .map((id) => ctx.goals.get(id))
    .filter((g): g is GoalRef => !!g)
    .sort(goalOrder);
  const targetValue = row.targetValue === null ? null : Number(row.targetValue);
  const summary: IndicatorSummary = {
    id: row.id,
    setId: row.setId,
    setName: ctx.setNames.get(row.setId) ?? '',
    countyId: row.countyId,
    kpi: {
      source: row.kpiSource as StatisticsSource,
      id: row.kpiSourceId,
      title: kpi?.title ?? null,
      isDividedByGender: kpi?.isDividedByGender ?? null,
      stored: !!kpi,
    },
    direction,
    targetValue,
    targetYear: row.targetYear,
    baselineYear: row.baselineYear,
    note: row.note,
    goals,
    latest: last && { year: last.year, value: round(last.value)! },
    baseline: base && { year: base.year, value: round(base.value)! },
    trend: (() => {
      const t = trend(series, direction, row.baselineYear);
      return (
        t && {
          kind: t.kind,
          from: { ...t.from, value: round(t.from.value)! },
          to: { ...t.to, value: round(t.to.value)! },
        }
      );
    })(),
    target: targetStatus(last, { value: targetValue, year: row.targetYear }, direction),
    split: splitYear && { year: splitYear.year, K: splitYear.K, M: splitYear.M, ratio: splitYear.ratio },
    countyBasis: (last && years.find((y) => y.year === last.year)?.basis) ?? null,
    source: sourceLabel({ source: row.kpiSource, description: kpi?.description }),
    fetchedAt: table.fetchedAt?.toISOString() ?? kpi?.fetchedAt.toISOString() ?? null,
    version: row.version,
    abilities: abilities(actor, row),
  };
  return { summary, table, years };
}

function indicatorPage(actor: Actor | undefined, row: IndicatorRow, ctx: Context): IndicatorPage {
  const { summary, table, years } = summarize(actor, row, ctx);
  const direction = summary.direction;
  const rows = years.map((y) => {
    const country = table.get(COUNTRY_CODE, y.year);
    return {
      year: y.year,
      county: { K: y.K, M: y.M, T: y.T, ratio: y.ratio, basis: y.basis },
      country,
      countyValue: round(measured(y, direction)),
      countryValue: round(measured({ year: y.year, ...country }, direction)),
    };
  });
  const both = [...rows].reverse().find((r) => r.countyValue !== null && r.countryValue !== null);
  const kind = both ? standing(both.countyValue, both.countryValue, direction) : null;
  const municipalities = [...ctx.areas.municipalities]
    .sort(([, a], [, b]) => a.localeCompare(b, 'sv'))
    .map(([code, name]) => {
      const series = measuredSeries(
        table.years.map((year) => ({ year, ...table.get(code, year) })),
        direction,
      );
      const last = latest(series);
      const year = last?.year ?? table.years.at(-1) ?? null;
      const f = year === null ? { K: null, M: null, T: null, ratio: null } : table.get(code, year);
      const t = trend(series, direction, row.baselineYear);
      return {
        code,
        name,
        year,
        ...f,
        value: last ? round(last.value) : null,
        trend: t && {
          kind: t.kind,
          from: { ...t.from, value: round(t.from.value)! },
          to: { ...t.to, value: round(t.to.value)! },
        },
      };
    });
  return {
    ...summary,
    countyName: ctx.areas.countyName,
    years: rows,
    standing: both && kind ? { year: both.year, county: both.countyValue!, country: both.countryValue!, kind } : null,
    municipalities,
  };
}

// ---------------------------------------------------------------------------------------------
// Reads

export async function searchIndicatorSets(
  db: Db,
  actor: Actor | undefined,
  q: { archived: 'active' | 'archived' | 'all' },
): Promise<{ items: IndicatorSetSummary[]; total: number; abilities: { create: boolean } }> {
  const who = authorize(actor, 'read', 'statistics');
  const where = and(
    scopeWhere(scopeFor(who, 'statistics'), { countyId: statisticsIndicatorSets.countyId }),
    q.archived === 'active'
      ? isNull(statisticsIndicatorSets.archivedAt)
      : q.archived === 'archived'
        ? isNotNull(statisticsIndicatorSets.archivedAt)
        : undefined,
  );
  const rows = await db
    .select({ set: statisticsIndicatorSets, n: count(statisticsIndicators.id) })
    .from(statisticsIndicatorSets)
    .leftJoin(statisticsIndicators, eq(statisticsIndicators.setId, statisticsIndicatorSets.id))
    .where(where)
    .groupBy(statisticsIndicatorSets.id)
    .orderBy(asc(statisticsIndicatorSets.name), asc(statisticsIndicatorSets.id));
  return {
    items: rows.map((r) => setSummary(who, r.set, Number(r.n))),
    total: rows.length,
    abilities: { create: mayCreate(who, 'statistics', { countyId: who.countyId }) },
  };
}

function setSummary(actor: Actor | undefined, r: SetRow, n: number): IndicatorSetSummary {
  return {
    id: r.id,
    countyId: r.countyId,
    organisationId: r.organisationId,
    name: r.name,
    description: r.description,
    indicatorCount: n,
    archived: r.archivedAt !== null,
    version: r.version,
    abilities: abilities(actor, r),
  };
}

async function presentSet(db: Db, actor: Actor | undefined, r: SetRow): Promise<IndicatorSet> {
  const rows = await db
    .select()
    .from(statisticsIndicators)
    .where(eq(statisticsIndicators.setId, r.id))
    .orderBy(asc(statisticsIndicators.createdAt), asc(statisticsIndicators.id));
  const ctx = await contextFor(db, r.countyId, rows);
  const indicators = rows.map((row) => summarize(actor, row, ctx).summary);
  const groups = new Map<string, { goal: GoalRef; indicatorIds: string[] }>();
  for (const i of indicators)
    for (const g of i.goals) {
      const group = groups.get(g.id) ?? { goal: g, indicatorIds: [] };
      group.indicatorIds.push(i.id);
      groups.set(g.id, group);
    }
  return {
    ...setSummary(actor, r, rows.length),
    indicators,
    groups: [...groups.values()].sort((a, b) => goalOrder(a.goal, b.goal)),
  };
}

export async function getIndicatorSet(db: Db, actor: Actor | undefined, id: string): Promise<IndicatorSet> {
  authorize(actor, 'read', 'statistics'); // 401 before anything is looked up
  const r = await findSetRow(db, id);
  readable(actor, 'indicator set', id, r.countyId);
  return presentSet(db, actor, r);
}

export async function getIndicator(db: Db, actor: Actor | undefined, id: string): Promise<IndicatorPage> {
  authorize(actor, 'read', 'statistics');
  const row = await findIndicatorRow(db, id);
  readable(actor, 'indicator', id, row.countyId);
  return indicatorPage(actor, row, await contextFor(db, row.countyId, [row]));
}

/**
 * The indicators of the reader's county linked to any of these goal items (active sets only); with no
 * goal items, every indicator of the county's active sets (the follow-up, whose areas are not goals).
 */
export async function linkedIndicators(
  db: Db,
  actor: Actor | undefined,
  q: { goalItemIds?: string[] },
): Promise<LinkedIndicators> {
  const who = authorize(actor, 'read', 'statistics', { countyId: actor?.countyId });
  const rows = await db
    .selectDistinct({ i: statisticsIndicators })
    .from(statisticsIndicators)
    .innerJoin(statisticsIndicatorGoals, eq(statisticsIndicatorGoals.indicatorId, statisticsIndicators.id))
    .innerJoin(statisticsIndicatorSets, eq(statisticsIndicatorSets.id, statisticsIndicators.setId))
    .where(
      and(
        eq(statisticsIndicators.countyId, who.countyId),
        isNull(statisticsIndicatorSets.archivedAt),
        q.goalItemIds ? inArray(statisticsIndicatorGoals.itemId, q.goalItemIds) : undefined,
      ),
    );
  const indicators = rows.map((r) => r.i).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const ctx = await contextFor(db, who.countyId, indicators);
  const items = indicators.map((row) => summarize(who, row, ctx).summary);
  return { items, total: items.length };
}

// ---------------------------------------------------------------------------------------------
// Changes

/** The organisation of a set must be of the set's county. */
async function checkOrganisation(tx: Executor, organisationId: string | null | undefined, countyId: string) {
  if (!organisationId) return;
  const org = await findOrganisation(tx, organisationId).catch(() => null);
  if (!org || org.countyId !== countyId)
    throw new AppError('record.not_found', `The organisation ${organisationId} is not one of the county’s`, {
      field: 'organisationId',
    });
}

/**
 * Goal items must exist and be of a framework the county may use: a built-in one, or the county's
 * own shared one. Unknown ones are named (400).
 */
async function checkGoalItems(tx: Executor, ids: readonly string[], countyId: string) {
  const items = await frameworkItemsById(tx, ids);
  const versions = await frameworkVersionsById(
    tx,
    [...items.values()].map((i) => i.versionId),
  );
  const unknown = ids.filter((id) => {
    const item = items.get(id);
    const v = item && versions.get(item.versionId);
    return !v || !(v.builtin || (v.countyId === countyId && v.shared) || v.countyId === null);
  });
  if (unknown.length)
    throw new AppError(
      'statistics.goal_item_unknown',
      `No goal or target of the county’s frameworks: ${unknown.join(', ')}`,
      {
        field: 'goalItemIds',
        ids: unknown,
      },
    );
}

/** A Kolada KPI may be linked before its figures are imported; an SCB or uploaded one must be stored. */
async function checkKpi(tx: Executor, kpi: { source: StatisticsSource; id: string }) {
  if (kpi.source === 'kolada') return;
  const [found] = await tx
    .select({ id: statisticsKpis.id })
    .from(statisticsKpis)
    .where(and(eq(statisticsKpis.source, kpi.source), eq(statisticsKpis.sourceId, kpi.id)));
  if (!found)
    throw new AppError('statistics.kpi_not_found', `No stored ${kpi.source} KPI ${kpi.id}`, {
      field: 'kpi',
      ids: [kpi.id],
    });
}

async function setGoalLinks(tx: Executor, indicatorId: string, itemIds: readonly string[]) {
  await tx.delete(statisticsIndicatorGoals).where(eq(statisticsIndicatorGoals.indicatorId, indicatorId));
  if (itemIds.length)
    await tx.insert(statisticsIndicatorGoals).values(itemIds.map((itemId) => ({ indicatorId, itemId })));
}

/** The stored state of an indicator for its audit entry and the 409 (figures are not the record). */
async function indicatorRecord(tx: Executor, id: string) {
  const row = await findIndicatorRow(tx, id);
  const links = await goalLinks(tx, [id]);
  return {
    id: row.id,
    setId: row.setId,
    countyId: row.countyId,
    kpi: { source: row.kpiSource, id: row.kpiSourceId },
    direction: row.direction,
    targetValue: row.targetValue === null ? null : Number(row.targetValue),
    targetYear: row.targetYear,
    baselineYear: row.baselineYear,
    note: row.note,
    goalItemIds: (links.get(id) ?? []).sort(),
    version: row.version,
  };
}

const setPlace = (s: SetRow) => ({ id: s.id, countyId: s.countyId, organisationId: s.organisationId });

export async function createIndicatorSet(db: Db, actor: Actor | undefined, input: CreateIndicatorSet) {
  const countyId = actor?.countyId;
  const row = await change(db, {
    entity: 'indicator_set',
    action: 'create',
    load: async () => null,
    authorise: () =>
      authorize(actor, 'create', 'statistics', { countyId, organisationId: input.organisationId ?? null }),
    apply: async (tx, _b, a) => {
      await checkOrganisation(tx, input.organisationId, a.countyId);
      const [r] = await tx
        .insert(statisticsIndicatorSets)
        .values({
          countyId: a.countyId,
          organisationId: input.organisationId ?? null,
          name: input.name,
          description: input.description,
        })
        .returning({ id: statisticsIndicatorSets.id });
      return r.id;
    },
    present: findSetRow,
    place: setPlace,
  });
  return presentSet(db, actor, row);
}

/** Load for a change: another county's set is 404; then the policy's update decision. */
function loadSet(actor: Actor | undefined, id: string) {
  return async (tx: Executor) => {
    authorize(actor, 'read', 'statistics');
    const r = await findSetRow(tx, id);
    readable(actor, 'indicator set', id, r.countyId);
    return r;
  };
}

export async function updateIndicatorSet(db: Db, actor: Actor | undefined, id: string, input: UpdateIndicatorSet) {
  const row = await change(db, {
    entity: 'indicator_set',
    action: 'update',
    load: loadSet(actor, id),
    authorise: (before) => authorize(actor, 'update', 'statistics', targetOf(before)),
    apply: async (tx, before) => {
      if (input.organisationId !== undefined) await checkOrganisation(tx, input.organisationId, before.countyId);
      const { version, ...rest } = input;
      const values = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      if ('description' in values && values.description === null) values.description = '';
      await saveVersioned(tx, {
        table: statisticsIndicatorSets,
        entity: 'indicator set',
        id,
        expectedVersion: version,
        values,
        present: async (t) => setSummary(actor, await findSetRow(t, id), 0),
      });
      return id;
    },
    present: findSetRow,
    place: setPlace,
  });
  return presentSet(db, actor, row);
}

export async function setIndicatorSetArchived(
  db: Db,
  actor: Actor | undefined,
  id: string,
  version: number,
  archived: boolean,
) {
  const row = await change(db, {
    entity: 'indicator_set',
    action: archived ? 'archive' : 'restore',
    load: loadSet(actor, id),
    authorise: (before) => authorize(actor, 'archive', 'statistics', targetOf(before)),
    apply: async (tx) => {
      await saveVersioned(tx, {
        table: statisticsIndicatorSets,
        entity: 'indicator set',
        id,
        expectedVersion: version,
        values: { archivedAt: archived ? new Date() : null },
        present: async (t) => setSummary(actor, await findSetRow(t, id), 0),
      });
      return id;
    },
    present: findSetRow,
    place: setPlace,
  });
  return presentSet(db, actor, row);
}

export async function addIndicator(db: Db, actor: Actor | undefined, setId: string, input: CreateIndicator) {
  const after = await change(db, {
    entity: 'indicator',
    action: 'create',
    load: loadSet(actor, setId),
    authorise: (set) => authorize(actor, 'update', 'statistics', targetOf(set)),
    apply: async (tx, set) => {
      if (set.archivedAt)
        throw new AppError('statistics.indicator_set_archived', 'The indicator set is archived: restore it first');
      await checkKpi(tx, input.kpi);
      await checkGoalItems(tx, input.goalItemIds, set.countyId);
      const [r] = await tx
        .insert(statisticsIndicators)
        .values({
          setId: set.id,
          countyId: set.countyId,
          kpiSource: input.kpi.source,
          kpiSourceId: input.kpi.id,
          direction: input.direction,
          targetValue: input.targetValue ?? null,
          targetYear: input.targetYear ?? null,
          baselineYear: input.baselineYear ?? null,
          note: input.note ?? '',
        })
        .returning({ id: statisticsIndicators.id });
      await setGoalLinks(tx, r.id, input.goalItemIds);
      return r.id;
    },
    present: indicatorRecord,
    place: (i) => ({ id: i.id, countyId: i.countyId }),
    before: () => null,
  });
  return getIndicator(db, actor, after.id);
}

function loadIndicator(actor: Actor | undefined, id: string) {
  return async (tx: Executor) => {
    authorize(actor, 'read', 'statistics');
    const row = await findIndicatorRow(tx, id);
    readable(actor, 'indicator', id, row.countyId);
    return indicatorRecord(tx, id);
  };
}

export async function updateIndicator(db: Db, actor: Actor | undefined, id: string, input: UpdateIndicator) {
  await change(db, {
    entity: 'indicator',
    action: 'update',
    load: loadIndicator(actor, id),
    authorise: (before) => authorize(actor, 'update', 'statistics', { countyId: before.countyId }),
    apply: async (tx, before) => {
      const { version, goalItemIds, ...rest } = input;
      if (goalItemIds) await checkGoalItems(tx, goalItemIds, before.countyId);
      const values = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      const targetYear = 'targetYear' in values ? values.targetYear : before.targetYear;
      const targetValue = 'targetValue' in values ? values.targetValue : before.targetValue;
      if (targetYear != null && targetValue == null)
        throw new AppError('request.validation_failed', 'A target year needs a target value', { field: 'targetValue' });
      await saveVersioned(tx, {
        table: statisticsIndicators,
        entity: 'indicator',
        id,
        expectedVersion: version,
        values,
        present: (t) => indicatorRecord(t, id),
      });
      if (goalItemIds) await setGoalLinks(tx, id, goalItemIds);
      return id;
    },
    present: indicatorRecord,
    place: (i) => ({ id: i.id, countyId: i.countyId }),
  });
  return getIndicator(db, actor, id);
}

/** Remove an indicator from its set (its figures stay: they belong to the KPI); answers the set. */
export async function removeIndicator(db: Db, actor: Actor | undefined, id: string, version: number) {
  let place = { id, countyId: null as string | null, setId: '' };
  await change(db, {
    entity: 'indicator',
    action: 'delete',
    load: loadIndicator(actor, id),
    authorise: (b) => authorize(actor, 'archive', 'statistics', { countyId: b.countyId }),
    apply: async (tx, b) => {
      place = { id, countyId: b.countyId, setId: b.setId };
      const current = await indicatorRecord(tx, id);
      const gone = await tx
        .delete(statisticsIndicators)
        .where(and(eq(statisticsIndicators.id, id), eq(statisticsIndicators.version, version)))
        .returning({ id: statisticsIndicators.id });
      if (!gone.length)
        throw new AppError(
          'record.stale',
          `Someone else changed this indicator after you opened it (your version ${version}, now ${b.version})`,
          { current },
        );
      return id;
    },
    present: async () => null,
    place: () => place,
  });
  return getIndicatorSet(db, actor, place.setId);
}
