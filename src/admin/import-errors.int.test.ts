import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';
import { AppError } from '../platform/errors.js';
import { exportData, importData, type DataFile } from './data-file.js';

/** Issue 11, item 9: a refused import names the table and row, and never prints their contents. */
const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'samsyn-import-errors-'));

describe('a refused import', () => {
  let source: TestEnv;
  let file: DataFile;
  beforeAll(async () => {
    source = await startTestEnv('pglite');
    await world(source.database.db);
    const good = await exportData(source.database.db);
    const users = good.tables.users as Record<string, unknown>[];
    expect(JSON.stringify(users)).toContain('$argon2');
    // A second account with the first one's e-mail address: the unique constraint refuses it.
    const copy = { ...users[0], id: '00000000-0000-4000-8000-000000000001', person_id: users[1]!.person_id };
    file = { ...good, tables: { ...good.tables, users: [...users.slice(0, 3), copy, ...users.slice(3)] } };
  });
  afterAll(async () => {
    await source?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the table and row without any secret, and leaves the database empty', async () => {
    const target = await startTestEnv('pglite');
    try {
      const err = await importData(target.database.db, file).catch((e) => e);
      expect(err).toBeInstanceOf(AppError);
      expect(err.code).toBe('data.import_invalid');
      expect(err.message).toMatch(/^Table users, row 4 \(id 00000000-0000-4000-8000-000000000001\): duplicate key/);
      expect(err.message + JSON.stringify(err.details)).not.toMatch(/argon2|\$v=19|@test\.example/);
      const left = (await target.database.db.execute('select count(*)::int as n from users' as never)) as any;
      expect(left.rows[0].n).toBe(0);
    } finally {
      await target.close();
    }
  });

  it('prints no password hash from `npm run admin -- import`', async () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, JSON.stringify(file));
    const out = await run(process.execPath, ['--import', 'tsx', 'src/admin/cli.ts', 'import', '--file', path], {
      env: { ...process.env, DATA_DIR: join(dir, 'db'), DATABASE_URL: '', LOG_LEVEL: 'silent' },
    }).then(
      () => {
        throw new Error('the import should have failed');
      },
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/data\.import_invalid: Table users, row 4/);
    expect(out.stderr + out.stdout).not.toMatch(/argon2|\$v=19/);
  }, 120_000);
});
