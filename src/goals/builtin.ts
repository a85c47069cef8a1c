import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../platform/db/database.js';
import { frameworks } from './schema.js';
import { FrameworkFile } from './contract.js';
import { addVersion, findFrameworkByKey } from './repository.js';
import { recordChange } from '../audit/index.js';

/** National frameworks every installation has, read-only, shipped as JSON beside this file. */
export const builtinFiles = [
  'agenda2030.json',
  'environmental-objectives.json',
  'gender-equality.json',
  'public-health.json',
];

export function readFrameworkFile(name: string): FrameworkFile {
  const path = fileURLToPath(new URL(`./data/${name}`, import.meta.url));
  return FrameworkFile.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Install missing built-in frameworks as published version 1; runs at every start, cheap when present. */
export async function ensureBuiltinFrameworks(db: Db) {
  for (const name of builtinFiles) {
    const file = readFrameworkFile(name);
    if (await findFrameworkByKey(db, file.key)) continue;
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(frameworks)
        .values({
          key: file.key,
          kind: file.kind,
          builtin: true,
          shared: true,
          nameSv: file.name.sv,
          nameEn: file.name.en,
          descriptionSv: file.description?.sv || null,
          descriptionEn: file.description?.en || null,
          sourceSv: file.source?.sv || null,
          sourceEn: file.source?.en || null,
        })
        .onConflictDoNothing()
        .returning();
      if (!row) return;
      await addVersion(tx, row.id, 1, file.items, 'published', null);
      await recordChange(tx, null, {
        action: 'create',
        entityType: 'framework',
        entityId: row.id,
        after: { key: file.key, builtin: true },
      });
    });
  }
}
