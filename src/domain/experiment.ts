/**
 * Process experiments (experiments.yaml): one change to how teams work, tried for a while and judged by a
 * metric. Each states its hypothesis ("if we change X, then Y, measured by metric M moving this way"),
 * the baseline window before the change and the experiment window with it, and, once judged, the
 * decision: adopt the change, revert it, or extend the trial.
 *
 * Windows are local calendar days in the workspace time zone, first and last day inclusive. The two
 * windows of an experiment may not share a day: an observation must belong to one side only.
 */
import { z } from 'zod';
import { dateSchema, refTextSchema } from './primitives.js';

export const EXPERIMENT_STATUSES = ['planned', 'running', 'evaluating', 'decided'] as const;
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];

export const EXPERIMENT_OUTCOMES = ['adopt', 'revert', 'extend'] as const;
export type ExperimentOutcome = (typeof EXPERIMENT_OUTCOMES)[number];

/** Which way the hypothesis expects the metric to move. */
export const EXPECTED_DIRECTIONS = ['decrease', 'increase'] as const;
export type ExpectedDirection = (typeof EXPECTED_DIRECTIONS)[number];

export const experimentIdSchema = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*$/, 'an id of letters, digits and dashes, e.g. EXP-3');

export const dayWindowSchema = z
  .strictObject({ from: dateSchema, to: dateSchema })
  .refine((window) => window.from <= window.to, {
    path: ['to'],
    message: 'a last day on or after the first day ("from")',
  });
export type DayWindow = z.output<typeof dayWindowSchema>;

export const hypothesisSchema = z.strictObject({
  /** The one change tried. */
  change: z.string().min(1),
  /** What the change should bring about, in words. */
  outcome: z.string().min(1),
  /** A metric id with individual observations, e.g. `flow.cycle-time`. */
  metric: z.string().min(1),
  direction: z.enum(EXPECTED_DIRECTIONS),
  /** The expected change of the median, in percent (optional). */
  size: z.number().positive().max(1000).optional(),
});

export const decisionSchema = z.strictObject({
  outcome: z.enum(EXPERIMENT_OUTCOMES),
  date: dateSchema,
  note: z.string().min(1),
});

export const experimentSchema = z.strictObject({
  id: experimentIdSchema,
  title: z.string().min(1),
  owner: refTextSchema,
  /** The teams whose work is measured; without teams or services, the whole organization. */
  teams: z.array(refTextSchema).min(1).optional(),
  /** Or the services whose work is measured. */
  services: z.array(refTextSchema).min(1).optional(),
  hypothesis: hypothesisSchema,
  baseline: dayWindowSchema,
  experiment: dayWindowSchema,
  status: z.enum(EXPERIMENT_STATUSES),
  decision: decisionSchema.optional(),
  notes: z.string().min(1).optional(),
});
export type ExperimentSpec = z.output<typeof experimentSchema>;

/** What is measured: the organization, some teams, or some services (full references). */
export type ExperimentScope =
  | { kind: 'org' }
  | { kind: 'teams'; refs: string[] }
  | { kind: 'services'; refs: string[] };

export interface Experiment {
  id: string;
  title: string;
  /** Full person reference. */
  owner: string;
  scope: ExperimentScope;
  hypothesis: {
    change: string;
    outcome: string;
    metric: string;
    direction: ExpectedDirection;
    /** Expected change of the median in percent, or null when the hypothesis names none. */
    size: number | null;
  };
  baseline: DayWindow;
  experiment: DayWindow;
  status: ExperimentStatus;
  decision: { outcome: ExperimentOutcome; date: string; note: string } | null;
  notes: string | null;
}

/** Whether two windows of local days share at least one day. */
export function windowsOverlap(a: DayWindow, b: DayWindow): boolean {
  return a.from <= b.to && b.from <= a.to;
}
