/**
 * Release metrics over one window and scope, from derived releases (derive.ts) and imported feature flags.
 *
 * Rules and reasons:
 * - A release belongs to the window its deployment finished in, `[from, to)`.
 * - Scope selection happens before: these functions count what they are given.
 * - No release in the window is insufficient data for every release figure (never a silent 0); no flag
 *   imported for the scope is insufficient data for flag age, naming the import that would fix it.
 * - Flag age is measured at the window's end, so a past window reads the flags as they stood then.
 */

import type { FeatureFlag, Release } from '../../domain/release.js';
import { STALE_FLAG_DAYS } from '../../domain/release-checklist.js';
import {
  type DurationValue,
  type MetricResult,
  type NumberValue,
  type RateValue,
  type Scope,
  toDurationResult,
  toInsufficientData,
  toRateResult,
  toValueResult,
  type Window,
} from '../result.js';
import {
  flagAgeDefinition,
  hotfixFrequencyDefinition,
  releaseFrequencyDefinition,
  releaseLeadTimeDefinition,
  releaseSuccessRateDefinition,
  rollbackRateDefinition,
} from './definitions.js';

const DAY_MS = 86_400_000;
const NEEDS_RELEASE = 'at least 1 release (a production deployment that is not a rollback) in the window';

export interface ReleaseMetricFacts {
  releases: readonly Release[];
  flags: readonly FeatureFlag[];
  window: Window;
  scope: Scope;
}

export interface ReleaseMetrics {
  frequency: MetricResult<NumberValue & { count: number }>;
  leadTime: MetricResult<DurationValue>;
  successRate: MetricResult<RateValue>;
  rollbackRate: MetricResult<RateValue>;
  hotfixFrequency: MetricResult<NumberValue & { count: number }>;
  flagAge: MetricResult<DurationValue & { stale: number; staleFlags: string[] }>;
}

export function selectReleasesInWindow(releases: readonly Release[], window: Window): Release[] {
  const from = window.from.getTime();
  const to = window.to.getTime();
  return releases.filter((release) => {
    const at = Date.parse(release.at);
    return at >= from && at < to;
  });
}

/** The id a feature flag is evidence under. */
export function toFlagId(flag: Pick<FeatureFlag, 'service' | 'key'>): string {
  return `flag:${flag.service}#${flag.key}`;
}

function computeFrequency(releases: readonly Release[], window: Window, scope: Scope, perDays: number) {
  const definition = perDays === 7 ? releaseFrequencyDefinition : hotfixFrequencyDefinition;
  const ids = releases.map((release) => release.id);
  const periods = (window.to.getTime() - window.from.getTime()) / (perDays * DAY_MS);
  return toValueResult(definition, window, scope, releases.length, ids, {
    value: releases.length / periods,
    count: releases.length,
  });
}

export function computeFlagAge(
  flags: readonly FeatureFlag[],
  window: Window,
  scope: Scope,
): ReleaseMetrics['flagAge'] {
  const end = window.to.getTime();
  const active = flags.filter(
    (flag) =>
      Date.parse(flag.createdAt) < end && (flag.removedAt === undefined || Date.parse(flag.removedAt) >= end),
  );
  const samples = active.map((flag) => ({
    value: (end - Date.parse(flag.createdAt)) / 1000,
    recordId: toFlagId(flag),
  }));
  const needs =
    flags.length === 0
      ? 'feature flags imported for this scope (sextant releases flags import FILE)'
      : 'at least 1 feature flag created before the end of the window and not removed by then';
  const result = toDurationResult(flagAgeDefinition, window, scope, samples, needs);
  if (result.kind !== 'value') return result;
  const staleFlags = samples.filter((s) => s.value > STALE_FLAG_DAYS * 86_400).map((s) => s.recordId);
  return { ...result, stale: staleFlags.length, staleFlags };
}

export function computeReleaseMetrics(facts: ReleaseMetricFacts): ReleaseMetrics {
  const { window, scope } = facts;
  const releases = selectReleasesInWindow(facts.releases, window);
  const flagAge = computeFlagAge(facts.flags, window, scope);
  if (releases.length === 0) {
    const none = (definition: typeof releaseFrequencyDefinition) =>
      toInsufficientData(definition, window, scope, 0, [], NEEDS_RELEASE);
    return {
      frequency: none(releaseFrequencyDefinition),
      leadTime: none(releaseLeadTimeDefinition),
      successRate: none(releaseSuccessRateDefinition),
      rollbackRate: none(rollbackRateDefinition),
      hotfixFrequency: none(hotfixFrequencyDefinition),
      flagAge,
    };
  }
  const reached = releases.filter((release) => release.result !== 'failure');
  const successful = reached.filter((release) => !release.rolledBack);
  const rolledBack = reached.filter((release) => release.rolledBack);
  const leadTimes = releases.flatMap((release) =>
    release.leadTimeSeconds === undefined ? [] : [{ value: release.leadTimeSeconds, recordId: release.id }],
  );
  return {
    frequency: computeFrequency(releases, window, scope, 7),
    leadTime: toDurationResult(
      releaseLeadTimeDefinition,
      window,
      scope,
      leadTimes,
      'at least 1 release in the window with measured changes (not the first deployment of its service)',
    ),
    successRate: toRateResult(
      releaseSuccessRateDefinition,
      window,
      scope,
      { numerator: successful.length, denominator: releases.length, recordIds: successful.map((r) => r.id) },
      NEEDS_RELEASE,
    ),
    rollbackRate: toRateResult(
      rollbackRateDefinition,
      window,
      scope,
      { numerator: rolledBack.length, denominator: reached.length, recordIds: rolledBack.map((r) => r.id) },
      'at least 1 release that reached production in the window',
    ),
    hotfixFrequency: computeFrequency(
      releases.filter((release) => release.hotfix),
      window,
      scope,
      30,
    ),
    flagAge,
  };
}
