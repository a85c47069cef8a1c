/**
 * A local SCB PxWebApi 2: GET /config, GET /tables/{id}/metadata and POST /tables/{id}/data
 * answering JSON-stat2 from in-memory tables, with the API's documented refusals (400 for an
 * unknown variable or value, 403 over maxDataCells, 404 for an unknown table, 429 with
 * Retry-After when told to, and an answer broken halfway). Starts on port 0 and returns its base URL.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeScbTable {
  /** The table's metadata as JSON-stat2 (no `value`): id, size, dimension, role, label … */
  metadata: {
    label: string;
    source?: string;
    updated?: string;
    id: string[];
    size: number[];
    role?: Record<string, string[]>;
    dimension: Record<
      string,
      { label: string; category: { index: Record<string, number>; label: Record<string, string> } }
    >;
    [extra: string]: unknown;
  };
  /** The value of one cell (variable code → value code); null = missing, shown with status "..". */
  value(cell: Record<string, string>): number | null;
}

export interface FakeScbOptions {
  tables: Record<string, FakeScbTable>;
  maxDataCells?: number;
}

const problem = (status: number, title: string, detail: string) => ({ type: 'about:blank', title, status, detail });

export async function startFakeScb(options: FakeScbOptions) {
  const maxDataCells = options.maxDataCells ?? 150_000;
  const faults: { status: number; retryAfter?: string }[] = [];
  /** Data answers still to break halfway (the connection dies mid-body, once each). */
  let breaks = 0;
  const requests: string[] = [];

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const type = status >= 400 ? 'application/problem+json' : 'application/json; charset=utf-8';
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(JSON.stringify(body));
  };

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (text += c));
      req.on('end', () => resolve(text));
      req.on('error', reject);
    });

  function data(res: ServerResponse, table: FakeScbTable, body: unknown) {
    const meta = table.metadata;
    const selection = (body as { selection?: { variableCode?: string; valueCodes?: string[] }[] })?.selection;
    if (!Array.isArray(selection)) return send(res, 400, problem(400, 'Bad Request', 'selection is missing'));
    const chosen = new Map<string, string[]>();
    for (const s of selection) {
      const dim = s.variableCode ? meta.dimension[s.variableCode] : undefined;
      if (!dim || !s.variableCode) return send(res, 400, problem(400, 'Bad Request', `No variable ${s.variableCode}`));
      const all = Object.keys(dim.category.index).sort((a, b) => dim.category.index[a] - dim.category.index[b]);
      const codes = (s.valueCodes ?? []).includes('*') ? all : (s.valueCodes ?? []);
      const wrong = codes.find((c) => !(c in dim.category.index));
      if (wrong)
        return send(
          res,
          400,
          problem(400, 'Bad Request', `Value ${wrong} is not a valid value code for variable ${s.variableCode}`),
        );
      chosen.set(s.variableCode, codes);
    }
    const missing = meta.id.find((id) => !chosen.get(id)?.length);
    if (missing) return send(res, 400, problem(400, 'Bad Request', `Variable ${missing} needs a selection`));
    const size = meta.id.map((id) => chosen.get(id)!.length);
    const cells = size.reduce((a, b) => a * b, 1);
    if (cells > maxDataCells)
      return send(res, 403, problem(403, 'Forbidden', `${cells} cells exceed the limit of ${maxDataCells}`));

    const value: (number | null)[] = [];
    const status: Record<string, string> = {};
    const at = new Array<number>(size.length).fill(0);
    for (let i = 0; i < cells; i++) {
      const cell = Object.fromEntries(meta.id.map((id, k) => [id, chosen.get(id)![at[k]]]));
      const v = table.value(cell);
      value.push(v);
      if (v === null) status[String(i)] = '..';
      for (let k = size.length - 1; k >= 0 && ++at[k] >= size[k]; k--) at[k] = 0;
    }
    const dimension = Object.fromEntries(
      meta.id.map((id) => {
        const codes = chosen.get(id)!;
        const d = meta.dimension[id];
        return [
          id,
          {
            label: d.label,
            category: {
              index: Object.fromEntries(codes.map((c, i) => [c, i])),
              label: Object.fromEntries(codes.map((c) => [c, d.category.label[c] ?? c])),
            },
          },
        ];
      }),
    );
    send(res, 200, {
      version: '2.0',
      class: 'dataset',
      label: meta.label,
      source: meta.source ?? 'SCB',
      updated: meta.updated,
      id: meta.id,
      size,
      dimension,
      role: meta.role,
      value,
      ...(Object.keys(status).length ? { status } : {}),
    });
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const body = req.method === 'POST' ? await readBody(req) : '';
    const fault = faults.shift();
    if (fault)
      return send(res, fault.status, problem(fault.status, 'Injected', 'injected by the test'), {
        ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}),
      });
    const segs = url.pathname
      .replace(/^\/api\/v2/, '')
      .split('/')
      .filter(Boolean);
    if (segs[0] === 'config' && req.method === 'GET')
      return send(res, 200, {
        apiVersion: '2.0',
        defaultLanguage: 'sv',
        maxDataCells,
        maxCallsPerTimeWindow: 30,
        timeWindow: 10,
        license: 'https://creativecommons.org/publicdomain/zero/1.0/',
      });
    if (segs[0] !== 'tables' || !segs[1]) return send(res, 404, problem(404, 'Not Found', 'No such route'));
    // Own keys only: a table id such as "valueOf" or "constructor" is not a table (SCB answers 404).
    const tableId = decodeURIComponent(segs[1]);
    const table = Object.hasOwn(options.tables, tableId) ? options.tables[tableId] : undefined;
    if (!table) return send(res, 404, problem(404, 'Not Found', `No table ${segs[1]}`));
    if (segs[2] === 'metadata' && req.method === 'GET')
      return send(res, 200, { version: '2.0', class: 'dataset', ...table.metadata });
    if (segs[2] === 'data' && req.method === 'POST') {
      if (breaks > 0) {
        breaks--;
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.write('{"version":"2.0","class":"dataset","id":["Region"');
        return void setTimeout(() => res.destroy(), 5);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return send(res, 400, problem(400, 'Bad Request', 'body is not JSON'));
      }
      return data(res, table, parsed);
    }
    send(res, 404, problem(404, 'Not Found', 'No such route'));
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: Error) => send(res, 500, problem(500, 'Internal Server Error', err.message)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;

  return {
    baseUrl,
    requests,
    failNext(status: number, opts: { times?: number; retryAfter?: string } = {}) {
      for (let i = 0; i < (opts.times ?? 1); i++) faults.push({ status, retryAfter: opts.retryAfter });
    },
    /** The next data answer breaks halfway (a connection that dies in the middle of an answer). */
    breakNextData() {
      breaks++;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export type FakeScb = Awaited<ReturnType<typeof startFakeScb>>;
