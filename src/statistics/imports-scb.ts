/**
 * Imports from SCB's statistical database (PxWebApi 2): a table the user names by id, its
 * variables read from the metadata, a selection checked here before anything is queued, and a job
 * that fetches the figures year by year and writes each year whole (one transaction), as Kolada's.
 * A figure is stored under a KPI with source 'scb' and the id `<table>.<contents code>`.
 */

import type { Services } from '../platform/context.js';
import { change } from '../platform/db/unit-of-work.js';
import { AppError } from '../platform/errors.js';
import { enqueueJob } from '../platform/jobs/queue.js';
import { findCounty } from '../counties/index.js';
import { authorize, type Actor } from '../policy/policy.js';
import type { CreateScbImport, Import, ScbTable } from './contract.js';
import { findImport, insertImport, markImport, replaceYear, type ImportParameters } from './repository.js';
import { upsertSourceKpis } from './imports-repository.js';
import { fromSourceCall, scbClient } from './sources-config.js';
import type { ScbClient, ScbTableMetadata } from './sources/scb.js';
import type { Db } from '../platform/db/database.js';
import type { KoladaValueRow } from './sources/kolada.js';
import { countyMunicipalityCodes, IMPORT_JOB } from './imports.js';

const SEX = /^(kon|kön|sex)$/i;
const isSex = (v: { code: string; label: string }) => SEX.test(v.code) || SEX.test(v.label);

function tableOut(meta: ScbTableMetadata): ScbTable {
  return { ...meta, variables: meta.variables.map((v) => ({ ...v, isSex: isSex(v) })) };
}

/** A table's variables and values (404 naming the table when SCB has none by that id). */
export async function scbTable(services: Services, actor: Actor | undefined, tableId: string): Promise<ScbTable> {
  authorize(actor, 'create', 'statistics', { countyId: actor?.countyId });
  return tableOut(await fromSourceCall(() => scbClient(services.config).tableMetadata(tableId)));
}

/** SCB's region code as the area code figures are stored under: `KKKK`, `00LL` (the county), `0000`. */
export function scbAreaCode(region: string): string {
  if (region === '00') return '0000';
  if (/^\d{2}$/.test(region)) return `00${region}`;
  return region;
}

const refused = (message: string, details: Record<string, unknown>) =>
  new AppError('statistics.selection_refused', message, details);

/**
 * The selection checked against the table's metadata and the county: every variable chosen, every
 * value one the table has, one value of each variable that is neither region, year, contents nor
 * sex, regions only the county's municipalities, the county and the country, years as years.
 */
export function checkScbSelection(
  meta: ScbTableMetadata,
  selection: Record<string, string[]>,
  county: { code: string; municipalities: string[] },
): { regions: string[]; years: string[]; contents: { code: string; label: string }[] } {
  for (const code of Object.keys(selection))
    if (!meta.variables.some((v) => v.code === code))
      throw refused(`${meta.id} has no variable ${code}`, { variable: code });
  let regions: string[] = [];
  let years: string[] = [];
  let contents: { code: string; label: string }[] = [{ code: meta.id, label: meta.label }];
  for (const v of meta.variables) {
    const chosen = [...new Set(selection[v.code] ?? [])];
    if (!chosen.length) throw refused(`Choose values of ${v.label} (${v.code})`, { variable: v.code });
    const wrong = chosen.filter((c) => !v.values.some((x) => x.code === c));
    if (wrong.length) throw refused(`${v.code} has no value ${wrong.join(', ')}`, { variable: v.code, values: wrong });
    if (v.role === 'geo' || v.code === 'Region') regions = chosen;
    else if (v.role === 'time' || v.code === 'Tid') years = chosen;
    else if (v.role === 'metric' || v.code === 'ContentsCode')
      contents = chosen.map((c) => ({ code: c, label: v.values.find((x) => x.code === c)!.label }));
    else if (!isSex(v) && chosen.length > 1)
      throw refused(`Choose one value of ${v.label} (${v.code})`, { variable: v.code, values: chosen });
  }
  if (!regions.length) throw refused(`${meta.id} has no region variable`, { variable: 'Region' });
  const badYears = years.filter((y) => !/^\d{4}$/.test(y));
  if (!years.length || badYears.length)
    throw refused(`${meta.id}: only yearly figures can be imported`, { variable: 'Tid', values: badYears });
  const foreign = regions.filter((r) => {
    if (r === '00' || r === county.code) return false;
    return !county.municipalities.includes(r);
  });
  if (foreign.length)
    throw new AppError('statistics.area_not_in_county', `Not an area of the county: ${foreign.join(', ')}`, {
      codes: foreign,
    });
  return { regions, years, contents };
}

