import { z } from 'zod';
import { Abilities, Id, optionalText, ScopedPage, text } from '../platform/contract.js';
import { StatisticsSource } from './contract.js';
import { DIRECTIONS } from './indicator-rules.js';

/** Contracts of indicator sets (issue 13 item 5): KPIs tied to goals, with a wanted direction. */

export const Direction = z.enum(DIRECTIONS).describe('increase, decrease, or equality (women/men ratio towards 1)');
export const TrendKind = z.enum(['better', 'worse', 'unchanged']);
export const TargetStatus = z.enum(['reached', 'not_reached', 'missed']);

const KpiCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.:-]{1,60}$/, 'must be a KPI id such as N01951');
const Year = z.number().int().min(1950).max(2100);

/** The KPI of an indicator: its source and the id there (Kolada's N01951). */
export const IndicatorKpiRef = z
  .object({ source: StatisticsSource, id: KpiCode })
  .refine((k) => k.source !== 'kolada' || /^[A-Za-z0-9_]{1,20}$/.test(k.id), {
    message: 'must be a Kolada KPI id such as N01951',
    path: ['id'],
  });

const goalItemIds = z
  .array(Id)
  .min(1, 'link the indicator to at least one goal or target')
  .max(50)
  .transform((ids) => [...new Set(ids)]);

const IndicatorFields = z.object({
  direction: Direction,
  targetValue: z.number().finite().nullable().optional(),
  targetYear: Year.nullable().optional(),
  baselineYear: Year.nullable().optional(),
  note: z.string().trim().max(2000).optional(),
  goalItemIds,
});
const targetNeedsValue = (v: { targetValue?: number | null; targetYear?: number | null }) =>
  !(v.targetYear != null && v.targetValue == null);
const targetMessage = { message: 'a target year needs a target value', path: ['targetValue'] };

export const CreateIndicator = IndicatorFields.extend({ kpi: IndicatorKpiRef }).refine(targetNeedsValue, targetMessage);
export type CreateIndicator = z.infer<typeof CreateIndicator>;
export const UpdateIndicator = IndicatorFields.partial()
  .extend({ version: z.number().int().positive() })
  .refine(targetNeedsValue, targetMessage);
export type UpdateIndicator = z.infer<typeof UpdateIndicator>;

export const CreateIndicatorSet = z.object({
  name: text(200),
  description: z.string().trim().max(4000).default(''),
  organisationId: Id.nullable().optional(),
});
export type CreateIndicatorSet = z.infer<typeof CreateIndicatorSet>;
export const UpdateIndicatorSet = z.object({
  name: text(200).optional(),
  description: optionalText(4000),
  organisationId: Id.nullable().optional(),
  version: z.number().int().positive(),
});
export type UpdateIndicatorSet = z.infer<typeof UpdateIndicatorSet>;

/** A goal or target an indicator is linked to. */
export const GoalRef = z.object({
  id: Id,
  code: z.string(),
  name: z.object({ sv: z.string(), en: z.string() }),
  frameworkKey: z.string(),
  frameworkName: z.object({ sv: z.string(), en: z.string() }),
  color: z.string().nullable(),
});
export type GoalRef = z.infer<typeof GoalRef>;

export const YearValue = z.object({ year: z.number().int(), value: z.number() });
export const Trend = z.object({ kind: TrendKind, from: YearValue, to: YearValue });

/** The KPI as far as it is stored (its title once figures or metadata are imported). */
export const IndicatorKpi = z.object({
  source: StatisticsSource,
  id: z.string(),
  title: z.string().nullable(),
  isDividedByGender: z.boolean().nullable(),
  stored: z.boolean(),
});

