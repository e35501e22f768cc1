/**
 * Failed deployment recovery time (DESIGN section 6): for each failed production deployment finishing in
 * the window, the time from its finish to recovery; true median and type-7 p90, in seconds.
 *
 * Rules and reasons:
 * - A deployment failed when its job failed (`failure`), it was rolled back (`rolled-back`), or it led to
 *   a failure (an attributed incident, a rollback or a hotfix pointing at it; see attribution.ts).
 * - Recovery is the earlier of: its attributed incidents resolved (the last of them, since users are not
 *   recovered while one is open), and the deployment that repaired it. That is its rollback when it
 *   has one (explicit or recognized, see rollbacks.ts; the earliest if several): deployments between
 *   it and a revert still carried the fault. Otherwise it is the next successful deployment of the same
 *   service and environment (a hotfix or a fix forward).
 * - Never negative: a candidate before the deployment's finish (an incident linked explicitly but
 *   resolved before the deployment ended) cannot be its recovery and is ignored.
 * - A failed deployment with no recovery yet is left out of the sample and counted in `unrecovered`.
 */

import { recordId } from '../../domain/records/common.js';
import type { Deployment } from '../../domain/records/deployment.js';
import type { Incident } from '../../domain/records/incident.js';
import type { Attribution } from '../attribution.js';
import { attributeFailures } from '../attribution.js';
import { indexCommits, isProductionEnvironment } from '../deployed-changes.js';
import type { DurationValue, MetricDefinition, MetricResult } from '../result.js';
import { toInsufficientData, toValueResult } from '../result.js';
import { normalizeRef } from '../scope.js';
import { summarizeDurations } from '../stats.js';
import { type DoraFacts, hasFinishedIn, toMs } from './facts.js';

export const recoveryTimeDefinition: MetricDefinition = {
  id: 'dora.failed-deployment-recovery-time',
  version: 1,
  title: 'Failed deployment recovery time',
  description:
    'For each failed production deployment in the window, the time from its finish until its incidents ' +
    'were resolved or the next successful deployment of the same service and environment, whichever came first.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export type RecoveryTimeValue = DurationValue & {
  /** Failed deployments in the window with no recovery yet, left out. */
  unrecovered: number;
};

function toGroupKey(deployment: Deployment): string {
  return `${normalizeRef(deployment.service, 'service')}\u0000${deployment.environment.trim().toLowerCase()}`;
}

/** Successful deployments per service and environment, as ascending finish instants with their ids. */
function indexSuccesses(deployments: readonly Deployment[], production: readonly string[]) {
  const groups = new Map<string, { at: number; id: string }[]>();
  for (const deployment of deployments) {
    if (deployment.result !== 'success' || !isProductionEnvironment(deployment.environment, production))
      continue;
    const key = toGroupKey(deployment);
    const group = groups.get(key) ?? [];
    group.push({ at: toMs(deployment.finishedAt), id: recordId(deployment) });
    groups.set(key, group);
  }
  for (const group of groups.values()) group.sort((a, b) => a.at - b.at);
  return groups;
}

/** First entry strictly after `after` in an ascending list (binary search). */
function findFirstAfter<T extends { at: number }>(sorted: readonly T[], after: number): T | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as T).at <= after) low = middle + 1;
    else high = middle;
  }
  return sorted[low];
}

/** When all of a deployment's incidents were resolved; undefined while any is open. */
function findIncidentsResolvedAt(ids: readonly string[], incidents: ReadonlyMap<string, Incident>) {
  if (ids.length === 0) return undefined;
  let last = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    const resolvedAt = incidents.get(id)?.resolvedAt;
    if (resolvedAt === undefined) return undefined;
    last = Math.max(last, toMs(resolvedAt));
  }
  return last;
}

/** The earliest rollback finishing at or after `after`, when the deployment was rolled back. */
function findEarliestRollback(ids: readonly string[], finishes: ReadonlyMap<string, number>, after: number) {
  let earliest: { at: number; id: string } | undefined;
  for (const id of ids) {
    const at = finishes.get(id);
    if (at === undefined || at < after) continue;
    if (!earliest || at < earliest.at) earliest = { at, id };
  }
  return earliest;
}

export function computeRecoveryTime(
  facts: DoraFacts,
  precomputed?: Attribution,
): MetricResult<RecoveryTimeValue> {
  const { window, scope, productionEnvironments } = facts;
  const incidentList = facts.incidents ?? [];
  const attribution =
    precomputed ??
    attributeFailures(facts.deployments, incidentList, productionEnvironments, {
      graph: indexCommits(facts.commits ?? []),
    });
  const incidents = new Map(incidentList.map((incident) => [recordId(incident), incident]));
  const finishes = new Map(
    facts.deployments.map((deployment) => [recordId(deployment), toMs(deployment.finishedAt)]),
  );
  const successes = indexSuccesses(facts.deployments, productionEnvironments);

  const seconds: number[] = [];
  const recordIds: string[] = [];
  let unrecovered = 0;
  for (const deployment of facts.deployments) {
    const id = recordId(deployment);
    const evidence = attribution.failures.get(id);
    const failed = deployment.result !== 'success' || evidence !== undefined;
    if (!failed || !hasFinishedIn(deployment, window)) continue;
    if (!isProductionEnvironment(deployment.environment, productionEnvironments)) continue;

    const finished = toMs(deployment.finishedAt);
    const incidentIds = evidence?.incidents ?? [];
    const resolved = findIncidentsResolvedAt(incidentIds, incidents);
    const next =
      findEarliestRollback(evidence?.rollbacks ?? [], finishes, finished) ??
      findFirstAfter(successes.get(toGroupKey(deployment)) ?? [], finished);
    const candidates = [resolved, next?.at].filter((at): at is number => at !== undefined && at >= finished);
    if (candidates.length === 0) {
      unrecovered++;
      continue;
    }
    seconds.push((Math.min(...candidates) - finished) / 1000);
    recordIds.push(id, ...incidentIds);
    if (next && next.at === Math.min(...candidates)) recordIds.push(next.id);
  }

  const summary = summarizeDurations(seconds);
  if (!summary) {
    return toInsufficientData(
      recoveryTimeDefinition,
      window,
      scope,
      0,
      recordIds,
      'at least 1 failed production deployment in the window that has recovered' +
        (unrecovered > 0 ? ` (${unrecovered} not recovered yet)` : ''),
    );
  }
  return toValueResult(recoveryTimeDefinition, window, scope, seconds.length, recordIds, {
    ...summary,
    unrecovered,
  });
}
