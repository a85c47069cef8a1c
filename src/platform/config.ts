import { z } from 'zod';

/** Every setting Samsyn reads from the environment, parsed once at start (see .env.example). */
const boolish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().default('./data'),
  DEMO_DATA: boolish.default(true),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12),
  SECURE_COOKIES: boolish.default(false),
  /** Behind a reverse proxy: 'true', a number of hops, or proxy addresses; otherwise X-Forwarded-For is ignored. */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v) =>
      v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v.split(',').map((s) => s.trim()),
    ),
  LOGIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  LOGIN_RATE_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  /** Requests per minute and IP address to the public answering routes (/api/respond/…). */
  RESPOND_RATE_LIMIT: z.coerce.number().int().positive().default(120),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().default('Samsyn <no-reply@samsyn.local>'),
  /** Calls an hour per person to each route that sends mail (reminders, invitations, publishing, send again). */
  MAIL_RATE_LIMIT: z.coerce.number().int().positive().default(60),
  /**
   * Anonymous answers are only ever shown in groups of at least this many (also at closing), so no
   * answer can be linked to a person. At least 3: a group of one or two would give people away.
   */
  ANONYMOUS_MIN_GROUP: z.coerce.number().int().min(3).max(1000).default(5),
  /** Seconds between the job runner's looks for due work (mail, reminders) when there was none. */
  JOBS_POLL_SECONDS: z.coerce.number().positive().max(3600).default(5),
  /**
   * The statistics sources' base URLs (issue 13). A closed network or a test machine points them at
   * a mirror or at the local servers of src/statistics/sources (serve.ts).
   */
  KOLADA_BASE_URL: z.string().url().default('https://api.kolada.se/v3'),
  SCB_BASE_URL: z.string().url().default('https://api.scb.se/ov0104/v2beta/api/v2'),
  /** The built web interface the server sends; another folder only to test a build of one's own. */
  WEB_DIST: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof ConfigSchema> & { publicUrl: string };

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  const c = parsed.data;
  return { ...c, publicUrl: c.PUBLIC_URL ?? `http://localhost:${c.PORT}` };
}

/** A configuration suitable for tests: embedded in-memory database, no demo data, quiet logs. */
export function testConfig(overrides: Partial<Record<string, string>> = {}): Config {
  return loadConfig({ PORT: '0', DEMO_DATA: 'false', LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT: '1000', ...overrides });
}
