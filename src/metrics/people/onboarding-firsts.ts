/**
 * A new hire's first contributions, from observed records: days from the first day to their first merged
 * pull request, and to the first production deployment that shipped their work. Pure: records, the first
 * day, the time zone and the day read are arguments; authors are already resolved to people.
 *
 * Rules and reasons:
 * - Days are local calendar days (the workspace time zone) from the first day to the day of the event, so
 *   a pull request merged on the first day counts 0.
 * - Only events on or after the first day and on or before the day read count: work merged before someone
 *   joined (as a contractor, say) is not their onboarding.
 * - A deployment counts when it succeeded in production. Which commits it shipped comes from the commit
 *   graph (deployed changes): the first such deployment that shipped a commit the person authored. When a
 *   deployment's shipped commits are unknown (its commit is not in the graph), it counts when it deployed
 *   the merge commit, or one of the commits, of a pull request the person authored; the result says which
 *   rule found it (`basis`).
 * - Nothing found is `insufficient-data` saying what is missing, never 0.
 */
import { daysBetween } from '../../domain/day-keys.js';
import { toDayKey } from '../calendar.js';

export interface AuthoredPullRequest {
  id: string;
  /** The person the author resolves to; null when unresolved. */
  author: string | null;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  commitShas: readonly string[];
}

export interface ObservedDeployment {
  id: string;
  finishedAt: string;
  succeeded: boolean;
  production: boolean;
  commitSha: string;
  /** The commits it first shipped with their resolved authors; null when unknown. */
  shipped: readonly { id: string; author: string | null }[] | null;
}

export type FirstContribution =
  | {
      kind: 'value';
      days: number;
      at: string;
      recordIds: string[];
      basis?: 'shipped-commit' | 'pull-request';
    }
  | { kind: 'insufficient-data'; needs: string; recordIds: [] };

interface Reading {
  person: string;
  /** The first day, YYYY-MM-DD. */
  start: string;
  /** The day read, YYYY-MM-DD: later events are not seen. */
  asOf: string;
  timeZone: string;
}

function inRange(instant: string, reading: Reading): string | null {
  const day = toDayKey(new Date(instant), reading.timeZone);
  return day >= reading.start && day <= reading.asOf ? day : null;
}

const byTime =
  <T>(at: (item: T) => string, id: (item: T) => string) =>
  (a: T, b: T) =>
    Date.parse(at(a)) - Date.parse(at(b)) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);

export function findFirstMergedPullRequest(
  pullRequests: readonly AuthoredPullRequest[],
  reading: Reading,
): FirstContribution {
  const merged = pullRequests
    .filter((pr) => pr.author === reading.person && pr.mergedAt !== null && inRange(pr.mergedAt, reading))
    .sort(
      byTime(
        (pr) => pr.mergedAt as string,
        (pr) => pr.id,
      ),
    );
  const first = merged[0];
  if (!first?.mergedAt) {
    return {
      kind: 'insufficient-data',
      needs: `a pull request authored by ${reading.person} merged between ${reading.start} and ${reading.asOf}`,
      recordIds: [],
    };
  }
  const day = inRange(first.mergedAt, reading) as string;
  return { kind: 'value', days: daysBetween(reading.start, day), at: first.mergedAt, recordIds: [first.id] };
}

export function findFirstProductionDeployment(
  deployments: readonly ObservedDeployment[],
  pullRequests: readonly AuthoredPullRequest[],
  reading: Reading,
): FirstContribution {
  // The person's pull requests by every sha that lands them, for deployments whose shipped commits are unknown.
  const prBySha = new Map<string, string>();
  for (const pr of pullRequests) {
    if (pr.author !== reading.person || pr.mergedAt === null) continue;
    for (const sha of [pr.mergeCommitSha, ...pr.commitShas]) {
      if (sha && !prBySha.has(sha.toLowerCase())) prBySha.set(sha.toLowerCase(), pr.id);
    }
  }
  const candidates = deployments
    .filter((deployment) => deployment.succeeded && deployment.production)
    .filter((deployment) => inRange(deployment.finishedAt, reading))
    .sort(
      byTime(
        (d) => d.finishedAt,
        (d) => d.id,
      ),
    );
  for (const deployment of candidates) {
    const day = inRange(deployment.finishedAt, reading) as string;
    const value = {
      kind: 'value',
      days: daysBetween(reading.start, day),
      at: deployment.finishedAt,
    } as const;
    if (deployment.shipped !== null) {
      const commit = deployment.shipped.find((entry) => entry.author === reading.person);
      if (commit) return { ...value, basis: 'shipped-commit', recordIds: [deployment.id, commit.id] };
      continue;
    }
    const pr = prBySha.get(deployment.commitSha.toLowerCase());
    if (pr) return { ...value, basis: 'pull-request', recordIds: [deployment.id, pr] };
  }
  return {
    kind: 'insufficient-data',
    needs: `a successful production deployment shipping work by ${reading.person} between ${reading.start} and ${reading.asOf}`,
    recordIds: [],
  };
}
