import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../platform/config.js';
import { prepare } from './start.js';
import { Client } from '../test/harness.js';
import { DEMO_PASSWORD } from './demo/county.js';

const dir = mkdtempSync(join(tmpdir(), 'samsyn-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('starting Samsyn on the embedded database', () => {
  it('loads the demo county into an empty database only, and keeps everything across a restart', async () => {
    const config = testConfig({ DATA_DIR: dir, DEMO_DATA: 'true' });
    const first = await prepare(config);
    expect(first.demoLogin).toEqual({ email: 'admin@samsyn.example', password: DEMO_PASSWORD });
    const c = await new Client(first.app).login('samordnare@samsyn.example', DEMO_PASSWORD);
    const before = (await c.get('/api/organisations')).body.total;
    expect(before).toBe(10);
    expect((await c.post('/api/organisations', { type: 'agency', name: 'Försäkringskassan' })).status).toBe(201);
    await first.close();

    const second = await prepare(config);
    try {
      expect(second.demoLogin).toBeNull();
      const again = await new Client(second.app).login('samordnare@samsyn.example', DEMO_PASSWORD);
      const orgs = (await again.get('/api/organisations')).body;
      expect(orgs.total).toBe(11);
      expect(orgs.items.map((o: { name: string }) => o.name)).toContain('Försäkringskassan');
      const programmes = (await again.get('/api/programmes')).body;
      expect(programmes.items.map((p: { name: string }) => p.name)).toEqual([
        'Regionalt serviceprogram Jämtland Härjedalen',
      ]);
    } finally {
      await second.close();
    }
  }, 90_000);

  it('starts empty, without demo data, when DEMO_DATA is false', async () => {
    const empty = await prepare(testConfig({ DEMO_DATA: 'false' }), { inMemory: true });
    try {
      expect(empty.demoLogin).toBeNull();
      const c = new Client(empty.app);
      expect((await c.get('/readyz')).status).toBe(200);
      await c.get('/api/auth/session');
      expect((await c.post('/api/auth/login', { email: 'admin@samsyn.example', password: DEMO_PASSWORD })).status).toBe(
        401,
      );
    } finally {
      await empty.close();
    }
  });
});
