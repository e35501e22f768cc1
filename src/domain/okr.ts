/**
 * OKRs (okrs/<quarter>.yaml): objectives with their key results for one fiscal quarter. An objective sits at
 * one level (company, engineering, team) and points at the objective it serves one level up, so goals
 * cascade company → engineering → team. A key result moves a number from a baseline to a target; its current
 * value comes either from a metric of the catalog (`metric:`) or from the check-ins its owner records.
 */
import { z } from 'zod';
import { dateSchema, nameSchema, refTextSchema } from './primitives.js';

export const OKR_LEVELS = ['company', 'engineering', 'team'] as const;
export type OkrLevel = (typeof OKR_LEVELS)[number];

/** How high a level sits: a parent is always higher than its child. */
export const LEVEL_RANK: Record<OkrLevel, number> = { company: 3, engineering: 2, team: 1 };

/**
 * Units a key result is stated in. A metric-linked key result may state a duration metric (seconds) in
 * minutes, hours or days and a fraction in percent; its readings are converted.
 */
export const OKR_UNITS = [
  'count',
  'percent',
  'fraction',
  'ratio',
  'seconds',
  'minutes',
  'hours',
  'days',
  'per-week',
  'per-day',
  'lines',
  'score',
  'currency',
  'boolean',
] as const;
export type OkrUnit = (typeof OKR_UNITS)[number];

export const OKR_STATISTICS = ['median', 'p90', 'value'] as const;
export type OkrStatistic = (typeof OKR_STATISTICS)[number];

/** Ids of objectives and key results: short names such as `eng-delivery` or `kr-lead-time`. */
export const okrIdSchema = nameSchema;

export const metricLinkSchema = z.strictObject({
  /** A metric id of the catalog (`sextant metrics list`), e.g. `dora.change-failure-rate`. */
  id: z.string().min(1),
  /** `org` (default), `team:NAME`, `service:NAME` or `repo:NAME`. */
  scope: z.string().min(1).default('org'),
  /** Which figure: a duration's `median` or `p90`, or a rate's or count's `value`. */
  statistic: z.enum(OKR_STATISTICS).optional(),
  /** For figures given per severity (incident response times, vulnerability remediation). */
  severity: z.string().min(1).optional(),
  /** For SLO figures: the SLO's name on the service of the scope. */
  slo: z.string().min(1).optional(),
});
export type MetricLinkSpec = z.output<typeof metricLinkSchema>;

export const checkInSchema = z.strictObject({
  date: dateSchema,
  value: z.number(),
  note: z.string().min(1).optional(),
});
export type CheckIn = z.output<typeof checkInSchema>;

export const keyResultSchema = z
  .strictObject({
    id: okrIdSchema,
    title: z.string().min(1),
    /** Defaults to the objective's owner. */
    owner: refTextSchema.optional(),
    /** Defaults to the metric's own unit for a metric-linked key result. */
    unit: z.enum(OKR_UNITS).optional(),
    baseline: z.number().optional(),
    target: z.number(),
    metric: metricLinkSchema.optional(),
    checkIns: z.array(checkInSchema).optional(),
  })
  .superRefine((kr, context) => {
    if (kr.metric && kr.checkIns !== undefined)
      context.addIssue({
        code: 'custom',
        path: ['checkIns'],
        message: 'either a metric link or check-ins, not both: a metric-linked key result reads its value',
      });
    if (!kr.metric && kr.unit === undefined)
      context.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `a unit for a key result without a metric link, one of ${OKR_UNITS.join(', ')}`,
      });
    if (kr.baseline !== undefined && kr.baseline === kr.target)
      context.addIssue({
        code: 'custom',
        path: ['target'],
        message: `a target different from the baseline (${kr.baseline}), so progress can be measured`,
      });
  });
export type KeyResultSpec = z.output<typeof keyResultSchema>;

export const objectiveSchema = z.strictObject({
  id: okrIdSchema,
  title: z.string().min(1),
  level: z.enum(OKR_LEVELS),
  owner: refTextSchema,
  /** The team a team-level objective belongs to. */
  team: refTextSchema.optional(),
  /** The objective one level up that this one serves. */
  parent: okrIdSchema.optional(),
  /** Teams and services the objective concerns, besides its own team. */
  teams: z.array(refTextSchema).default([]),
  services: z.array(refTextSchema).default([]),
  keyResults: z.array(z.unknown()).min(1),
});
export type ObjectiveSpec = z.output<typeof objectiveSchema>;

export const okrFileSchema = z.strictObject({
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/, 'a fiscal quarter as YYYY-QN, e.g. 2026-Q4'),
  objectives: z.array(z.unknown()).default([]),
});

/** Where an objective or key result is written. */
export interface OkrPosition {
  file: string;
  line: number;
  column: number;
}

export interface MetricLink {
  id: string;
  /** `org`, or a scope with a full reference: `team:team:default/checkout`, `service:…`, `repo:…`. */
  scope: string;
  statistic: OkrStatistic | null;
  severity: string | null;
  slo: string | null;
  /** The metric's own unit (from the catalog). */
  metricUnit: string;
  direction: 'higher-is-better' | 'lower-is-better' | 'neutral';
}

export interface KeyResult {
  id: string;
  title: string;
  objective: string;
  /** Full person reference. */
  owner: string;
  unit: OkrUnit;
  baseline: number | null;
  target: number;
  metric: MetricLink | null;
  /** Oldest first. Empty for metric-linked key results. */
  checkIns: CheckIn[];
  at: OkrPosition;
}

export interface Objective {
  id: string;
  title: string;
  quarter: string;
  level: OkrLevel;
  owner: string;
  /** Full team reference of a team-level objective. */
  team: string | null;
  parent: string | null;
  teams: string[];
  services: string[];
  keyResults: KeyResult[];
  at: OkrPosition;
}

export interface OkrQuarter {
  quarter: string;
  file: string;
  /** First and last day of the fiscal quarter. */
  from: string;
  to: string;
  days: number;
}

export interface Okrs {
  quarters: OkrQuarter[];
  objectives: Objective[];
  /** Every objective and key-result id written in the files, for the links other files make to them. */
  ids: string[];
}
