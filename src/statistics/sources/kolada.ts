/**
 * Client for Kolada's open API v3 (https://api.kolada.se/v3, see README.md in this folder for the
 * format and where it was found). The base URL is always given by the caller, so a closed network
 * or a test points it at a local server (fake-kolada.ts).
 *
 * What it guarantees to its caller: every page is followed to the end (`next_url`, or v2's
 * `next_page`); no path segment carries more than 25 ids; 429/5xx are retried with backoff
 * (http.ts); deleted values are dropped (and reported as keys, so a stored copy can drop them too);
 * a missing value stays `null` with its status, never 0; an unknown KPI is a SourceError with code
 * `source.not_found` and the ids in `details.ids` ("finns inte i Kolada").
 */
import { requestJson, SourceError, type RetryOptions } from './http.js';

export type Gender = 'K' | 'M' | 'T';
export const GENDERS: readonly Gender[] = ['K', 'M', 'T'];

export interface KoladaKpi {
  id: string;
  title: string;
  description: string;
  operatingArea: string | null;
  isDividedByGender: boolean;
  /** 'K' municipalities, 'L' regions, or both ('K,L' / 'A'), as Kolada writes it. */
  municipalityType: string | null;
  publicationDate: string | null;
  auspices: string | null;
}

export interface KoladaValueRow {
  kpiId: string;
  municipalityId: string;
  period: number;
  gender: Gender;
  /** null = "uppgift saknas"; never replaced by 0. */
  value: number | null;
  status: string | null;
  /** For a municipality group: how many members the (unweighted) average is over. */
  count: number | null;
}

export type KoladaValueKey = Pick<KoladaValueRow, 'kpiId' | 'municipalityId' | 'period' | 'gender'>;

export interface KoladaPage {
  rows: KoladaValueRow[];
  /** Values the source marks `isdeleted` (only sent when asking with from_date). */
  deleted: KoladaValueKey[];
}

export interface ValuesQuery {
  kpis: string[];
  /** Municipality ids: `0000` the country, `00LL` a region, `KKKK` a municipality, `G…` a group. */
  municipalities: string[];
  /** Omitted: every year the source has. */
  years?: number[];
  /** Only values created, changed or deleted on or after this calendar date (YYYY-MM-DD). */
  fromDate?: string;
}

export interface KoladaClientOptions extends RetryOptions {
  baseUrl: string;
  /** Items per page asked for (the API's maximum and default is 5 000). */
  perPage?: number;
  /** Most ids the API takes in one path segment (25). */
  maxIdsPerSegment?: number;
  /** A guard against a source whose next_url never ends. */
  maxPages?: number;
}

export const KOLADA_MAX_PER_PAGE = 5000;
export const KOLADA_MAX_IDS = 25;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function badResponse(url: string, what: string): SourceError {
  return new SourceError('source.bad_response', 'kolada', `kolada: ${url}: ${what}`, { url });
}

/** One page of any Kolada list: `values` plus where the next page is, absolute or relative. */
export function parseEnvelope(body: unknown, url: string): { values: unknown[]; next: string | null } {
  if (!isRecord(body) || !Array.isArray(body.values)) throw badResponse(url, 'no values array');
  const next = str(body.next_url) ?? str(body.next_page);
  return { values: body.values, next: next ? new URL(next, url).toString() : null };
}

export function parseKpi(raw: unknown): KoladaKpi | null {
  if (!isRecord(raw) || typeof raw.id !== 'string') return null;
  const split = raw.is_divided_by_gender;
  return {
    id: raw.id,
    title: str(raw.title) ?? raw.id,
    description: str(raw.description) ?? '',
    operatingArea: str(raw.operating_area),
    isDividedByGender: split === true || split === 1 || split === '1',
    municipalityType: str(raw.municipality_type),
    publicationDate: str(raw.publication_date),
    auspices: str(raw.auspices) ?? str(raw.auspice),
  };
}

const asNumberOrNull = (v: unknown): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  // Some exports carry numbers as strings; an empty string is a missing value, not 0.
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
};

