import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../platform/config.js';
import { prepare } from '../app/start.js';
import { Client } from '../test/harness.js';

const run = promisify(execFile);
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'samsyn-cli-'));
  dirs.push(d);
  return d;
};
const admin = (dataDir: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/admin/cli.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
  });

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('administration from the command line', () => {
  it('creates the first administrator, exports, imports into an empty database and resets a password', async () => {
    const first = tmp();
    const created = await admin(
      first,
      'create-user',
      '--email',
      'Chef@Region.example',
      '--password',
      'first admin password',
      '--role',
      'admin',
      '--given',
      'Ada',
      '--family',
      'Admin',
      '--organisation',
      'Region Norr',
      '--county-code',
      '25',
      '--county-name',
      'Norrbottens län',
    );
    expect(created.stdout).toContain('Created admin chef@region.example (Ada Admin, Region Norr)');

    const file = join(first, 'export.json');
    const exported = await admin(first, 'export', '--file', file);
    expect(exported.stdout).toMatch(/Exported \d+ rows/);
    const data = JSON.parse(readFileSync(file, 'utf8'));
    expect(data.tables.users[0].email).toBe('chef@region.example');
    expect(data.tables.sessions).toBeUndefined();

    const second = tmp();
    await admin(second, 'import', '--file', file);
    await admin(second, 'reset-password', '--email', 'chef@region.example', '--password', 'second admin password');
    await expect(admin(second, 'import', '--file', file)).rejects.toMatchObject({
      stderr: expect.stringContaining('data.import_not_empty'),
    });
    await expect(admin(second, 'create-user', '--email', 'x@y.example')).rejects.toMatchObject({
      stderr: expect.stringContaining('Missing --password'),
    });

    const running = await prepare(testConfig({ DATA_DIR: second }));
    try {
      const c = await new Client(running.app).login('chef@region.example', 'second admin password');
      const orgs = await c.get('/api/organisations');
      expect(orgs.body.items.map((o: { name: string }) => o.name)).toEqual(['Region Norr']);
    } finally {
      await running.close();
    }
    // Six command-line runs, each starting Node with tsx and migrating an embedded database: about
    // 40 s on a quiet machine, more than 90 s while the rest of the suite loads both cores.
  }, 240_000);
});
