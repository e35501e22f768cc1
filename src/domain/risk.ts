/**
 * The risk register (registers/risks.yaml): each risk scored by likelihood and impact on 1–5 scales, its
 * mitigations with owners and due dates, the residual position once they work, and key risk indicators
 * that read a metric of the catalog against a threshold. Schemas for the file and the resolved types.
 */
import { z } from 'zod';
import { dateSchema, refTextSchema } from './primitives.js';

export const RISK_STATUSES = ['open', 'mitigating', 'accepted', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const RISK_CATEGORIES = [
  'technical',
  'security',
  'operational',
  'delivery',
  'people',
  'vendor',
  'compliance',
  'financial',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const MITIGATION_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type MitigationStatus = (typeof MITIGATION_STATUSES)[number];

/** Which side of the threshold is bad: a value above it (or below it) breaches the indicator. */
export const BAD_SIDES = ['above', 'below'] as const;
export type BadSide = (typeof BAD_SIDES)[number];

/** A register id: letters, digits, dots, dashes and underscores, e.g. `R-07` or `peak-capacity`. */
export const registerIdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/,
    'an id of letters and digits joined by - _ or ., e.g. "R-07"',
  );

/** A position on the 1–5 likelihood or impact scale. */
export const scaleSchema = z.number().int().min(1).max(5);

/** `28d` or `4w`: how many local days, ending on the day the register is read, an indicator looks at. */
export const indicatorWindowSchema = z
  .string()
  .regex(/^[1-9]\d*[dw]$/, 'a number of days or weeks such as 28d or 4w')
  .transform((text) => Number(text.slice(0, -1)) * (text.endsWith('w') ? 7 : 1));

/**
 * A threshold as written: a number in the metric's own unit (seconds, fraction, count), a percentage
 * (`5%`) for rates, or a duration (`36h`, `2d`, `1w2d`) for times. Checked against the metric's unit when
 * the file is read.
 */
export const thresholdTextSchema = z.union([
  z.number(),
  z
    .string()
    .regex(
      /^(?:\d+(?:\.\d+)?%|(?:\d+[wdhm])+)$/,
      'a number, a percentage such as 5% or a duration such as 36h',
    ),
]);

export const indicatorSchema = z.strictObject({
  /** A metric id from the catalog, e.g. `dora.change-failure-rate`. */
  metric: z.string().min(1),
  /** `org`, `team:NAME` or `service:NAME` (default `org`). */
  scope: z.string().min(1).default('org'),
  window: indicatorWindowSchema.default(28),
  threshold: thresholdTextSchema,
  bad: z.enum(BAD_SIDES),
  /** A duration metric's median (default) or p90. */
  statistic: z.enum(['median', 'p90']).optional(),
  /** For figures given per severity (incident response, vulnerability remediation): which one. */
  severity: z.string().min(1).optional(),
  /** For SLO figures: the SLO's name on the service of the scope. */
  slo: z.string().min(1).optional(),
});
export type IndicatorSpec = z.output<typeof indicatorSchema>;

export const mitigationSchema = z.strictObject({
  action: z.string().min(1),
  owner: refTextSchema,
  due: dateSchema,
  status: z.enum(MITIGATION_STATUSES).default('planned'),
});

export const positionSchema = z.strictObject({ likelihood: scaleSchema, impact: scaleSchema });

export const riskSchema = z.strictObject({
  id: registerIdSchema,
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  category: z.enum(RISK_CATEGORIES),
  owner: refTextSchema,
  teams: z.array(refTextSchema).default([]),
  services: z.array(refTextSchema).default([]),
  okrs: z.array(z.string().min(1)).default([]),
  reviewDate: dateSchema,
  status: z.enum(RISK_STATUSES),
  likelihood: scaleSchema,
  impact: scaleSchema,
  /** Where the risk sits once its mitigations work; the inherent position when not assessed. */
  residual: positionSchema.optional(),
  mitigations: z.array(mitigationSchema).default([]),
  indicators: z.array(indicatorSchema).default([]),
});
export type RiskSpec = z.output<typeof riskSchema>;

export const risksFileSchema = z.strictObject({ risks: z.array(z.unknown()).nullish() });

export type IndicatorScope = { kind: 'org' } | { kind: 'team' | 'service'; ref: string };

export interface KeyRiskIndicator {
  metric: string;
  scope: IndicatorScope;
  /** Local days, ending on the day read. */
  windowDays: number;
  /** In the metric's unit (seconds, fraction, count …). */
  threshold: number;
  bad: BadSide;
  statistic: 'median' | 'p90' | null;
  severity: string | null;
  slo: string | null;
}

export interface Mitigation {
  action: string;
  owner: string;
  due: string;
  status: MitigationStatus;
}

export interface Risk {
  id: string;
  title: string;
  description: string | null;
  category: RiskCategory;
  owner: string;
  teams: string[];
  services: string[];
  okrs: string[];
  reviewDate: string;
  status: RiskStatus;
  likelihood: number;
  impact: number;
  residual: { likelihood: number; impact: number } | null;
  mitigations: Mitigation[];
  indicators: KeyRiskIndicator[];
}

export interface RiskRegister {
  risks: Risk[];
}
