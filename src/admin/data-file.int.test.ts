import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../platform/db/database.js';
import { ensureBuiltinFrameworks } from '../goals/builtin.js';
import { loadDemo } from '../demo/load.js';
import { engines, freshPostgres } from '../test/harness.js';
import { exportData, exportedTables, importData } from './data-file.js';
import { getTableConfig } from 'drizzle-orm/pg-core';
import * as schema from '../platform/db/schema.js';

async function fresh(engine: 'pglite' | 'postgres'): Promise<Database & { drop: () => Promise<void> }> {
  if (engine === 'pglite') return { ...(await openDatabase({})), drop: async () => {} };
  const pg = await freshPostgres();
  const d = await openDatabase({ url: pg.url });
  return { ...d, drop: async () => (await d.close(), await pg.drop()) };
}

describe.each(engines)('export and import of all data on %s', (engine) => {
  const opened: (Database & { drop: () => Promise<void> })[] = [];
  afterAll(async () => {
    for (const d of opened) await (engine === 'pglite' ? d.close() : d.drop());
  });

  it('round-trips the demo county into an empty database identically, and refuses a non-empty one', async () => {
    const source = await fresh(engine);
    opened.push(source);
    await ensureBuiltinFrameworks(source.db);
    await loadDemo(source.db);
    const first = await exportData(source.db);
    expect(first.tables.organisations).toHaveLength(10);
    expect(first.tables.users).toHaveLength(4);
    expect(first.tables.audit_log.length).toBeGreaterThan(50);

    const target = await fresh(engine);
    opened.push(target);
    await ensureBuiltinFrameworks(target.db); // a started-once empty installation
    const counts = await importData(target.db, first);
    expect(counts.framework_items).toBe(first.tables.framework_items.length);
    const second = await exportData(target.db);
    expect(second.tables).toEqual(first.tables);

    await expect(importData(target.db, first)).rejects.toMatchObject({ code: 'data.import_not_empty' });
    await expect(importData(target.db, { format: 'other' } as never)).rejects.toMatchObject({ code: 'data.import_invalid' });
  });
});

describe('export coverage', () => {
  it('covers every table except sessions and reset tokens', () => {
    const all = (Object.values(schema) as unknown[])
      .filter((v) => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in (v as object))
      .map((t) => getTableConfig(t as never).name);
    expect([...exportedTables, 'sessions', 'password_resets'].sort()).toEqual(all.sort());
    // Parents come before children.
    expect(exportedTables.indexOf('counties')).toBeLessThan(exportedTables.indexOf('organisations'));
    expect(exportedTables.indexOf('people')).toBeLessThan(exportedTables.indexOf('users'));
    expect(exportedTables.indexOf('framework_versions')).toBeLessThan(exportedTables.indexOf('framework_items'));
  });
});
