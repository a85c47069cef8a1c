/**
 * Counts requests whose handler has not finished yet, so a bench can wait for the server to drain
 * after a load run. When autocannon stops it closes its sockets, but the server keeps working on
 * the requests it has already read (under 50 connections, up to 50 of them): without waiting,
 * that leftover work spills into the next measured run, or runs into a closed database pool when
 * the bench shuts the server down ("Cannot use a pool after calling end on the pool").
 *
 * Call `trackInFlight(app)` before `listen()`. A request counts from the moment Node hands it to the
 * server (before any hook, so the session lookup is included) until its reply is produced (onSend,
 * which also runs for error replies and when the client has gone away).
 */
import type { FastifyInstance } from 'fastify';

export interface InFlight {
  readonly count: number;
  /** Waits until no request is in flight (polled every 20 ms) or timeoutMs has passed; resolves with the count left (0 = drained). */
  drained(timeoutMs?: number): Promise<number>;
}

export function trackInFlight(app: FastifyInstance): InFlight {
  let count = 0;
  const open = new WeakSet<object>();
  app.server.on('request', (raw: object) => {
    open.add(raw);
    count++;
  });
  app.addHook('onSend', async (req, _reply, payload) => {
    if (open.delete(req.raw)) count--;
    return payload;
  });
  return {
    get count() {
      return count;
    },
    async drained(timeoutMs = 120_000) {
      const t0 = performance.now();
      while (count > 0 && performance.now() - t0 < timeoutMs) await new Promise((r) => setTimeout(r, 20));
      return count;
    },
  };
}
