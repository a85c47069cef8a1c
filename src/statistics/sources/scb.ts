/**
 * Client for SCB's statistical database through PxWebApi 2 (https://api.scb.se/ov0104/v2beta/api/v2,
 * see README.md): a table's metadata (variables and their values) and the data for a selection,
 * answered as JSON-stat2 and turned into flat rows. Base URL from the caller, retries in http.ts.
 *
 * JSON-stat2 in one breath: `id` lists the dimensions, `size` their lengths, `value` is the cube
 * flattened row-major (last dimension fastest), as an array or as a sparse {index: value} object;
 * `status` marks cells the same way (SCB writes ".." for a value that is missing). A missing value
 * stays null with its status.
 */
import { requestJson, SourceError, type RetryOptions } from './http.js';
import type { Gender } from './kolada.js';

export interface ScbValue {
  code: string;
  label: string;
}

export interface ScbVariable {
  code: string;
  label: string;
  /** From the dataset's `role`: the time, the region or the contents ("tabellinnehåll"). */
  role: 'time' | 'geo' | 'metric' | null;
  values: ScbValue[];
}

export interface ScbTableMetadata {
  id: string;
  label: string;
  source: string | null;
  updated: string | null;
  variables: ScbVariable[];
}

export interface ScbRow {
  region: string | null;
  time: string | null;
  contents: string | null;
  /** Sex mapped from SCB's codes 1 (men), 2 (women), 1+2 (total); null when the table has none. */
  sex: Gender | null;
  /** Every other variable: code → value code. */
  variables: Record<string, string>;
  value: number | null;
  status: string | null;
}

/** The selection of a data request: variable code → value codes (or "*" for all). */
export type ScbSelection = Record<string, string[]>;

export interface ScbClientOptions extends RetryOptions {
  baseUrl: string;
  lang?: 'sv' | 'en';
}

interface JsonStat2Dimension {
  label?: string;
  category?: { index?: Record<string, number> | string[]; label?: Record<string, string> };
}
interface JsonStat2 {
  class?: string;
  label?: string;
  source?: string;
  updated?: string;
  id: string[];
  size: number[];
  role?: { time?: string[]; geo?: string[]; metric?: string[] };
  dimension: Record<string, JsonStat2Dimension>;
  value?: (number | null)[] | Record<string, number | null>;
  status?: string | (string | null)[] | Record<string, string>;
  extension?: Record<string, unknown>;
}

const SEX: Record<string, Gender> = { '1': 'M', '2': 'K', '1+2': 'T', T: 'T', K: 'K', M: 'M' };
const SEX_DIMENSION = /^(kon|kön|sex)$/i;

function bad(url: string, what: string) {
  return new SourceError('source.bad_response', 'scb', `scb: ${url}: ${what}`, { url });
}

function asDataset(body: unknown, url: string): JsonStat2 {
  const d = body as Partial<JsonStat2> | null;
  if (!d || typeof d !== 'object' || !Array.isArray(d.id) || !Array.isArray(d.size) || typeof d.dimension !== 'object')
    throw bad(url, 'not a JSON-stat2 dataset');
  if (d.id.length !== d.size.length) throw bad(url, 'id and size differ in length');
  return d as JsonStat2;
}

/** Category codes of a dimension in index order (index may be an array or a code→position map). */
function codesOf(dim: JsonStat2Dimension | undefined): string[] {
  const index = dim?.category?.index;
  if (Array.isArray(index)) return index;
  if (index && typeof index === 'object')
    return Object.entries(index)
      .sort((a, b) => a[1] - b[1])
      .map(([code]) => code);
  // A dimension with a single category may carry only labels.
  return Object.keys(dim?.category?.label ?? {});
}

function roleOf(d: JsonStat2, code: string): ScbVariable['role'] {
  if (d.role?.time?.includes(code)) return 'time';
  if (d.role?.geo?.includes(code)) return 'geo';
  if (d.role?.metric?.includes(code)) return 'metric';
  return null;
}

export function parseMetadata(body: unknown, tableId: string, url = tableId): ScbTableMetadata {
  const d = asDataset(body, url);
  return {
    id: tableId,
    label: d.label ?? tableId,
    source: d.source ?? null,
    updated: d.updated ?? null,
    variables: d.id.map((code) => {
      const dim = d.dimension[code];
      return {
        code,
        label: dim?.label ?? code,
        role: roleOf(d, code),
        values: codesOf(dim).map((v) => ({ code: v, label: dim?.category?.label?.[v] ?? v })),
      };
    }),
  };
}

