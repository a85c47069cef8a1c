/**
 * Start-up measurement: run the real entry point (src/app/main.ts) as a child process and time it
 * from spawn to the first 200 from GET /readyz, polled every 20 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export const ROOT = new URL('../..', import.meta.url).pathname;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export interface StartResult {
  /** Spawn → first 200 from /readyz, as a user or orchestrator sees it. */
  ms: number;
  /** The "ready in … ms" the server prints itself (config → listening; excludes Node/tsx boot). */
  selfReportedMs: number | null;
}

/**
 * Spawns `node --import tsx src/app/main.ts` (what `tsx src/app/main.ts` runs, minus the npx/tsx
 * launcher processes), waits for /readyz, then stops it with SIGTERM (a clean shutdown, so
 * PGlite's files are closed before the next start).
 */
export async function timeStart(env: Record<string, string>, timeoutMs = 180_000): Promise<StartResult> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  try {
    for (;;) {
      if (exited) throw new Error(`server exited before it was ready:\n${out}`);
      if (performance.now() - t0 > timeoutMs) throw new Error(`server not ready after ${timeoutMs} ms:\n${out}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2000) })
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const ms = performance.now() - t0;
    // main.ts prints its line right after listen(); give stdout a moment to arrive.
    await new Promise((r) => setTimeout(r, 100));
    const m = /ready in (\d+) ms/.exec(out);
    return { ms, selfReportedMs: m ? Number(m[1]) : null };
  } finally {
    await stop(child);
  }
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
