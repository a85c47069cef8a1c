import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Issue 11, "keep it held": the embedded database killed in the middle of writing opens again
 * with every committed row, and takes writes again.
 */
const writer = fileURLToPath(new URL('./pglite-writer.ts', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'samsyn-pglite-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Run the writer until it has committed `rows` rows (or `ms` passed since its first commit), then
 * SIGKILL it. Opening a fresh data directory is slow on a busy machine, hence the separate bound.
 */
async function writeThenKill(tag: string, rows: number, ms: number, startupMs = 150_000): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, tag], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const committed: string[] = [];
  let err = '';
  let buf = '';
  child.stderr.on('data', (d) => (err += String(d)));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      const startup = setTimeout(
        () => reject(new Error(`the writer committed nothing in ${startupMs} ms:\n${err}`)),
        startupMs,
      );
      let writing: NodeJS.Timeout | undefined;
      child.stdout.on('data', (d) => {
        buf += String(d);
        const lines = buf.split('\n');
        buf = lines.pop()!;
        for (const l of lines) if (l.startsWith(`${tag}-`)) committed.push(l);
        if (committed.length && !writing) {
          clearTimeout(startup);
          writing = setTimeout(resolve, ms);
        }
        if (committed.length >= rows) {
          clearTimeout(writing);
          resolve();
        }
      });
      child.on('exit', (code) => reject(new Error(`the writer exited by itself (${code}):\n${err}`)));
    });
  } finally {
    child.kill('SIGKILL');
    await exited;
  }
  return committed;
}

describe('the embedded database killed mid-write', () => {
  it('opens again with every committed row and takes new writes', async () => {
    const first = await writeThenKill('a', 60, 10_000);
    const second = await writeThenKill('b', 60, 10_000);

    const db = await PGlite.create(dir);
    try {
      const res = await db.query<{ id: string; n: number }>('select id, n from fault_probe');
      const stored = new Map(res.rows.map((r) => [r.id, Number(r.n)]));
      expect([...first, ...second].filter((id) => !stored.has(id))).toEqual([]);
      // Both statements of a transaction or neither: the counter row saw one update per stored row.
      for (const tag of ['a', 'b']) {
        const ofTag = res.rows.filter((r) => r.id.startsWith(`${tag}-`));
        expect(stored.get(`${tag}-0`)).toBe(ofTag.length);
      }
      await db.query(`insert into fault_probe (id, payload, n) values ('after', 'ok', 0)`);
      expect((await db.query('select id from fault_probe where id = $1', ['after'])).rows).toHaveLength(1);
    } finally {
      await db.close();
    }
  }, 400_000);
});
