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
/** A stored KPI's id at its source: Kolada's N01951, an SCB table and contents code (TAB638.BE0101N1), an upload's U…. */
export const StoredKpiId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.:-]{1,80}$/, 'must be a KPI id such as N01951 or TAB638.BE0101N1');
/** Where the figures of a picture come from; Kolada unless said. */
const PictureSource = { source: StatisticsSource.default('kolada') };
/** The source as the pages name it after "Källa:": Kolada, SCB, or the name an upload gave. */
const SourceLabel = z.string().describe('The source as named after "Källa:" — Kolada, SCB or an upload’s source');

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

export const CreateKoladaImport = z.object({
  source: z.literal('kolada'),
  kpiIds: z.array(KpiId).min(1, 'name at least one KPI').max(200),
  years: z.array(Year).min(1, 'name at least one year').max(50),
  /** 'county': every municipality of the county; or the municipality codes asked for. */
  areas: z.union([z.literal('county'), z.array(AreaCode).min(1).max(400)]),
  /** Only what changed at the source since this date (values deleted there are dropped here too). */
  fromDate: IsoDate.optional(),
});

/** SCB's table id, e.g. TAB638. */
export const ScbTableId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_]{1,40}$/, 'must be an SCB table id such as TAB638');

/**
 * An import from SCB: a table and, for each of its variables, the value codes chosen (region codes
 * of the county's municipalities, the county `LL` or the country `00`; years; contents; sex).
 */
export const CreateScbImport = z.object({
  source: z.literal('scb'),
  tableId: ScbTableId,
  selection: z
    .record(z.string().min(1).max(60), z.array(z.string().min(1).max(60)).min(1).max(500))
    .refine((s) => Object.keys(s).length > 0, 'choose values of every variable'),
});

export const CreateImport = z.discriminatedUnion('source', [CreateKoladaImport, CreateScbImport]);
export type CreateImport = z.infer<typeof CreateImport>;
export type CreateKoladaImport = z.infer<typeof CreateKoladaImport>;
export type CreateScbImport = z.infer<typeof CreateScbImport>;

export const ImportStatus = z.enum(['queued', 'running', 'done', 'failed']);

export const Import = z.object({
  id: Id,
  countyId: Id,
  kind: StatisticsSource,
  /** What was imported, in a few words: the KPI ids, the SCB table, the uploaded file's name. */
  what: z.string(),
  /** Kolada's KPI ids; SCB's table + contents codes; the uploaded KPIs' names. */
  kpiIds: z.array(z.string()),
  /** Started by the daily re-import rather than by a person. */
  scheduled: z.boolean(),
  /** The demo's import (a recorded answer with made-up values): its figures are marked demo. */
  demo: z.boolean(),
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
  source: SourceLabel,
  fetchedAt: z.string().nullable(),
  /** Any of these figures is one of the demo's (made-up values), to be marked as demo. */
  demo: z.boolean(),
});
export type AreaValues = z.infer<typeof AreaValues>;

/**
 * The county's average: the unweighted mean of the county's municipalities that have a value, per K, M
 * and T (a missing value is left out, never counted as 0); `count` says how many municipalities each is
 * computed from, of `of`. The ratio is the average of K over the average of M.
 */
export const CountyAverage = z.object({
  K: z.number().nullable(),
  M: z.number().nullable(),
  T: z.number().nullable(),
  ratio: z.number().nullable(),
  count: z.object({ K: z.number().int(), M: z.number().int(), T: z.number().int() }),
  of: z.number().int().describe('The county’s municipalities'),
});
export type CountyAverage = z.infer<typeof CountyAverage>;

export const ValuesQuery = z.object({ kpi: StoredKpiId, year: Year, ...PictureSource });
export const ValuesAnswer = z.object({
  kpi: StoredKpi,
  year: z.number().int(),
  municipalities: z.array(AreaValues),
  region: AreaValues.nullable(),
  countyAverage: CountyAverage,
  country: AreaValues.nullable(),
  /** When the newest of these figures was fetched from the source; null when none is stored. */
  fetchedAt: z.string().nullable(),
  /** Any figure of the answer is one of the demo's. */
  demo: z.boolean(),
});
export type ValuesAnswer = z.infer<typeof ValuesAnswer>;

