import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from './own-postgres.js';

/**
 * Samsyn started the way `npm run dev` starts it, as its own process, so a fault test can watch
 * whether the process survives (or kill it) while it talks to it over HTTP.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The server's entry file, read from the dev script so the test follows it when it moves. */
function entryFile(): string {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> };
  const m = /tsx(?: watch)? (\S+\.ts)/.exec(pkg.scripts.dev ?? '');
  if (!m) throw new Error('package.json scripts.dev does not name the server entry (tsx watch <file>.ts)');
  return m[1]!;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote to stderr, for the failure message. */
  output: () => string;
  exited: () => boolean;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>, timeoutMs = 90_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', entryFile()], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      SMTP_URL: '',
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  let gone = false;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', () => {
      gone = true;
      resolve();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (gone) throw new Error(`Samsyn exited while starting:\n${out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Samsyn did not become ready in ${timeoutMs} ms:\n${out}`);
    }
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    output: () => out,
    exited: () => gone,
    kill: async (signal = 'SIGTERM') => {
      if (!gone) child.kill(signal);
      await exit;
    },
  };
}

/** A signed-in HTTP client against a listening server: keeps its cookies, sends the CSRF header. */
export class HttpSession {
  private cookies = new Map<string, string>();
  constructor(private base: string) {}

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const csrf = this.cookies.get('samsyn_csrf');
    const res = await fetch(this.base + path, {
      method,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const value = pair!.slice(i + 1);
      if (value) this.cookies.set(pair!.slice(0, i), value);
      else this.cookies.delete(pair!.slice(0, i));
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, body: parsed };
  }

  async login(email: string, password: string) {
    await this.request('GET', '/api/auth/session');
    const r = await this.request('POST', '/api/auth/login', { email, password });
    if (r.status !== 200) throw new Error(`login failed: ${r.status} ${JSON.stringify(r.body)}`);
    return this;
  }
}
