import { z } from 'zod';
import { Abilities, ArchiveFilter, Id, PageQuery, ScopedPage, Version, text } from '../platform/contract.js';

export const frameworkKinds = [
  'agenda2030',
  'environmental_objectives',
  'gender_equality',
  'public_health',
  'rus',
  'priority_areas',
  'other',
] as const;
export const FrameworkKind = z.enum(frameworkKinds);

const Bi = (max: number) => z.object({ sv: text(max), en: text(max) });
const OptionalBi = (max: number) => z.object({ sv: z.string().trim().max(max), en: z.string().trim().max(max) });

export const MAX_ITEMS = 3000;
export const MAX_DEPTH = 4;

export interface ItemInput {
  code: string;
  level: string;
  name: { sv: string; en: string };
  text?: { sv: string; en: string } | null;
  color?: string | null;
  children?: ItemInput[];
}
export const ItemInput: z.ZodType<ItemInput> = z
  .lazy(() =>
    z.object({
      code: z
        .string()
        .trim()
        .min(1)
        .max(20)
        .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, dot, dash or underscore'),
      level: z.string().trim().min(1).max(40),
      name: Bi(300),
      text: OptionalBi(4000).nullish(),
      color: z
        .string()
        .regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour like #E5243B')
        .nullish(),
      children: z.array(ItemInput).max(MAX_ITEMS).optional(),
    }),
  )
  .meta({ id: 'FrameworkDraftItem' }); // recursive: OpenAPI needs it as a named component to $ref

/** The JSON file format of a framework (import and export). */
export const FrameworkFile = z.object({
  format: z.literal('samsyn.framework/v1'),
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{1,79}$/, 'lower-case letters, digits and dashes, 2–80 characters'),
  kind: FrameworkKind,
  name: Bi(200),
  description: OptionalBi(4000).optional(),
  source: OptionalBi(4000).optional(),
  items: z.array(ItemInput).max(MAX_ITEMS),
});
export type FrameworkFile = z.infer<typeof FrameworkFile>;

export const ImportQuery = z.object({
  ownerOrganisationId: Id.optional(),
  shared: z.enum(['true', 'false']).optional(),
});

export const CreateFramework = z.object({
  key: FrameworkFile.shape.key,
  kind: FrameworkKind,
  name: Bi(200),
  description: OptionalBi(4000).optional(),
  source: OptionalBi(4000).optional(),
  ownerOrganisationId: Id.optional(),
  shared: z.boolean().default(false),
});
export type CreateFramework = z.infer<typeof CreateFramework>;

export const UpdateFramework = z.object({
  name: Bi(200).optional(),
  description: OptionalBi(4000).optional(),
  source: OptionalBi(4000).optional(),
  shared: z.boolean().optional(),
  version: z.number().int().positive(),
});
export type UpdateFramework = z.infer<typeof UpdateFramework>;

export const SaveDraft = z.object({
  items: z.array(ItemInput).max(MAX_ITEMS),
  note: z.string().trim().max(1000).nullish(),
  version: z.number().int().positive(),
});
export const Publish = Version.extend({ note: z.string().trim().max(1000).nullish() });

export const VersionInfo = z.object({
  id: Id,
  number: z.number(),
  status: z.enum(['draft', 'published']),
  note: z.string().nullable(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  itemCount: z.number(),
});
export type VersionInfo = z.infer<typeof VersionInfo>;

export const Framework = z.object({
  id: Id,
  key: z.string(),
  kind: FrameworkKind,
  builtin: z.boolean(),
  countyId: Id.nullable(),
  ownerOrganisationId: Id.nullable(),
  ownerOrganisationName: z.string().nullable(),
  shared: z.boolean(),
  name: z.object({ sv: z.string(), en: z.string() }),
  description: z.object({ sv: z.string(), en: z.string() }),
  source: z.object({ sv: z.string(), en: z.string() }),
  versions: z.array(VersionInfo),
  currentVersionId: Id.nullable(),
  draftVersionId: Id.nullable(),
  archived: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the signed-in person may do with it (`update` covers drafts, publishing and new versions). */
  abilities: Abilities('update', 'archive'),
});
export type Framework = z.infer<typeof Framework>;
/** A framework as stored and audited (abilities depend on who looks). */
export type FrameworkRecord = Omit<Framework, 'abilities'>;
/** The frameworks this person may read, and whether they may create one (`GET /api/frameworks`). */
export const FrameworkPage = ScopedPage(Framework);
export type FrameworkPage = z.infer<typeof FrameworkPage>;

export interface Item {
  id: string;
  code: string;
  level: string;
  name: { sv: string; en: string };
  text: { sv: string; en: string } | null;
  color: string | null;
  children: Item[];
}
export const Item: z.ZodType<Item> = z
  .lazy(() =>
    z.object({
      id: Id,
      code: z.string(),
      level: z.string(),
      name: z.object({ sv: z.string(), en: z.string() }),
      text: z.object({ sv: z.string(), en: z.string() }).nullable(),
      color: z.string().nullable(),
      children: z.array(Item),
    }),
  )
  .meta({ id: 'FrameworkItem' }); // recursive: OpenAPI needs it as a named component to $ref
export const VersionContent = z.object({ framework: Framework, version: VersionInfo, items: z.array(Item) });

export const FrameworkQuery = PageQuery.extend({ kind: FrameworkKind.optional(), status: ArchiveFilter });
export type FrameworkQuery = z.infer<typeof FrameworkQuery>;
export const ItemSearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  versionId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const ItemHit = z.object({
  id: Id,
  frameworkId: Id,
  versionId: Id,
  code: z.string(),
  level: z.string(),
  name: z.object({ sv: z.string(), en: z.string() }),
  text: z.object({ sv: z.string(), en: z.string() }).nullable(),
  color: z.string().nullable(),
  parentCode: z.string().nullable(),
});
export const VersionParams = z.object({ id: Id, versionId: Id });
