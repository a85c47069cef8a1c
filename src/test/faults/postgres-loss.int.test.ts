import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../app/demo/county.js';
import { findPostgresBin, startOwnPostgres, type OwnPostgres } from './own-postgres.js';
import { HttpSession, startServerProcess, type ServerProcess } from './server-process.js';
import { sleep, startWriteLoad } from './write-load.js';

/**
 * Issue 11 item 1: losing PostgreSQL under write load must cost the requests in flight a 503 —
 * never a 500, never the process — and Samsyn must carry on by itself once the database is back.
 * The test starts a PostgreSQL of its own so it may kill its connections and stop it.
 */
const bin = findPostgresBin();
const title = bin
  ? 'losing PostgreSQL under write load'
  : 'losing PostgreSQL under write load — skipped: no PostgreSQL binaries (initdb, pg_ctl) on this machine; set PG_BIN';
if (!bin) console.warn(`[postgres-loss] ${title}`);

/** What the server logged as unexpected errors: the message and its causes, without the SQL. */
function loggedErrors(output: string): string {
  return output
    .split('\n')
    .filter((l) => l.includes('"level":50'))
    .slice(0, 3)
    .map((l) => {
      const e = (JSON.parse(l) as { err?: { type?: string; stack?: string } }).err;
      return `${e?.type}: ${(e?.stack ?? '')
        .split('\n')
        .filter((s) => !s.includes('    at '))
        .join(' | ')}`.slice(-600);
    })
    .join('\n');
}

describe.skipIf(!bin)(title, () => {
  let db: OwnPostgres;
  let server: ServerProcess;
  let session: HttpSession;
  let orgId: string;

  beforeAll(async () => {
    db = await startOwnPostgres(bin!);
    server = await startServerProcess({ DATABASE_URL: db.url }, 240_000);
    session = await new HttpSession(server.url).login('samordnare@samsyn.example', DEMO_PASSWORD);
    const orgs = (await session.request('GET', '/api/organisations')).body as { items: { id: string }[] };
    orgId = orgs.items[0]!.id;
  }, 300_000);

  afterAll(async () => {
    await server?.kill('SIGKILL');
    db?.destroy();
  });

  async function terminateBackends() {
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    const r = await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
        where pid <> pg_backend_pid() and backend_type = 'client backend'`,
    );
    await admin.end();
    return r.rowCount ?? 0;
  }

  it('answers 503 (never 500), stays up, keeps every acknowledged write and recovers by itself', async () => {
    const load = startWriteLoad(session, orgId, 12, 'pgloss');
    await sleep(1500);
    expect(load.acknowledged.size).toBeGreaterThan(0);

    // Busy backends killed mid-transaction, several times over.
    let killed = 0;
    for (let i = 0; i < 6; i++) {
      killed += await terminateBackends();
      await sleep(250);
    }
    expect(killed).toBeGreaterThan(0);
    await sleep(1000);

    // The whole server stopped for a while, then started again.
    db.stop('fast');
    await sleep(2000);
    expect(server.exited()).toBe(false);
    db.start();
    const backAt = Date.now();
    const deadline = backAt + 60_000;
    while (load.lastOkAt() < backAt && Date.now() < deadline) await sleep(200);
    await sleep(1000);
    await load.stop();

    expect(server.exited(), server.output()).toBe(false);
    expect(load.lastOkAt(), 'writes succeed again after PostgreSQL is back').toBeGreaterThan(backAt);
    const statuses = [...new Set(load.refused.map((r) => r.status))];
    const odd = load.refused.filter((r) => r.status !== 503).slice(0, 3);
    expect(statuses, `${JSON.stringify(odd)}\n${loggedErrors(server.output())}`).toEqual([503]);
    for (const r of load.refused) {
      expect(r.body).toMatchObject({ error: { code: 'database.unavailable', message: expect.any(String) } });
    }
    expect(server.output()).not.toMatch(/Unhandled 'error' event/);

    const check = new pg.Client({ connectionString: db.url });
    await check.connect();
    const rows = await check.query<{ given_name: string }>(
      `select given_name from people where given_name like 'pgloss-%'`,
    );
    await check.end();
    const stored = new Set(rows.rows.map((r) => r.given_name));
    const lost = [...load.acknowledged].filter((n) => !stored.has(n));
    expect(lost, 'acknowledged writes missing after the faults').toEqual([]);

    const after = await session.request('POST', '/api/people', {
      organisationId: orgId,
      givenName: 'after-recovery',
      familyName: 'Last',
    });
    expect(after.status).toBe(201);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  }, 300_000);
});