export const SeriesQuery = z.object({ kpi: StoredKpiId, area: AreaCode, ...PictureSource });
export const SeriesPoint = z.object({
  year: z.number().int(),
  K: z.number().nullable(),
  M: z.number().nullable(),
  T: z.number().nullable(),
  ratio: z.number().nullable(),
  fetchedAt: z.string().nullable(),
  demo: z.boolean(),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;
export const AveragePoint = CountyAverage.extend({ year: z.number().int() });
export const SeriesAnswer = z.object({
  kpi: StoredKpi,
  area: z.object({ code: z.string(), kind: AreaKind, name: z.string().nullable() }),
  source: SourceLabel,
  points: z.array(SeriesPoint),
  /** The area beside the county over the years: the region's figures, the county's average and the country's. */
  comparison: z.object({
    region: z.array(SeriesPoint).nullable(),
    countyAverage: z.array(AveragePoint),
    country: z.array(SeriesPoint),
  }),
  fetchedAt: z.string().nullable(),
  demo: z.boolean(),
});
export type SeriesAnswer = z.infer<typeof SeriesAnswer>;

/** A KPI the reader's county has figures for: the years stored and whether any of them are the demo's. */
export const CountyKpi = StoredKpi.extend({
  years: z.array(z.number().int()).describe('Years with figures, ascending'),
  demo: z.boolean(),
});
export type CountyKpi = z.infer<typeof CountyKpi>;
export const CountyKpiList = z.object({ items: z.array(CountyKpi) });

/** The county's municipalities projected for a map in the browser: the same projection as the documents' maps. */
export const MapShapes = z.object({
  countyCode: z.string(),
  width: z.number(),
  height: z.number(),
  /** `0 0 width height`. */
  viewBox: z.string(),
  areas: z.array(z.object({ code: z.string(), name: z.string(), d: z.string().describe('SVG path data') })),
});
export type MapShapes = z.infer<typeof MapShapes>;

export const PictureQuery = ValuesQuery.extend({
  format: z.enum(['docx', 'pdf']),
  mode: z.enum(['value', 'ratio']).default('value'),
  lang: z.enum(['sv', 'en']).default('sv'),
});
export type PictureQuery = z.infer<typeof PictureQuery>;

// ── Imports from SCB and uploads (issue 13, items 2 and 3) ─────────────────────────────────────

export const ScbTableParams = z.object({ tableId: ScbTableId });
/** An SCB table's variables and their values, as its metadata says. */
export const ScbTable = z.object({
  id: z.string(),
  label: z.string(),
  source: z.string().nullable(),
  updated: z.string().nullable(),
  variables: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      role: z.enum(['time', 'geo', 'metric']).nullable(),
      /** True for the sex variable (its values become K, M and T). */
      isSex: z.boolean(),
      values: z.array(z.object({ code: z.string(), label: z.string() })),
    }),
  ),
});
export type ScbTable = z.infer<typeof ScbTable>;

/** How an uploaded file's columns map to the fields of a figure (by column heading). */
export const UploadMapping = z.object({
  /** The column naming the KPI (its name or id); or null and `kpiName` for the whole file. */
  kpiColumn: z.string().min(1).max(200).nullable(),
  kpiName: z.string().trim().min(1).max(200).nullable(),
  areaColumn: z.string().min(1).max(200),
  yearColumn: z.string().min(1).max(200),
  /** A column of K/M/T with one value column; or null and `genderColumns`. */
  genderColumn: z.string().min(1).max(200).nullable(),
  valueColumn: z.string().min(1).max(200).nullable(),
  /** Separate value columns for women, men and total (any of them). */
  genderColumns: z
    .object({
      K: z.string().min(1).max(200).nullable(),
      M: z.string().min(1).max(200).nullable(),
      T: z.string().min(1).max(200).nullable(),
    })
    .nullable(),
});
export type UploadMapping = z.infer<typeof UploadMapping>;

export const UploadFile = z.object({
  fileName: z.string().trim().min(1).max(200),
  /** The file's bytes as base64: a CSV (; or , — UTF-8 or Windows-1252) or an Excel .xlsx. */
  content: z.string().min(1).max(14_000_000),
  /** Where the figures come from, e.g. "Folkhälsomyndigheten"; a saved mapping is kept under it. */
  sourceName: z.string().trim().min(1).max(200),
  /** Without one, the mapping saved for this source (if any) is used. */
  mapping: UploadMapping.optional(),
});
export const CreateUpload = UploadFile.extend({
  mapping: UploadMapping,
  /** Keep the mapping for the county's next file from the same source. */
  saveMapping: z.boolean().default(false),
});
export type CreateUpload = z.infer<typeof CreateUpload>;

export const UploadProblemCode = z.enum([
  'missing_column',
  'missing_kpi',
  'bad_area',
  'area_not_in_county',
  'bad_year',
  'bad_gender',
  'not_a_number',
  'duplicate',
  'empty_file',
]);
/** One problem of an upload: the file's row (1 = the heading) and column, and what it says there. */
export const UploadProblem = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  code: UploadProblemCode,
  value: z.string(),
});
export type UploadProblem = z.infer<typeof UploadProblem>;

export const UploadRow = z.object({
  kpi: z.string(),
  areaCode: z.string(),
  year: z.number().int(),
  gender: z.enum(['K', 'M', 'T']),
  /** null = missing ("..", "–" or empty in the file), never 0. */
  value: z.number().nullable(),
});
export type UploadRow = z.infer<typeof UploadRow>;

export const UploadPreview = z.object({
  columns: z.array(z.string()),
  /** The first rows as read (cells as text). */
  sample: z.array(z.array(z.string())),
  rowCount: z.number().int(),
  /** The mapping used: the one given, else the one saved for the source, else null. */
  mapping: UploadMapping.nullable(),
  mappingSaved: z.boolean(),
  problems: z.array(UploadProblem),
  /** The first figures the mapping gives (at most 50). */
  rows: z.array(UploadRow),
  figures: z.number().int(),
});
export type UploadPreview = z.infer<typeof UploadPreview>;

export const UploadMappings = z.object({
  items: z.array(z.object({ sourceName: z.string(), mapping: UploadMapping, updatedAt: z.string() })),
});