function cell<T>(from: T[] | Record<string, T> | undefined, i: number): T | undefined {
  if (from === undefined) return undefined;
  return Array.isArray(from) ? from[i] : from[String(i)];
}

/** A JSON-stat2 dataset → one row per cell. */
export function parseJsonStat2(body: unknown, url = 'json-stat2'): ScbRow[] {
  const d = asDataset(body, url);
  const codes = d.id.map((id) => codesOf(d.dimension[id]));
  codes.forEach((c, i) => {
    if (c.length !== d.size[i])
      throw bad(url, `dimension ${d.id[i]} has ${c.length} categories, size says ${d.size[i]}`);
  });
  const total = d.size.reduce((a, b) => a * b, 1);
  const kinds = d.id.map((id) => {
    const role = roleOf(d, id);
    if (role) return role;
    if (id === 'Tid') return 'time';
    if (id === 'Region') return 'geo';
    if (id === 'ContentsCode') return 'metric';
    if (SEX_DIMENSION.test(id) || SEX_DIMENSION.test(d.dimension[id]?.label ?? '')) return 'sex';
    return null;
  });
  const status = typeof d.status === 'string' ? undefined : d.status;
  const rows: ScbRow[] = [];
  const at = new Array<number>(d.id.length).fill(0);
  for (let i = 0; i < total; i++) {
    const row: ScbRow = {
      region: null,
      time: null,
      contents: null,
      sex: null,
      variables: {},
      value: null,
      status: null,
    };
    d.id.forEach((id, k) => {
      const code = codes[k][at[k]];
      if (kinds[k] === 'geo') row.region = code;
      else if (kinds[k] === 'time') row.time = code;
      else if (kinds[k] === 'metric') row.contents = code;
      else if (kinds[k] === 'sex' && SEX[code]) row.sex = SEX[code];
      else row.variables[id] = code;
    });
    const v = cell(d.value, i);
    row.value = typeof v === 'number' && Number.isFinite(v) ? v : null;
    row.status = (typeof d.status === 'string' ? d.status : cell(status, i)) ?? null;
    rows.push(row);
    // Advance the odometer: last dimension fastest.
    for (let k = d.id.length - 1; k >= 0; k--) {
      if (++at[k] < d.size[k]) break;
      at[k] = 0;
    }
  }
  return rows;
}

export function createScbClient(options: ScbClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const lang = options.lang ?? 'sv';
  const url = (path: string, query: Record<string, string> = {}) => {
    const u = new URL(base + path);
    u.searchParams.set('lang', lang);
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
    return u.toString();
  };
  const notFound = (tableId: string) => (err: unknown) => {
    if (err instanceof SourceError && err.code === 'source.not_found')
      throw new SourceError('source.not_found', 'scb', `scb: no table ${tableId}`, { ...err.details, ids: [tableId] });
    throw err;
  };

  return {
    baseUrl: base,

    async tableMetadata(tableId: string): Promise<ScbTableMetadata> {
      const u = url(`/tables/${encodeURIComponent(tableId)}/metadata`, { outputFormat: 'json-stat2' });
      const body = await requestJson('scb', u, {}, options).catch(notFound(tableId));
      return parseMetadata(body, tableId, u);
    },

    /** The data for a selection, as rows; the dataset's label, source and date come along. */
    async fetchSelection(tableId: string, selection: ScbSelection) {
      const u = url(`/tables/${encodeURIComponent(tableId)}/data`, { outputFormat: 'json-stat2' });
      const body = {
        selection: Object.entries(selection).map(([variableCode, valueCodes]) => ({ variableCode, valueCodes })),
      };
      const answer = await requestJson('scb', u, { method: 'POST', body }, options).catch(notFound(tableId));
      const d = asDataset(answer, u);
      return {
        label: d.label ?? tableId,
        source: d.source ?? null,
        updated: d.updated ?? null,
        rows: parseJsonStat2(d, u),
      };
    },
  };
}

export type ScbClient = ReturnType<typeof createScbClient>;