/** An indicator with its county's latest value and trend (rules in indicator-rules.ts). */
export const IndicatorSummary = z.object({
  id: Id,
  setId: Id,
  setName: z.string(),
  countyId: Id,
  kpi: IndicatorKpi,
  direction: Direction,
  targetValue: z.number().nullable(),
  targetYear: z.number().int().nullable(),
  baselineYear: z.number().int().nullable(),
  note: z.string(),
  goals: z.array(GoalRef),
  /** The county's measured value (T, or the K/M ratio for equality) by rule 7. */
  latest: YearValue.nullable(),
  baseline: YearValue.nullable(),
  trend: Trend.nullable(),
  target: TargetStatus.nullable(),
  /** The latest year's women/men split of the county (the year of `latest`, or the latest with K and M). */
  split: z
    .object({
      year: z.number().int(),
      K: z.number().nullable(),
      M: z.number().nullable(),
      ratio: z.number().nullable(),
    })
    .nullable(),
  countyBasis: z.enum(['region', 'municipalities_average']).nullable(),
  source: z.string(),
  fetchedAt: z.string().nullable(),
  version: z.number().int(),
  abilities: Abilities('update', 'archive'),
});
export type IndicatorSummary = z.infer<typeof IndicatorSummary>;

const AreaFigures = z.object({
  K: z.number().nullable(),
  M: z.number().nullable(),
  T: z.number().nullable(),
  ratio: z.number().nullable(),
});

/** The indicator page: the summary and its figures, the county against the country, per municipality. */
export const IndicatorPage = IndicatorSummary.extend({
  countyName: z.string(),
  years: z.array(
    z.object({
      year: z.number().int(),
      county: AreaFigures.extend({ basis: z.enum(['region', 'municipalities_average']).nullable() }),
      country: AreaFigures,
      /** The measured value (rule 1) of the county and the country this year. */
      countyValue: z.number().nullable(),
      countryValue: z.number().nullable(),
    }),
  ),
  standing: z
    .object({
      year: z.number().int(),
      county: z.number(),
      country: z.number(),
      kind: z.enum(['better', 'worse', 'same']),
    })
    .nullable(),
  municipalities: z.array(
    AreaFigures.extend({
      code: z.string(),
      name: z.string(),
      year: z.number().int().nullable(),
      value: z.number().nullable(),
      trend: Trend.nullable(),
    }),
  ),
});
export type IndicatorPage = z.infer<typeof IndicatorPage>;

export const IndicatorSetSummary = z.object({
  id: Id,
  countyId: Id,
  organisationId: Id.nullable(),
  name: z.string(),
  description: z.string(),
  indicatorCount: z.number().int(),
  archived: z.boolean(),
  version: z.number().int(),
  abilities: Abilities('update', 'archive'),
});
export type IndicatorSetSummary = z.infer<typeof IndicatorSetSummary>;
export const IndicatorSetPage = ScopedPage(IndicatorSetSummary);

/** A set with its indicators, and the goals they are grouped under (an indicator may be under several). */
export const IndicatorSet = IndicatorSetSummary.extend({
  indicators: z.array(IndicatorSummary),
  groups: z.array(z.object({ goal: GoalRef, indicatorIds: z.array(Id) })),
});
export type IndicatorSet = z.infer<typeof IndicatorSet>;

export const IndicatorSetQuery = z.object({
  archived: z.enum(['active', 'archived', 'all']).default('active'),
});

/** The indicators linked to goals being judged (an assessment's goal impact, the follow-up). */
export const LinkedIndicatorsQuery = z.object({
  goalItemIds: z
    .string()
    .max(20_000)
    .optional()
    .describe('Comma-separated framework item ids; left out: every indicator of the county’s active sets')
    .transform((s) =>
      s === undefined
        ? undefined
        : s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean),
    )
    .pipe(z.array(Id).min(1, 'name at least one goal item').max(200).optional()),
});
export const LinkedIndicators = z.object({ items: z.array(IndicatorSummary), total: z.number().int() });
export type LinkedIndicators = z.infer<typeof LinkedIndicators>;

/** An indicator as stored (its audit entry and the `current` of a 409): without figures. */
export const IndicatorRecord = z.object({
  id: Id,
  setId: Id,
  countyId: Id,
  kpi: z.object({ source: z.string(), id: z.string() }),
  direction: z.string(),
  targetValue: z.number().nullable(),
  targetYear: z.number().int().nullable(),
  baselineYear: z.number().int().nullable(),
  note: z.string(),
  goalItemIds: z.array(Id),
  version: z.number().int(),
});
