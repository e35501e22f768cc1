/**
 * The pipeline's funnel: how many applications reached each stage, how many of those decided at a stage
 * moved on to the next, how long they spent in it, where the pipeline narrows most, how often offers are
 * accepted, and which sources bring hires.
 *
 * - A candidate *reached* a stage when their history holds it or any later stage (a referral may skip the
 *   screen and still counts as screened).
 * - *Conversion* from a stage is the applications that reached the next stage ÷ those decided at it: every
 *   application that reached it except those still active in it, whose result is not known yet.
 * - *Time in stage* is from entering a stage to entering the next one in the history, in days; median.
 * - The *bottleneck* is the stage with the lowest conversion among stages with at least
 *   BOTTLENECK_MIN_DECIDED decided applications (ties: the slower stage). Conversion is the rule because a
 *   stage that loses candidates costs the whole pipeline; the slowest stage is reported beside it.
 * Pure.
 */
import { type Application, stageRoles } from '../../domain/hiring.js';
import { median } from '../stats.js';
import type { Tagged } from './hiring-plan.js';

export const BOTTLENECK_MIN_DECIDED = 5;
const DAY_MS = 86_400_000;

export interface FunnelStage {
  stage: string;
  reached: number;
  /** Reached it and still active in it. */
  inStage: number;
  conversion: Tagged<{ value: number; decided: number; movedOn: number }> | null;
  medianDaysInStage: Tagged<{ days: number; n: number }>;
}

export interface Bottleneck {
  stage: string;
  by: 'lowest-conversion';
  conversion: number;
  decided: number;
  slowest: { stage: string; medianDays: number } | null;
}

/** The applications that applied in `[from, to)` (ISO instants or days). */
export function inWindow(
  applications: readonly Application[],
  window: { from?: string; to?: string },
): Application[] {
  return applications.filter(
    (app) => (!window.from || app.appliedAt >= window.from) && (!window.to || app.appliedAt < window.to),
  );
}

function furthest(app: Application, stages: readonly string[]): number {
  return Math.max(-1, ...app.stages.map((entry) => stages.indexOf(entry.stage)));
}

export function computeFunnel(
  applications: readonly Application[],
  stages: readonly string[],
): FunnelStage[] {
  const reach = applications.map((app) => ({ app, top: furthest(app, stages) }));
  return stages.map((stage, index) => {
    const reached = reach.filter((item) => item.top >= index);
    const inStage = reached.filter((item) => item.top === index && item.app.outcome === 'active').length;
    let conversion: FunnelStage['conversion'] = null;
    if (index < stages.length - 1) {
      const decided = reached.length - inStage;
      const movedOn = reached.filter((item) => item.top > index).length;
      conversion =
        decided === 0
          ? { kind: 'insufficient-data', n: 0, needs: 'an application decided at this stage' }
          : { kind: 'value', value: movedOn / decided, decided, movedOn };
    }
    const durations = applications.flatMap((app) => {
      const at = app.stages.findIndex((entry) => entry.stage === stage);
      const entry = app.stages[at];
      const next = app.stages[at + 1];
      return entry && next ? [(Date.parse(next.enteredAt) - Date.parse(entry.enteredAt)) / DAY_MS] : [];
    });
    const middle = median(durations);
    return {
      stage,
      reached: reached.length,
      inStage,
      conversion,
      medianDaysInStage:
        middle === undefined
          ? { kind: 'insufficient-data', n: 0, needs: 'an application that moved on from this stage' }
          : { kind: 'value', days: middle, n: durations.length },
    };
  });
}

export function findBottleneck(funnel: readonly FunnelStage[]): Tagged<Bottleneck> {
  const days = (stage: FunnelStage) =>
    stage.medianDaysInStage.kind === 'value' ? stage.medianDaysInStage.days : 0;
  const candidates = funnel.flatMap((stage) =>
    stage.conversion?.kind === 'value' && stage.conversion.decided >= BOTTLENECK_MIN_DECIDED
      ? [{ stage, conversion: stage.conversion }]
      : [],
  );
  if (candidates.length === 0)
    return {
      kind: 'insufficient-data',
      n: 0,
      needs: `a stage with at least ${BOTTLENECK_MIN_DECIDED} decided applications`,
    };
  candidates.sort((a, b) => a.conversion.value - b.conversion.value || days(b.stage) - days(a.stage));
  const lowest = candidates[0] as (typeof candidates)[number];
  const timed = funnel
    .filter((stage) => stage.medianDaysInStage.kind === 'value')
    .sort((a, b) => days(b) - days(a))[0];
  return {
    kind: 'value',
    stage: lowest.stage.stage,
    by: 'lowest-conversion',
    conversion: lowest.conversion.value,
    decided: lowest.conversion.decided,
    slowest: timed ? { stage: timed.stage, medianDays: days(timed) } : null,
  };
}

/** Offers accepted ÷ offers decided (accepted or declined); offers still open are left out. */
export function computeOfferAcceptance(
  applications: readonly Application[],
): Tagged<{ value: number; accepted: number; declined: number; pending: number }> {
  const offered = applications.filter((app) => app.offerExtendedAt !== null);
  const accepted = offered.filter((app) => app.offerAcceptedAt !== null || app.outcome === 'hired').length;
  const declined = offered.filter((app) => app.outcome === 'offer-declined').length;
  const decided = accepted + declined;
  if (decided === 0) return { kind: 'insufficient-data', n: 0, needs: 'an accepted or declined offer' };
  return { kind: 'value', value: accepted / decided, accepted, declined, pending: offered.length - decided };
}

export interface SourceRow {
  source: string;
  applications: number;
  reachedLoop: number;
  hires: number;
  hireRate: number;
}

/** Per source: applications, how many reached the interview loop (the stage before the offer), hires. */
export function computeSources(applications: readonly Application[], stages: readonly string[]): SourceRow[] {
  const { loop, hire } = stageRoles(stages);
  const loopIndex = stages.indexOf(loop);
  const bySource = new Map<string, Application[]>();
  for (const app of applications) bySource.set(app.channel, [...(bySource.get(app.channel) ?? []), app]);
  return [...bySource.entries()]
    .map(([source, apps]) => {
      const hires = apps.filter(
        (app) => app.outcome === 'hired' || app.stages.some((e) => e.stage === hire),
      ).length;
      return {
        source,
        applications: apps.length,
        reachedLoop: apps.filter((app) => furthest(app, stages) >= loopIndex).length,
        hires,
        hireRate: hires / apps.length,
      };
    })
    .sort((a, b) => b.applications - a.applications || a.source.localeCompare(b.source));
}
