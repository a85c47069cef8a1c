import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../app/demo/county.js';
import { HttpSession, startServerProcess, type ServerProcess } from './server-process.js';
import { sleep, startWriteLoad } from './write-load.js';

/**
 * Issue 11, "keep it held": Samsyn killed with SIGKILL while many people save loses nothing it
 * acknowledged, on the embedded database (its default).
 */
const dir = mkdtempSync(join(tmpdir(), 'samsyn-server-kill-'));
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('the server killed mid-write', () => {
  it('keeps every acknowledged write', async () => {
    server = await startServerProcess({ DATA_DIR: dir }, 240_000);
    const session = await new HttpSession(server.url).login('samordnare@samsyn.example', DEMO_PASSWORD);
    const orgs = (await session.request('GET', '/api/organisations')).body as { items: { id: string }[] };
    const orgId = orgs.items[0]!.id;

    const load = startWriteLoad(session, orgId, 8, 'killed');
    const until = Date.now() + 20_000;
    while (load.acknowledged.size < 60 && Date.now() < until) await sleep(100);
    await server.kill('SIGKILL');
    await load.stop();
    const acknowledged = [...load.acknowledged];
    expect(acknowledged.length).toBeGreaterThan(0);
    // Answers cut off by the kill are not acknowledged; no other refusal is expected.
    expect(load.refused.filter((r) => r.status !== 0)).toEqual([]);

    server = await startServerProcess({ DATA_DIR: dir }, 240_000);
    const again = await new HttpSession(server.url).login('samordnare@samsyn.example', DEMO_PASSWORD);
    const found = new Set<string>();
    for (let page = 0; ; page++) {
      const r = (await again.request('GET', `/api/people?q=killed&limit=200&offset=${page * 200}`)).body as {
        items: { givenName: string }[];
      };
      for (const p of r.items) found.add(p.givenName);
      if (r.items.length < 200) break;
    }
    expect(acknowledged.filter((n) => !found.has(n))).toEqual([]);
  }, 600_000);
});
