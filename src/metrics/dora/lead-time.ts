/**
 * Change lead time (DESIGN section 6): for each commit first shipped by a production deployment finishing
 * in the window, that deployment's finish minus the commit's time (committer time by default, author time
 * optional); true median and type-7 p90, in seconds.
 *
 * Rules and reasons:
 * - Which commits a deployment ships comes from the commit graph (deployed-changes.ts), never from dates
 *   or pull-request merges: a commit counts once, however many deployments later contain it.
 * - A commit shipped to several production environments or services counts once, at its earliest
 *   shipment: lead time asks when a change first reached production.
 * - Negative spans (clock skew: a commit dated after its deployment) are left out and counted in
 *   `excludedNegative`; they are data errors, not fast changes.
 * - Deployments in the window whose commit is unknown, or that are the first of their service and
 *   environment, ship no measured changes; they are counted so a thin sample explains itself.
 */
import type { Commit } from '../../domain/records/commit.js';
import { recordId } from '../../domain/records/common.js';
import { type DeployedChanges, indexCommits, listDeployedChanges } from '../deployed-changes.js';
import type { DurationSample, DurationValue, MetricDefinition, MetricResult } from '../result.js';
import { toInsufficientData, toValueResult } from '../result.js';
import { summarizeDurations } from '../stats.js';
import { isInWindow } from '../window.js';
import { type DoraFacts, type LeadTimeClock, toMs } from './facts.js';
import {
  computeLeadTimeBreakdown,
  type FirstShipment,
  type LeadTimeBreakdown,
} from './lead-time-breakdown.js';

export const leadTimeDefinition: MetricDefinition = {
  id: 'dora.change-lead-time',
  version: 1,
  title: 'Change lead time',
  description:
    'Time from a commit (committer time unless author time is chosen) to the finish of the production ' +
    'deployment that first shipped it, for commits first shipped in the window; median and 90th percentile.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export type LeadTimeValue = DurationValue & {
  clock: LeadTimeClock;
  /** Commits dated after the deployment that shipped them, left out. */
  excludedNegative: number;
  /** Production deployments in the window that shipped measured commits. */
  deployments: number;
  /** Production deployments in the window whose commit is not in the graph. */
  unknownCommit: number;
  /** Production deployments in the window that were the first of their service and environment. */
  baseline: number;
  breakdown: LeadTimeBreakdown;
};

/** The earliest shipment of every shipped commit, by sha (commit shas are lower-case). */
export function listFirstShipments(
  changes: DeployedChanges,
): Map<string, FirstShipment & { commit: Commit }> {
  const first = new Map<string, FirstShipment & { commit: Commit }>();
  for (const shipment of changes.byDeployment.values()) {
    if (shipment.status !== 'shipped') continue;
    const at = toMs(shipment.deployment.finishedAt);
    for (const commit of shipment.commits) {
      const seen = first.get(commit.sha);
      if (!seen || at < seen.at) first.set(commit.sha, { at, deployment: shipment.deployment, commit });
    }
  }
  return first;
}

export interface LeadTimeSamples {
  /** One lead time, in seconds, per commit first shipped in the window (its record is the commit). */
  samples: DurationSample[];
  /** The deployments that shipped them. */
  deploymentIds: Set<string>;
  excludedNegative: number;
}

/** The lead time of every commit first shipped by a production deployment finishing in the window. */
export function listLeadTimeSamples(
  facts: DoraFacts,
  firstShipments = listFirstShipments(
    listDeployedChanges(facts.deployments, indexCommits(facts.commits ?? []), facts.productionEnvironments),
  ),
): LeadTimeSamples {
  const clock = facts.leadTimeClock ?? 'committer';
  const samples: DurationSample[] = [];
  const deploymentIds = new Set<string>();
  let excludedNegative = 0;
  for (const { at, deployment, commit } of firstShipments.values()) {
    if (!isInWindow(at, facts.window)) continue;
    const span = (at - toMs(clock === 'author' ? commit.authoredAt : commit.committedAt)) / 1000;
    if (span < 0) {
      excludedNegative++;
      continue;
    }
    samples.push({ value: span, recordId: recordId(commit) });
    deploymentIds.add(recordId(deployment));
  }
  return { samples, deploymentIds, excludedNegative };
}

export function computeLeadTime(
  facts: DoraFacts,
  precomputed?: DeployedChanges,
): MetricResult<LeadTimeValue> {
  const { window, scope } = facts;
  const clock = facts.leadTimeClock ?? 'committer';
  const commits = facts.commits ?? [];
  const changes =
    precomputed ??
    listDeployedChanges(facts.deployments, indexCommits(commits), facts.productionEnvironments);
  const firstShipments = listFirstShipments(changes);

  const { samples, deploymentIds, excludedNegative } = listLeadTimeSamples(facts, firstShipments);
  const seconds = samples.map((sample) => sample.value);
  const commitIds = samples.map((sample) => sample.recordId);

  let unknownCommit = 0;
  let baseline = 0;
  for (const shipment of changes.byDeployment.values()) {
    if (!isInWindow(toMs(shipment.deployment.finishedAt), window)) continue;
    if (shipment.status === 'unknown-commit') unknownCommit++;
    if (shipment.status === 'baseline') baseline++;
  }

  const recordIds = [...deploymentIds, ...commitIds];
  const summary = summarizeDurations(seconds);
  if (!summary) {
    return toLeadTimeInsufficientData(facts, { excludedNegative, unknownCommit, baseline }, recordIds);
  }
  const commitsBySha = new Map<string, Commit>();
  for (const commit of commits) commitsBySha.set(commit.sha, commit);
  const breakdown = computeLeadTimeBreakdown({
    pullRequests: facts.pullRequests ?? [],
    reviews: facts.reviews ?? [],
    commitsBySha,
    firstShipments,
    window,
    clock,
  });
  return toValueResult(leadTimeDefinition, window, scope, seconds.length, recordIds, {
    ...summary,
    clock,
    excludedNegative,
    deployments: deploymentIds.size,
    unknownCommit,
    baseline,
    breakdown,
  });
}

/** Why a window has no lead time, from the counts of what was left out (also kept by the metric facts). */
export function toLeadTimeInsufficientData(
  facts: Pick<DoraFacts, 'window' | 'scope'>,
  counts: { excludedNegative: number; unknownCommit: number; baseline: number },
  recordIds: string[],
): MetricResult<LeadTimeValue> {
  const { excludedNegative, unknownCommit, baseline } = counts;
  const reasons = [
    excludedNegative > 0 ? `${excludedNegative} commits with negative spans excluded` : '',
    unknownCommit > 0 ? `${unknownCommit} deployments with commits missing from the graph` : '',
    baseline > 0 ? `${baseline} first deployments of a service, which ship no measured changes` : '',
  ].filter(Boolean);
  return toInsufficientData(
    leadTimeDefinition,
    facts.window,
    facts.scope,
    0,
    recordIds,
    `at least 1 commit first shipped by a production deployment in the window, with its commit graph` +
      (reasons.length > 0 ? ` (${reasons.join('; ')})` : ''),
  );
}
