import { describe, expect, it } from 'vitest';
import { addressKey, delayAfter } from './login-throttle.js';

describe('delayAfter', () => {
  const rule = { freeFailures: 10, windowMs: 15 * 60_000 };
  it('costs nothing within the free failures, then doubles up to the window', () => {
    expect([0, 9].map((n) => delayAfter(n, rule))).toEqual([0, 0]);
    expect([10, 11, 12, 13].map((n) => delayAfter(n, rule))).toEqual([1000, 2000, 4000, 8000]);
    expect(delayAfter(20, rule)).toBe(15 * 60_000);
    expect(delayAfter(10_000, rule)).toBe(15 * 60_000);
  });
});

describe('addressKey', () => {
  it('keeps IPv4 (also mapped into IPv6) and takes the /64 of IPv6', () => {
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('2001:db8:0001:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
});
