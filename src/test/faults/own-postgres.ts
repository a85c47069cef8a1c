import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL server of the test's own (initdb into a temporary directory, its own port), so a
 * fault test may kill its connections and stop it without disturbing anyone else's database.
 */

/** The directory holding initdb and pg_ctl, or null when this machine has no PostgreSQL. */
export function findPostgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0) candidates.push(pgConfig.stdout.trim());
  if (existsSync('/usr/lib/postgresql')) {
    const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(join('/usr/lib/postgresql', v, 'bin'));
  }
  return candidates.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl'))) ?? null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface OwnPostgres {
  url: string;
  port: number;
  start(): void;
  stop(mode?: 'fast' | 'immediate'): void;
  destroy(): void;
}

/** initdb refuses to run as root: then the server runs as the `postgres` user. */
function runAs(): string[] {
  if (process.getuid?.() !== 0) return [];
  return ['runuser', '-u', 'postgres', '--'];
}

export async function startOwnPostgres(bin: string): Promise<OwnPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const prefix = runAs();
  if (prefix.length) {
    chmodSync(dir, 0o777);
  }
  const run = (cmd: string, args: string[]) => {
    const [exe, ...rest] = [...prefix, join(bin, cmd), ...args];
    execFileSync(exe, rest, { stdio: 'pipe', timeout: 60_000 });
  };
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const start = () =>
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'log'),
      '-w',
      '-t',
      '30',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`,
      'start',
    ]);
  start();
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () => {
      start();
      running = true;
    },
    stop: (mode = 'fast') => {
      run('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '30', 'stop']);
      running = false;
    },
    destroy: () => {
      try {
        if (running) run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '30', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
