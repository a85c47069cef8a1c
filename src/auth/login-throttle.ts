import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../platform/db/database.js';
import { AppError } from '../platform/errors.js';
import { loginFailures } from './schema.js';

/**
 * Slowing down password guessing (issue 10, item 3). Only failures count, and they count per
 * account and address together: the first `freeFailures` within the window cost nothing, each
 * further one doubles the wait before the next try from that address (1 s, 2 s, 4 s … up to the
 * window). A success clears the count. Someone guessing elsewhere therefore never locks the owner
 * out of their own account from their usual address, and ten correct sign-ins are just ten
 * sign-ins.
 */
export interface ThrottleRule {
  freeFailures: number;
  windowMs: number;
}

/** The wait after `failures` failures, in milliseconds (0 while still within the free ones). */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.freeFailures) return 0;
  const doublings = Math.min(failures - rule.freeFailures, 30);
  return Math.min(1000 * 2 ** doublings, rule.windowMs);
}

/**
 * The key of an address: IPv6 hosts usually own a whole /64, so it counts as one address; IPv4
 * (also IPv4 mapped into IPv6) is the address itself.
 */
export function addressKey(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (v4) return v4[1]!;
  if (!ip.includes(':')) return ip;
  const [head = '', tail = ''] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * Count this attempt as a failure before the password is checked (so a burst of parallel guesses
 * cannot all slip in before the first is counted), or refuse it with 429 while the pair must wait.
 * A successful sign-in then calls `forgetFailures`.
 */
export async function reserveAttempt(db: Db, account: string, address: string, rule: ThrottleRule, now = new Date()) {
  await db.transaction(async (tx) => {
    await tx
      .insert(loginFailures)
      .values({ account, address, failures: 0, lastFailedAt: new Date(0) })
      .onConflictDoNothing();
    const [row] = await tx
      .select()
      .from(loginFailures)
      .where(and(eq(loginFailures.account, account), eq(loginFailures.address, address)))
      .for('update');
    const stale = !row || now.getTime() - row.lastFailedAt.getTime() > rule.windowMs;
    const failures = stale ? 0 : row.failures;
    const waitUntil = (row?.lastFailedAt.getTime() ?? 0) + delayAfter(failures, rule);
    if (!stale && waitUntil > now.getTime()) {
      const retryAfterSeconds = Math.ceil((waitUntil - now.getTime()) / 1000);
      throw new AppError(
        'request.rate_limited',
        `Too many wrong passwords for this account from your address; try again in ${retryAfterSeconds} s`,
        { retryAfterSeconds },
      );
    }
    await tx
      .update(loginFailures)
      .set({ failures: failures + 1, lastFailedAt: now })
      .where(and(eq(loginFailures.account, account), eq(loginFailures.address, address)));
  });
}

/** A correct password from this address: its guesses are forgiven; long-past failures go too. */
export async function forgetFailures(db: Db, account: string, address: string, rule: ThrottleRule) {
  await db.delete(loginFailures).where(and(eq(loginFailures.account, account), eq(loginFailures.address, address)));
  await db.delete(loginFailures).where(lt(loginFailures.lastFailedAt, new Date(Date.now() - rule.windowMs)));
}
