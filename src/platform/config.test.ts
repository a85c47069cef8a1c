import { describe, expect, it } from 'vitest';
import { loadConfig, testConfig } from './config.js';

/** loadConfig with exactly these variables, never the real process environment. */
const load = (env: Record<string, string | undefined> = {}) => loadConfig(env);

describe('loadConfig defaults', () => {
  it('uses the documented defaults for an empty environment', () => {
    const c = load();
    expect(c.PORT).toBe(3000);
    expect(c.HOST).toBe('0.0.0.0');
    expect(c.DEMO_DATA).toBe(true);
    expect(c.SECURE_COOKIES).toBe(false);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.SMTP_URL).toBeUndefined();
    expect(c.DATA_DIR).toBe('./data');
    expect(c.SESSION_TTL_HOURS).toBe(12);
    expect(c.LOGIN_RATE_LIMIT).toBe(10);
    expect(c.LOGIN_RATE_WINDOW_MINUTES).toBe(15);
    expect(c.RESPOND_RATE_LIMIT).toBe(120);
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.publicUrl).toBe('http://localhost:3000');
  });

  it('treats empty strings as unset', () => {
    const c = load({ PORT: '', DEMO_DATA: '', DATABASE_URL: '', SMTP_URL: '' });
    expect(c.PORT).toBe(3000);
    expect(c.DEMO_DATA).toBe(true);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.SMTP_URL).toBeUndefined();
  });

  it('derives publicUrl from PORT unless PUBLIC_URL is given', () => {
    expect(load({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(load({ PORT: '8080', PUBLIC_URL: 'https://samsyn.example.se' }).publicUrl).toBe('https://samsyn.example.se');
  });

  it('accepts valid values', () => {
    const c = load({
      PORT: '0',
      DATABASE_URL: 'postgres://u:p@db:5432/samsyn',
      SMTP_URL: 'smtps://mail.example.se:465',
      LOG_LEVEL: 'silent',
    });
    expect(c.PORT).toBe(0);
    expect(c.DATABASE_URL).toBe('postgres://u:p@db:5432/samsyn');
    expect(c.SMTP_URL).toBe('smtps://mail.example.se:465');
    expect(c.LOG_LEVEL).toBe('silent');
    expect(load({ DATABASE_URL: 'postgresql://db/samsyn', SMTP_URL: 'smtp://localhost:25' }).DATABASE_URL).toBe(
      'postgresql://db/samsyn',
    );
    expect(load({ RESPOND_RATE_LIMIT: '100000' }).RESPOND_RATE_LIMIT).toBe(100_000);
  });
});

describe('loadConfig refuses invalid values, naming the variable', () => {
  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://db/samsyn'],
    ['DATABASE_URL', 'localhost:5432'],
    ['SMTP_URL', 'http://mail.example.se'],
    ['PUBLIC_URL', 'not a url'],
    ['DEMO_DATA', 'maybe'],
    ['SECURE_COOKIES', 'TRUE!'],
    ['SESSION_TTL_HOURS', '0'],
    ['RESPOND_RATE_LIMIT', '0'],
    ['RESPOND_RATE_LIMIT', '-5'],
    ['RESPOND_RATE_LIMIT', '2.5'],
    ['RESPOND_RATE_LIMIT', 'many'],
    ['LOG_LEVEL', 'verbose'],
  ])('%s=%s', (name, value) => {
    expect(() => load({ [name]: value })).toThrow(new RegExp(`Invalid configuration:[\\s\\S]*\\b${name}\\b`));
  });

  it('lists every invalid variable at once', () => {
    let message = '';
    try {
      load({ PORT: 'x', SMTP_URL: 'ftp://x' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^\s+PORT: /m);
    expect(message).toMatch(/^\s+SMTP_URL: must start with smtp:\/\/ or smtps:\/\//m);
  });
});

describe('loadConfig booleans', () => {
  it.each([
    ['true', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['no', false],
  ])('%s → %s', (value, want) => {
    expect(load({ DEMO_DATA: value }).DEMO_DATA).toBe(want);
    expect(load({ SECURE_COOKIES: value }).SECURE_COOKIES).toBe(want);
  });
});

describe('testConfig', () => {
  it('is quiet, has no demo data, a free port and applies overrides', () => {
    const c = testConfig({ LOG_LEVEL: 'warn' });
    expect(c.PORT).toBe(0);
    expect(c.DEMO_DATA).toBe(false);
    expect(c.LOG_LEVEL).toBe('warn');
    expect(c.LOGIN_RATE_LIMIT).toBe(1000);
  });
});
