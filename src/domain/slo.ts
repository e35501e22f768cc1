/**
 * Service level objectives as declared in services.yaml. A target is a fraction of valid events that
 * must be good over a rolling window (0.999, not 99.9): the error budget is what is left, `1 - target`.
 * The error-budget policy says what happens when a budget runs out; a release freeze unless told otherwise.
 */
import { z } from 'zod';
import { nameSchema } from './primitives.js';

export const SLI_INDICATORS = ['availability', 'latency', 'freshness', 'correctness'] as const;
export type SliIndicator = (typeof SLI_INDICATORS)[number];

/** What an exhausted budget triggers: a release freeze (the default), or only a notice. */
export const BUDGET_EXHAUSTED_ACTIONS = ['release-freeze', 'notify'] as const;
export type BudgetExhaustedAction = (typeof BUDGET_EXHAUSTED_ACTIONS)[number];

/** Below this share of its budget left, an SLO is at risk (unless a policy says otherwise). */
export const DEFAULT_AT_RISK_REMAINING = 0.25;

/** Why a target is refused, with a hint when it reads like a percentage. */
export function describeTargetProblem(target: number): string | undefined {
  if (target > 0 && target < 1) return undefined;
  const hint =
    target >= 1 && target < 100
      ? `; ${target} looks like a percentage, write ${Number((target / 100).toPrecision(12))}`
      : '';
  return `a fraction strictly between 0 and 1, e.g. 0.999 for 99.9%${hint}`;
}

export const sloTargetSchema = z.number().superRefine((target, context) => {
  const problem = describeTargetProblem(target);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

export const errorBudgetPolicySchema = z.strictObject({
  onExhausted: z.enum(BUDGET_EXHAUSTED_ACTIONS).default('release-freeze'),
  /** Share of the budget left under which the SLO is at risk, 0 to 1. */
  atRiskBelow: z.number().min(0).max(1).default(DEFAULT_AT_RISK_REMAINING),
});
export type ErrorBudgetPolicy = z.output<typeof errorBudgetPolicySchema>;

export const DEFAULT_ERROR_BUDGET_POLICY: ErrorBudgetPolicy = {
  onExhausted: 'release-freeze',
  atRiskBelow: DEFAULT_AT_RISK_REMAINING,
};

export const sloSchema = z
  .strictObject({
    name: nameSchema,
    indicator: z.enum(SLI_INDICATORS),
    /** Fraction of valid events that must be good, strictly between 0 and 1, e.g. 0.999. */
    target: sloTargetSchema,
    windowDays: z.number().int().positive().max(366).default(28),
    /** For latency objectives: the threshold in milliseconds a good event stays under. */
    thresholdMs: z.number().positive().optional(),
    policy: errorBudgetPolicySchema.optional(),
  })
  .superRefine((slo, context) => {
    if (slo.indicator === 'latency' && slo.thresholdMs === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['thresholdMs'],
        message: 'with indicator: latency, the threshold in milliseconds a good event stays under',
      });
    }
  });
export type Slo = z.output<typeof sloSchema>;

export const SLI_FILE_FORMATS = ['csv', 'prometheus'] as const;
export type SliFileFormat = (typeof SLI_FILE_FORMATS)[number];

/**
 * An SLI file `sextant sync` imports (`slis:` in sextant.yaml): per-minute good and valid counts of one
 * SLO, as CSV or a Prometheus range-query response with both series (see docs/slos.md).
 */
export const sliFileSchema = z.strictObject({
  path: z.string().min(1),
  service: z.string().min(1),
  slo: nameSchema,
  /** From the file name when left out: `.csv` is CSV, `.json` a Prometheus response. */
  format: z.enum(SLI_FILE_FORMATS).optional(),
});
export type SliFileSpec = z.output<typeof sliFileSchema>;
