// Child process of the embedded-database fault test: opens a PGlite data directory and writes
// rows as fast as it can, printing each id once its transaction committed, until the test kills
// it with SIGKILL. Plain PGlite, as Samsyn opens it, without running the migrations each time.
import { PGlite } from '@electric-sql/pglite';

const [dir, tag] = process.argv.slice(2);
if (!dir || !tag) throw new Error('usage: pglite-writer.ts <data dir> <tag>');
const db = await PGlite.create(dir);
await db.exec('create table if not exists fault_probe (id text primary key, payload text not null, n int not null)');
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const id = `${tag}-${i}`;
  await db.transaction(async (tx) => {
    await tx.query('insert into fault_probe (id, payload, n) values ($1, $2, $3)', [id, 'x'.repeat(500), i]);
    await tx.query('update fault_probe set n = n + 1 where id = $1', [`${tag}-0`]);
  });
  process.stdout.write(`${id}\n`);
}
