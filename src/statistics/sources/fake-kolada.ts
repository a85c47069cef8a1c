/**
 * A local Kolada: a node:http server that answers the v3 routes the client uses, in the format and
 * paging documented for the real API (README.md), from in-memory data. Tests, the benchmark and
 * (later) the demo run against it; it starts on port 0 and returns its base URL.
 *
 * Switches a test can flip: `failNext(status, { times, retryAfter })` answers the next requests with
 * an error (a 429 with Retry-After, a 503 …); `breakNextPage(n)` drops the connection the next time
 * page n is asked for — the page break in the middle of an import.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Gender } from './kolada.js';

/** A KPI as the API sends it (snake_case, is_divided_by_gender as 0/1). */
export interface RawKpi {
  id: string;
  title: string;
  description: string;
  operating_area: string;
  is_divided_by_gender: 0 | 1;
  municipality_type: string;
  publication_date?: string | null;
  auspices?: string | null;
  [extra: string]: unknown;
}

export interface RawValue {
  gender: Gender;
  value: number | null;
  status: string | null;
  count: number;
  isdeleted?: boolean;
}

export interface RawDataItem {
  kpi: string;
  municipality: string;
  period: number;
  values: RawValue[];
}

/** What the server knows; `item` may compute values on the fly (the benchmark's 435 000 rows). */
export interface KoladaStore {
  kpis: RawKpi[];
  municipalities: string[];
  years: number[];
  item(kpi: string, municipality: string, year: number): RawDataItem | undefined;
  /** The calendar date a value was last written (for from_date); undefined = long ago. */
  updated?(kpi: string, municipality: string, year: number): string | undefined;
}

export function storeFromItems(kpis: RawKpi[], items: (RawDataItem & { updated?: string })[]): KoladaStore {
  const byKey = new Map(items.map((i) => [`${i.kpi}|${i.municipality}|${i.period}`, i]));
  return {
    kpis,
    municipalities: [...new Set(items.map((i) => i.municipality))].sort(),
    years: [...new Set(items.map((i) => i.period))].sort((a, b) => a - b),
    item: (k, m, y) => byKey.get(`${k}|${m}|${y}`),
    updated: (k, m, y) => byKey.get(`${k}|${m}|${y}`)?.updated,
  };
}

export interface FakeKoladaOptions {
  store: KoladaStore;
  maxIdsPerSegment?: number;
  maxPerPage?: number;
}

interface Fault {
  status: number;
  retryAfter?: string;
}

export async function startFakeKolada(options: FakeKoladaOptions) {
  const { store } = options;
  const maxIds = options.maxIdsPerSegment ?? 25;
  const maxPerPage = options.maxPerPage ?? 5000;
  const kpiById = new Map(store.kpis.map((k) => [k.id, k]));
  const faults: Fault[] = [];
  const pageBreaks = new Set<number>();
  const requests: string[] = [];
  let base = '';

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(text);
  };

  /** Page `page` of `all`, with next_url/previous_url built from the same path and query. */
  function paged<T>(res: ServerResponse, url: URL, all: T[]) {
    const perPage = Math.min(
      maxPerPage,
      Math.max(1, Number(url.searchParams.get('per_page') ?? maxPerPage) || maxPerPage),
    );
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const values = all.slice((page - 1) * perPage, page * perPage);
    const link = (p: number) => {
      const u = new URL(base + url.pathname.replace(/^\/v3/, '') + url.search);
      u.searchParams.set('page', String(p));
      u.searchParams.set('per_page', String(perPage));
      return u.toString();
    };
    send(res, 200, {
      count: values.length,
      values,
      next_url: page * perPage < all.length ? link(page + 1) : null,
      previous_url: page > 1 ? link(page - 1) : null,
    });
  }

  const ids = (segment: string) => decodeURIComponent(segment).split(',').filter(Boolean);

  function data(res: ServerResponse, url: URL, parts: Record<string, string[]>) {
    const kpis = parts.kpi ?? [];
    for (const list of Object.values(parts))
      if (list.length > maxIds)
        return send(res, 400, { error: `At most ${maxIds} ids per path segment, got ${list.length}` });
    const unknown = kpis.filter((k) => !kpiById.has(k));
    if (unknown.length > 0) return send(res, 404, { error: `Unknown kpi: ${unknown.join(',')}` });
    const fromDate = url.searchParams.get('from_date');
    const munis = parts.municipality ?? store.municipalities;
    const years = (parts.year ?? store.years.map(String)).map(Number);
    const items: RawDataItem[] = [];
    for (const k of kpis)
      for (const m of munis)
        for (const y of years) {
          const item = store.item(k, m, y);
          if (!item) continue;
          if (fromDate) {
            // Only what changed on or after the date; deleted values travel with isdeleted.
            const changed = store.updated?.(k, m, y);
            if (!changed || changed < fromDate) continue;
            items.push(item);
          } else {
            const live = item.values.filter((v) => !v.isdeleted);
            if (live.length) items.push(live.length === item.values.length ? item : { ...item, values: live });
          }
        }
    paged(res, url, items);
  }

  function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    const fault = faults.shift();
    if (fault)
      return send(
        res,
        fault.status,
        { error: 'injected' },
        fault.retryAfter ? { 'retry-after': fault.retryAfter } : {},
      );
    const page = Number(url.searchParams.get('page') ?? 1);
    if (pageBreaks.delete(page)) {
      // The connection dies mid-answer: headers out, body cut.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"values":[');
      req.socket.destroy();
      return;
    }
    if (req.method !== 'GET') return send(res, 405, { error: 'read-only API' });
    const segs = url.pathname.replace(/^\/v3/, '').split('/').filter(Boolean);
    if (segs[0] === 'kpi') {
      if (segs.length === 1) {
        const title = (url.searchParams.get('title') ?? '').toLowerCase();
        return paged(
          res,
          url,
          store.kpis.filter((k) => k.title.toLowerCase().includes(title)),
        );
      }
      const wanted = ids(segs[1]);
      if (wanted.length > maxIds) return send(res, 400, { error: `At most ${maxIds} ids` });
      const found = wanted.map((id) => kpiById.get(id)).filter((k): k is RawKpi => !!k);
      if (found.length === 0) return send(res, 404, { error: `Unknown kpi: ${wanted.join(',')}` });
      return paged(res, url, found);
    }
    if (segs[0] === 'data' && segs.length >= 4 && segs.length % 2 === 1) {
      const parts: Record<string, string[]> = {};
      for (let i = 1; i < segs.length; i += 2) parts[segs[i]] = ids(segs[i + 1]);
      const names = Object.keys(parts);
      const allowed = ['kpi', 'municipality', 'year'];
      if (names.every((n) => allowed.includes(n)) && parts.kpi) return data(res, url, parts);
    }
    send(res, 404, { error: 'No such route' });
  }

  const server = createServer((req, res) => {
    try {
      route(req, res);
    } catch (err) {
      send(res, 500, { error: (err as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3`;

  return {
    baseUrl: base,
    /** Paths and queries asked for, in order (tests read how the client split and paged). */
    requests,
    failNext(status: number, opts: { times?: number; retryAfter?: string } = {}) {
      for (let i = 0; i < (opts.times ?? 1); i++) faults.push({ status, retryAfter: opts.retryAfter });
    },
    breakNextPage(page: number) {
      pageBreaks.add(page);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export type FakeKolada = Awaited<ReturnType<typeof startFakeKolada>>;
