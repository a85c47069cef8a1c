/** Load generation: autocannon in a child process, so it does not share the server's event loop. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';

const autocannonCli = join(dirname(createRequire(import.meta.url).resolve('autocannon/package.json')), 'autocannon.js');

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
}

export function autocannon(
  url: string,
  o: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const args = [autocannonCli, '--json', '-c', String(o.connections), '-d', String(o.seconds)];
  for (const [k, v] of Object.entries(o.headers ?? {})) args.push('-H', `${k}:${v}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}: ${err}`));
      const j = JSON.parse(out);
      resolve({
        rps: j.requests.average,
        p50: j.latency.p50,
        p99: j.latency.p99,
        requests: j.requests.total,
        non2xx: j.non2xx,
        errors: j.errors,
        timeouts: j.timeouts,
        bytesPerResponse: j.requests.total ? Math.round(j.throughput.total / j.requests.total) : 0,
      });
    });
  });
}

/** Signs in like the web app: GET /api/auth/session for the CSRF cookie, then POST /api/auth/login. */
export async function login(base: string, email: string, password: string): Promise<string> {
  const cookieOf = (res: Response, name: string) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith(`${name}=`));
  const csrf = cookieOf(await fetch(`${base}/api/auth/session`), 'samsyn_csrf');
  if (!csrf) throw new Error('GET /api/auth/session set no samsyn_csrf cookie');
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: csrf, 'x-csrf-token': csrf.slice('samsyn_csrf='.length) },
    body: JSON.stringify({ email, password }),
  });
  const session = cookieOf(res, 'samsyn_session');
  if (res.status !== 200 || !session) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return session;
}
