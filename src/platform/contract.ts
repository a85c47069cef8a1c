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
