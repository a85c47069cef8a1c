import type { HttpSession } from './server-process.js';

/**
 * Many clients creating people at once, remembering which creations the server acknowledged
 * (201) and what every other answer was, so a fault test can check that nothing acknowledged was
 * lost and that failures were the promised ones.
 */
export interface WriteLoad {
  acknowledged: Set<string>;
  /** Status of every refused request (0 when the connection itself failed). */
  refused: { status: number; body: unknown; at: number }[];
  /** When the last 201 arrived. */
  lastOkAt: () => number;
  stop(): Promise<void>;
}

export function startWriteLoad(session: HttpSession, organisationId: string, workers: number, tag: string): WriteLoad {
  const acknowledged = new Set<string>();
  const refused: WriteLoad['refused'] = [];
  let stopped = false;
  let lastOk = 0;
  const worker = async (w: number) => {
    for (let i = 0; !stopped; i++) {
      const givenName = `${tag}-${w}-${i}`;
      try {
        const r = await session.request('POST', '/api/people', { organisationId, givenName, familyName: 'Last' });
        if (r.status === 201) {
          acknowledged.add(givenName);
          lastOk = Date.now();
        } else {
          refused.push({ status: r.status, body: r.body, at: Date.now() });
          // A refused write is retried by a person after a moment, not in a tight loop.
          await new Promise((res) => setTimeout(res, 50));
        }
      } catch (e) {
        refused.push({ status: 0, body: String(e), at: Date.now() });
        await new Promise((res) => setTimeout(res, 50));
      }
    }
  };
  const running = Array.from({ length: workers }, (_, w) => worker(w));
  return {
    acknowledged,
    refused,
    lastOkAt: () => lastOk,
    stop: async () => {
      stopped = true;
      await Promise.all(running);
    },
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
