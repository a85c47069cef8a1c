import { z } from 'zod';

/** Building blocks shared by the capabilities' contracts. */
export const Id = z.uuid({ message: 'must be a valid id' });
export const IdParams = z.object({ id: Id });
export const IsoDate = z.iso
  .date({ message: 'must be a real date written YYYY-MM-DD' })
  .refine((d) => d >= '1900-01-01' && d <= '2199-12-31', 'must be between 1900-01-01 and 2199-12-31');
export const Version = z.object({ version: z.number().int().positive() });

const noNul = (s: string) => !s.includes('\u0000');
const NUL = 'must not contain NUL characters';

/** Trimmed text with a limit; empty becomes null (cleared), absent stays undefined (unchanged). */
export const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`).refine(noNul, NUL);
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .refine(noNul, NUL)
    .nullish()
    .transform((v) => (v === undefined ? undefined : v || null))
    .optional();

/**
 * A web address people can follow: http(s) only, so that no `javascript:` or `data:` address
 * ever becomes a link on a page (issue 11, item 8). Use it for every URL field.
 */
export const WebUrl = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .pipe(z.url({ protocol: /^https?$/, message: 'must be a web address starting with http:// or https://' }));

export const Bilingual = (max: number) => z.object({ sv: text(max), en: text(max) });

export const PageQuery = z.object({
  q: z.string().trim().max(200).refine(noNul, NUL).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const Page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const AuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const ArchiveFilter = z.enum(['active', 'archived', 'all']).default('active');

/** What the signed-in person may do with a record (keys: the policy's actions that apply to it). */
export const Abilities = <const K extends string>(...actions: K[]) =>
  z.object(Object.fromEntries(actions.map((a) => [a, z.boolean()])) as Record<K, z.ZodBoolean>);

/** A list answer: the page, and whether the signed-in person may create a new record here. */
export const ScopedPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), abilities: z.object({ create: z.boolean() }) });

/**
 * The body of a 409 for a stale save: `details.current` is the record as saved now, in its
 * contract's shape, so the web can show what the other person saved. Other 409s of the route
 * (duplicates, state conflicts) carry their own details, hence the second branch.
 */
export const StaleBody = <T extends z.ZodType>(current: T) =>
  z.object({
    error: z.object({
      code: z.string().describe('record.stale, or another conflict code of this route'),
      message: z.string(),
      details: z.union([z.object({ current }), z.unknown()]),
    }),
  });

/** Route responses plus the 409 a versioned save may answer, so the conflict is in OpenAPI. */
export const withStale = <R extends Record<number, z.ZodType>, T extends z.ZodType>(responses: R, current: T) => ({
  ...responses,
  409: StaleBody(current),
});
