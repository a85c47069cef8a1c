import { z } from 'zod';
import { Id, IsoDate, ScopedPage } from '../platform/contract.js';

/** Contracts of statistics: key figures (KPIs) from Kolada, their imports and the county's figures. */

export const StatisticsSource = z.enum(['kolada', 'scb', 'upload']);
export type StatisticsSource = z.infer<typeof StatisticsSource>;

/** Kolada's KPI id, e.g. N01951 (letters and digits). */
export const KpiId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_]{1,20}$/, 'must be a KPI id such as N01951');
/** A municipality (KKKK), a region (00LL) or the country (0000). */
export const AreaCode = z.string().regex(/^\d{4}$/, 'must be a four-digit code such as 2380');
export const Year = z.coerce.number().int().min(1950).max(2100);

/** A KPI as the source describes it (search results, and the KPI of a table of values). */
export const Kpi = z.object({
  id: z.string().describe('The id at the source, e.g. Kolada’s N01951'),
  title: z.string(),
  description: z.string(),
  operatingArea: z.string().nullable(),
  isDividedByGender: z.boolean(),
  municipalityType: z.string().nullable().describe('K municipalities, L regions, or both'),
});
export type Kpi = z.infer<typeof Kpi>;

/** A KPI stored with its figures: the source's metadata as fetched. */
export const StoredKpi = z.object({
  id: z.string(),
  source: StatisticsSource,
  title: z.string(),
  description: z.string(),
  operatingArea: z.string().nullable(),
  isDividedByGender: z.boolean(),
  fetchedAt: z.string(),
});
export type StoredKpi = z.infer<typeof StoredKpi>;

/** A search term is required: Kolada has thousands of KPIs, and an empty search would fetch them all. */
export const KpiSearchQuery = z.object({
  q: z.string().trim().min(2, 'write at least two characters').max(200),
  onlyDividedByGender: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export const KpiSearchAnswer = z.object({ items: z.array(Kpi), total: z.number().int(), source: z.literal('Kolada') });

export const CreateImport = z.object({
  source: z.literal('kolada'),
  kpiIds: z.array(KpiId).min(1, 'name at least one KPI').max(200),
  years: z.array(Year).min(1, 'name at least one year').max(50),
  /** 'county': every municipality of the county; or the municipality codes asked for. */
  areas: z.union([z.literal('county'), z.array(AreaCode).min(1).max(400)]),
  /** Only what changed at the source since this date (values deleted there are dropped here too). */
  fromDate: IsoDate.optional(),
});
export type CreateImport = z.infer<typeof CreateImport>;

export const ImportStatus = z.enum(['queued', 'running', 'done', 'failed']);

export const Import = z.object({
  id: Id,
  countyId: Id,
  kind: z.literal('kolada'),
  kpiIds: z.array(z.string()),
  years: z.array(z.number().int()),
  areas: z.union([z.literal('county'), z.array(z.string())]),
  /** Every area fetched: the municipalities, the region and the country. */
  areaCodes: z.array(z.string()),
  fromDate: z.string().nullable(),
  status: ImportStatus,
  progress: z.object({
    done: z.number().int().describe('KPI × year units written'),
    total: z.number().int(),
  }),
  rowsWritten: z.number().int(),
  rowsDeleted: z.number().int(),
  attempts: z.number().int(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type Import = z.infer<typeof Import>;
export const ImportPage = ScopedPage(Import);
export const ImportQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const AreaKind = z.enum(['municipality', 'region', 'country']);

/** One area's K, M and T for a KPI and year; a missing value is null ("uppgift saknas"), never 0. */
export const AreaValues = z.object({
  code: z.string(),
  kind: AreaKind,
  /** The municipality's organisation, the county for the region; null for the country (the web names it). */
  name: z.string().nullable(),
  K: z.number().nullable(),
  M: z.number().nullable(),
  T: z.number().nullable(),
  /** K / M, 1 = equal; null when either is missing or M is 0. */
  ratio: z.number().nullable(),
  status: z.object({ K: z.string().nullable(), M: z.string().nullable(), T: z.string().nullable() }),
  source: z.literal('Kolada'),
  fetchedAt: z.string().nullable(),
});
export type AreaValues = z.infer<typeof AreaValues>;

export const ValuesQuery = z.object({ kpi: KpiId, year: Year });
export const ValuesAnswer = z.object({
  kpi: StoredKpi,
  year: z.number().int(),
  municipalities: z.array(AreaValues),
  region: AreaValues.nullable(),
  country: AreaValues.nullable(),
});
export type ValuesAnswer = z.infer<typeof ValuesAnswer>;

export const SeriesQuery = z.object({ kpi: KpiId, area: AreaCode });
export const SeriesPoint = z.object({
  year: z.number().int(),
  K: z.number().nullable(),
  M: z.number().nullable(),
  T: z.number().nullable(),
  ratio: z.number().nullable(),
  fetchedAt: z.string().nullable(),
});
export const SeriesAnswer = z.object({
  kpi: StoredKpi,
  area: z.object({ code: z.string(), kind: AreaKind, name: z.string().nullable() }),
  source: z.literal('Kolada'),
  points: z.array(SeriesPoint),
});
export type SeriesAnswer = z.infer<typeof SeriesAnswer>;