export async function createScbImport(
  services: Services,
  actor: Actor | undefined,
  input: CreateScbImport,
): Promise<Import> {
  const { db } = services.database;
  const who = authorize(actor, 'create', 'statistics', { countyId: actor?.countyId });
  const county = await findCounty(db, who.countyId);
  const municipalities = [...(await countyMunicipalityCodes(db, county.id)).keys()];
  const meta = await fromSourceCall(() => scbClient(services.config).tableMetadata(input.tableId));
  const checked = checkScbSelection(meta, input.selection, { code: county.code, municipalities });
  return change(db, {
    entity: 'statistics_import',
    action: 'create',
    load: async () => null,
    authorise: () => authorize(actor, 'create', 'statistics', { countyId: county.id }),
    async apply(tx, _before, by) {
      const parameters: ImportParameters = {
        kpiIds: checked.contents.map((c) => `${meta.id}.${c.code}`),
        years: checked.years.map(Number).sort((a, b) => a - b),
        areas: checked.regions.map(scbAreaCode),
        areaCodes: checked.regions.map(scbAreaCode),
        fromDate: null,
        tableId: meta.id,
        selection: input.selection,
      };
      const id = await insertImport(tx, { countyId: county.id, kind: 'scb', createdBy: by.userId, parameters });
      await enqueueJob(tx, IMPORT_JOB, { importId: id }, { key: id });
      return id;
    },
    present: async (tx, id) => (await findImport(tx, id))!,
    place: (after) => ({ id: after.id, countyId: after.countyId }),
  });
}

/** The job's work for an SCB import: year by year, each year's figures of every contents in one transaction. */
export async function runScbImport(db: Db, client: ScbClient, p: Import & { selection: Record<string, string[]> }) {
  const tableId = p.kpiIds[0].split('.')[0];
  const meta = await client.tableMetadata(tableId);
  const timeVar = meta.variables.find((v) => v.role === 'time' || v.code === 'Tid')!;
  const contentsVar = meta.variables.find((v) => v.role === 'metric' || v.code === 'ContentsCode');
  const contents = contentsVar
    ? (p.selection[contentsVar.code] ?? []).map((c) => ({
        code: c,
        label: contentsVar.values.find((x) => x.code === c)?.label ?? c,
      }))
    : [{ code: meta.id, label: meta.label }];
  const fetchedAt = new Date();
  const kpiRows = await upsertSourceKpis(
    db,
    'scb',
    contents.map((c) => ({
      id: `${meta.id}.${c.code}`,
      title: contents.length > 1 || c.label !== meta.label ? `${c.label} (${meta.label})` : meta.label,
      description: `SCB ${meta.id}: ${meta.label}`,
      operatingArea: null,
      isDividedByGender: meta.variables.some(isSex),
    })),
    fetchedAt,
  );
  let done = 0;
  // A year a request ("a page"): each is also the unit written whole.
  for (const year of p.years) {
    const answer = await client.fetchSelection(meta.id, { ...p.selection, [timeVar.code]: [String(year)] });
    await db.transaction(async (tx) => {
      let written = 0;
      let deleted = 0;
      for (const c of contents) {
        const rows: KoladaValueRow[] = answer.rows
          .filter((r) => (contentsVar ? r.contents === c.code : true) && r.region !== null)
          .map((r) => ({
            kpiId: `${meta.id}.${c.code}`,
            municipalityId: scbAreaCode(r.region!),
            period: year,
            gender: r.sex ?? 'T',
            value: r.value,
            status: r.value === null ? (r.status ?? '..') : r.status,
            count: null,
          }));
        const counts = await replaceYear(
          tx,
          { countyId: p.countyId, kpiRowId: kpiRows.get(`${meta.id}.${c.code}`)!, year, areaCodes: p.areaCodes },
          rows,
          fetchedAt,
        );
        written += counts.written;
        deleted += counts.deleted;
        done++;
      }
      await markImport(tx, p.id, { progressDone: done, addRowsWritten: written, addRowsDeleted: deleted });
    });
  }
}
