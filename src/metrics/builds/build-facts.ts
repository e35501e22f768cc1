/**
 * What every build-health metric reads, and which CI records each one counts.
 *
 * Rules:
 * - A CI record is either a pipeline run (no `job`) or one job of a run. Metrics count runs by default;
 *   `level: 'job'` counts jobs instead. The two are never mixed, or every run would count twice.
 * - Each attempt (re-run) is its own execution and counts on its own.
 * - A record belongs to the window its finish fell in.
 * - Cancelled executions say nothing about the build's health (someone stopped them, often because a
 *   newer push superseded them), so success rates, durations and flake detection leave them out.
 */
import type { CiRun } from '../../domain/records/index.js';
import type { Scope, Window } from '../result.js';

export type BuildLevel = 'run' | 'job';

export interface BuildFacts {
  /** The scope's CI records, already selected by the caller; the scope only labels the results. */
  ciRuns: readonly CiRun[];
  window: Window;
  scope: Scope;
  /** Count pipeline runs (the default) or their jobs. */
  level?: BuildLevel;
}

/** The records at the facts' level, cancelled ones excluded. */
export function selectFinishedExecutions(facts: BuildFacts): CiRun[] {
  const jobs = (facts.level ?? 'run') === 'job';
  return facts.ciRuns.filter((run) => (run.job !== undefined) === jobs && run.result !== 'cancelled');
}
