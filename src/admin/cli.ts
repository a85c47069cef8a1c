import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../platform/config.js';
import { openDatabase, type Db } from '../platform/db/database.js';
import { counties } from '../counties/index.js';
import { organisations } from '../organisations/index.js';
import { organisationTypes } from '../organisations/contract.js';
import { people } from '../people/index.js';
import { insertUser, setPassword } from '../auth/index.js';
import { roles, type Role } from '../policy/policy.js';
import { AppError } from '../platform/errors.js';
import { exportData, importData, importFailureReason } from './data-file.js';

const usage = `Samsyn administration (npm run admin -- <command> [options])

  create-user     --email E --password P --role admin|coordinator|member|reader
                  --given NAME --family NAME --organisation "Organisation name"
                  [--county-code 23 --county-name "Jämtlands län" --organisation-type region]
                  Creates the person and account; with --county-* also the county and organisation
                  when they do not exist yet (how a new installation gets its first administrator).
  reset-password  --email E --password P
  export          --file samsyn-export.json     All data in one file.
  import          --file samsyn-export.json     Into an empty database.

The database is the one Samsyn uses: DATABASE_URL, or the embedded database in DATA_DIR.`;

async function findOrCreateOrganisation(db: Db, v: Record<string, string | undefined>) {
  const name = v.organisation ?? '';
  const [existing] = await db.select().from(organisations).where(eq(organisations.name, name));
  if (existing) return existing;
  if (!v['county-code'] || !v['county-name']) {
    throw new Error(`No organisation named "${name}"; give --county-code and --county-name to create it`);
  }
  const type = v['organisation-type'] ?? 'region';
  if (!(organisationTypes as readonly string[]).includes(type))
    throw new Error(`--organisation-type must be one of ${organisationTypes.join(', ')}`);
  let [county] = await db.select().from(counties).where(eq(counties.code, v['county-code']));
  if (!county)
    [county] = await db.insert(counties).values({ code: v['county-code'], name: v['county-name'] }).returning();
  const [org] = await db.insert(organisations).values({ countyId: county.id, type, name }).returning();
  return org;
}

async function run(command: string | undefined, v: Record<string, string | undefined>) {
  const need = (...keys: string[]) => {
    const missing = keys.filter((k) => !v[k]);
    if (missing.length) throw new Error(`Missing ${missing.map((k) => `--${k}`).join(', ')}\n\n${usage}`);
  };
  if (!command || !['create-user', 'reset-password', 'export', 'import'].includes(command)) {
    console.log(usage);
    return command ? 1 : 0;
  }
  const config = loadConfig();
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const db = database.db;
  try {
    if (command === 'create-user') {
      need('email', 'password', 'role', 'given', 'family', 'organisation');
      if (!(roles as readonly string[]).includes(v.role!)) throw new Error(`--role must be one of ${roles.join(', ')}`);
      const org = await findOrCreateOrganisation(db, v);
      const user = await db.transaction(async (tx) => {
        const [person] = await tx
          .insert(people)
          .values({ organisationId: org.id, givenName: v.given!, familyName: v.family!, email: v.email!.toLowerCase() })
          .returning();
        return insertUser(tx, null, {
          personId: person.id,
          email: v.email!,
          role: v.role as Role,
          password: v.password!,
        });
      });
      console.log(`Created ${user.role} ${user.email} (${user.name}, ${user.organisationName})`);
    } else if (command === 'reset-password') {
      need('email', 'password');
      await setPassword(db, v.email!, v.password!);
      console.log(`New password set for ${v.email}; their sessions have ended`);
    } else if (command === 'export') {
      need('file');
      const data = await exportData(db);
      writeFileSync(v.file!, JSON.stringify(data, null, 1));
      const total = Object.values(data.tables).reduce((n, r) => n + r.length, 0);
      console.log(`Exported ${total} rows from ${Object.keys(data.tables).length} tables to ${v.file}`);
    } else if (command === 'import') {
      need('file');
      const counts = await importData(db, JSON.parse(readFileSync(v.file!, 'utf8')));
      console.log(`Imported ${Object.values(counts).reduce((a, b) => a + b, 0)} rows from ${v.file}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: Object.fromEntries(
    [
      'email',
      'password',
      'role',
      'given',
      'family',
      'organisation',
      'organisation-type',
      'county-code',
      'county-name',
      'file',
    ].map((k) => [k, { type: 'string' as const }]),
  ),
});
run(positionals[0], values as Record<string, string | undefined>).then(
  (code) => process.exit(code),
  (e) => {
    // A failed query's message holds its parameters (rows, password hashes): never print it whole.
    const message = String((e as Error)?.message ?? e);
    console.error(
      e instanceof AppError
        ? `${e.code}: ${e.message}`
        : message.startsWith('Failed query')
          ? `The database refused the command: ${importFailureReason(e)}`
          : message,
    );
    process.exit(1);
  },
);