/** The data items of one page → rows per gender, deleted ones set apart. */
export function parseDataValues(values: unknown[], url: string): KoladaPage {
  const rows: KoladaValueRow[] = [];
  const deleted: KoladaValueKey[] = [];
  for (const item of values) {
    if (!isRecord(item) || typeof item.kpi !== 'string' || typeof item.municipality !== 'string')
      throw badResponse(url, 'a data item without kpi or municipality');
    const period = Number(item.period);
    if (!Number.isInteger(period)) throw badResponse(url, `period ${String(item.period)} is not a year`);
    for (const v of Array.isArray(item.values) ? item.values : []) {
      if (!isRecord(v)) continue;
      const gender = (str(v.gender) ?? 'T') as Gender;
      if (!GENDERS.includes(gender)) continue;
      const key = { kpiId: item.kpi, municipalityId: item.municipality, period, gender };
      if (v.isdeleted === true || v.is_deleted === true) {
        deleted.push(key);
        continue;
      }
      rows.push({
        ...key,
        value: asNumberOrNull(v.value),
        status: str(v.status) || null,
        count: typeof v.count === 'number' ? v.count : null,
      });
    }
  }
  return { rows, deleted };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function createKoladaClient(options: KoladaClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const perPage = Math.min(KOLADA_MAX_PER_PAGE, Math.max(1, options.perPage ?? KOLADA_MAX_PER_PAGE));
  const maxIds = Math.min(KOLADA_MAX_IDS, options.maxIdsPerSegment ?? KOLADA_MAX_IDS);
  const maxPages = options.maxPages ?? 10_000;

  /** Every page from `first` on; each envelope's values are yielded as they arrive. */
  async function* pages(first: string): AsyncGenerator<{ values: unknown[]; url: string }> {
    const seen = new Set<string>();
    let url: string | null = first;
    while (url) {
      if (seen.has(url) || seen.size >= maxPages) throw badResponse(url, 'paging does not end');
      seen.add(url);
      const env = parseEnvelope(await requestJson('kolada', url, {}, options), url);
      yield { values: env.values, url };
      url = env.next;
    }
  }

  const withQuery = (path: string, query: Record<string, string | undefined>) => {
    const u = new URL(base + path);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) u.searchParams.set(k, v);
    return u.toString();
  };
  const segment = (ids: readonly (string | number)[]) => ids.map((id) => encodeURIComponent(String(id))).join(',');

  async function collectKpis(url: string): Promise<KoladaKpi[]> {
    const out: KoladaKpi[] = [];
    for await (const page of pages(url))
      for (const raw of page.values) {
        const kpi = parseKpi(raw);
        if (kpi) out.push(kpi);
      }
    return out;
  }

  /**
   * Values page by page (what an import stores as it goes, without holding all of them):
   * one request per ≤25 KPIs × ≤25 municipalities × ≤25 years, each followed to its last page.
   */
  async function* valuePages(query: ValuesQuery): AsyncGenerator<KoladaPage> {
    if (query.fromDate !== undefined && !DATE.test(query.fromDate))
      throw new RangeError(`fromDate must be YYYY-MM-DD, got ${query.fromDate}`);
    if (query.kpis.length === 0 || query.municipalities.length === 0) return;
    const kpiParts = chunk([...new Set(query.kpis)], maxIds);
    const muniParts = chunk([...new Set(query.municipalities)], maxIds);
    const yearParts = query.years?.length ? chunk([...new Set(query.years)], maxIds) : [null];
    for (const kpis of kpiParts)
      for (const munis of muniParts)
        for (const years of yearParts) {
          const path =
            `/data/kpi/${segment(kpis)}/municipality/${segment(munis)}` + (years ? `/year/${segment(years)}` : '');
          const url = withQuery(path, { per_page: String(perPage), from_date: query.fromDate });
          try {
            for await (const page of pages(url)) yield parseDataValues(page.values, page.url);
          } catch (err) {
            if (err instanceof SourceError && err.code === 'source.not_found')
              throw new SourceError('source.not_found', 'kolada', `kolada: not found among ${kpis.join(', ')}`, {
                ...err.details,
                ids: kpis,
              });
            throw err;
          }
        }
  }

  return {
    baseUrl: base,
    valuePages,

    /** KPIs whose title contains `title` (the API's own filter), optionally narrowed here. */
    async searchKpis(query: { title?: string; operatingArea?: string; onlyDividedByGender?: boolean } = {}) {
      const all = await collectKpis(withQuery('/kpi', { title: query.title, per_page: String(perPage) }));
      return all.filter(
        (k) =>
          (!query.operatingArea || (k.operatingArea ?? '').toLowerCase().includes(query.operatingArea.toLowerCase())) &&
          (!query.onlyDividedByGender || k.isDividedByGender),
      );
    },

    /** Metadata of these KPIs, in the order asked; any id Kolada does not know → not_found. */
    async getKpis(ids: string[]): Promise<KoladaKpi[]> {
      const unique = [...new Set(ids)];
      const found = new Map<string, KoladaKpi>();
      for (const part of chunk(unique, maxIds)) {
        try {
          for (const k of await collectKpis(withQuery(`/kpi/${segment(part)}`, { per_page: String(perPage) })))
            found.set(k.id, k);
        } catch (err) {
          if (!(err instanceof SourceError && err.code === 'source.not_found')) throw err;
        }
      }
      const missing = unique.filter((id) => !found.has(id));
      if (missing.length > 0)
        throw new SourceError('source.not_found', 'kolada', `kolada: no KPI ${missing.join(', ')}`, { ids: missing });
      return unique.map((id) => found.get(id)!);
    },

    /** All values of the query at once (small queries: a page, a chart). */
    async fetchValues(query: ValuesQuery): Promise<KoladaPage> {
      const rows: KoladaValueRow[] = [];
      const deleted: KoladaValueKey[] = [];
      for await (const page of valuePages(query)) {
        for (const r of page.rows) rows.push(r);
        for (const d of page.deleted) deleted.push(d);
      }
      return { rows, deleted };
    },
  };
}

export type KoladaClient = ReturnType<typeof createKoladaClient>;
