/**
 * The metric fact rows, derived from every record by the pure DORA and flow code (deployed changes,
 * incident attribution and rollbacks, per-day rollups, work-item completions), ready for the store to
 * write. metric-facts.service.ts decides when to build them; nothing here reads or writes.
 */
import type { Commit } from '../../domain/records/commit.js';
import { type Deployment, type Incident, recordId, type WorkItem } from '../../domain/records/index.js';
import { attributeFailures } from '../../metrics/attribution.js';
import { startOfLocalDay, toDayKey } from '../../metrics/calendar.js';
import {
  type DeployedChanges,
  hasReachedProduction,
  indexCommits,
  isProductionEnvironment,
  listDeployedChanges,
} from '../../metrics/deployed-changes.js';
import { isUnplanned, listFirstShipments, toMs } from '../../metrics/dora/index.js';
import { toTimelines } from '../../metrics/flow/index.js';
import { normalizeRef } from '../../metrics/scope.js';
import {
  type CopyValue,
  encodeLeadTimes,
  type MetricFactRows,
  type MetricFactScopes,
} from '../../store/index.js';

const ms = (instant: string | undefined) => (instant === undefined ? null : new Date(toMs(instant)));

export function buildDoraFacts(
  deployments: readonly Deployment[],
  commits: readonly Commit[],
  incidents: readonly Incident[],
  production: readonly string[],
  timeZone: string,
): {
  rows: Pick<MetricFactRows, 'deployments' | 'dayRollups' | 'deployedChanges' | 'failureEvidence'>;
  scopes: MetricFactScopes;
} {
  const graph = indexCommits(commits);
  const changes = listDeployedChanges(deployments, graph, production);
  const attribution = attributeFailures(deployments, incidents, production, { graph, changes });

  const nextSuccess = findNextSuccesses(deployments, production);
  const deploymentRows: CopyValue[][] = deployments.map((deployment) => [
    recordId(deployment),
    deployment.source,
    deployment.key,
    normalizeRef(deployment.service, 'service'),
    deployment.environment,
    new Date(toMs(deployment.finishedAt)),
    deployment.result,
    deployment.commitSha,
    isUnplanned(deployment),
    deployment.hotfixFor ?? null,
    deployment.rollbackOf ?? null,
    changes.byDeployment.get(recordId(deployment))?.status ?? null,
    deployment.result !== 'success' || attribution.failures.has(recordId(deployment)),
    nextSuccess.get(recordId(deployment)) ?? null,
  ]);

  const changeRows: CopyValue[][] = [];
  for (const { at, deployment, commit } of listFirstShipments(changes).values()) {
    changeRows.push([
      recordId(deployment),
      normalizeRef(deployment.service, 'service'),
      new Date(at),
      recordId(commit),
      normalizeRef(commit.repository, 'repository'),
      commit.sha,
      (at - toMs(commit.committedAt)) / 1000,
      (at - toMs(commit.authoredAt)) / 1000,
    ]);
  }

  const serviceOf = new Map(
    deployments.map((deployment) => [recordId(deployment), normalizeRef(deployment.service, 'service')]),
  );
  const incidentsById = new Map(incidents.map((incident) => [recordId(incident), incident]));
  const ruleOfRollback = new Map(
    attribution.recognizedRollbacks.map((link) => [`${link.rollback}\u0000${link.of}`, link.rule]),
  );
  const evidenceRows: CopyValue[][] = [];
  for (const [id, evidence] of attribution.failures) {
    let position = 0;
    for (const incident of evidence.incidents) {
      const rule = attribution.byIncident.get(incident)?.rule ?? 'caused-by';
      evidenceRows.push([
        id,
        'incident',
        incident,
        null,
        rule,
        ms(incidentsById.get(incident)?.resolvedAt),
        position++,
      ]);
    }
    for (const rollback of evidence.rollbacks) {
      const rule = ruleOfRollback.get(`${rollback}\u0000${id}`) ?? 'explicit';
      evidenceRows.push([id, 'rollback', rollback, serviceOf.get(rollback) ?? null, rule, null, position++]);
    }
    for (const hotfix of evidence.hotfixes) {
      evidenceRows.push([id, 'hotfix', hotfix, serviceOf.get(hotfix) ?? null, 'explicit', null, position++]);
    }
  }

  return {
    rows: {
      deployments: deploymentRows,
      dayRollups: buildDayRollups(deployments, changes, production, timeZone),
      deployedChanges: changeRows,
      failureEvidence: evidenceRows,
    },
    scopes: describeScopes(deployments, commits, graph, production),
  };
}

/**
 * Per deployment, the next successful production deployment of its service and environment (strictly
 * later), as recovery-time.ts finds it: the default recovery of a failed deployment.
 */
function findNextSuccesses(
  deployments: readonly Deployment[],
  production: readonly string[],
): Map<string, string> {
  const groupOf = (deployment: Deployment) =>
    `${normalizeRef(deployment.service, 'service')}\u0000${deployment.environment.trim().toLowerCase()}`;
  const successes = new Map<string, { at: number; id: string }[]>();
  for (const deployment of deployments) {
    if (deployment.result !== 'success' || !isProductionEnvironment(deployment.environment, production))
      continue;
    const group = successes.get(groupOf(deployment)) ?? [];
    group.push({ at: toMs(deployment.finishedAt), id: recordId(deployment) });
    successes.set(groupOf(deployment), group);
  }
  for (const group of successes.values()) group.sort((a, b) => a.at - b.at);
  const next = new Map<string, string>();
  for (const deployment of deployments) {
    const group = successes.get(groupOf(deployment));
    if (!group) continue;
    const finished = toMs(deployment.finishedAt);
    let low = 0;
    let high = group.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((group[middle] as { at: number }).at <= finished) low = middle + 1;
      else high = middle;
    }
    const found = group[low];
    if (found) next.set(recordId(deployment), found.id);
  }
  return next;
}

/**
 * The day rollups: per local day and scope (the org and each service), the deployments that reached
 * production, the unplanned ones, the shipment statuses and the lead times of the commits they first
 * shipped, as lead-time.ts, deployment-frequency.ts and rework-rate.ts count them.
 */
function buildDayRollups(
  deployments: readonly Deployment[],
  changes: DeployedChanges,
  production: readonly string[],
  timeZone: string,
): CopyValue[][] {
  interface Rollup {
    day: Date;
    deployments: number;
    unplanned: number;
    unknownCommit: number;
    baseline: number;
    leads: { committer: number[]; author: number[] };
    negative: { committer: number; author: number };
    shipping: { committer: Set<string>; author: Set<string> };
  }
  const rollups = new Map<string, Rollup>();
  const dayStarts = new Map<string, Date>();
  const toDayStart = (at: number) => {
    const key = toDayKey(new Date(at), timeZone);
    let start = dayStarts.get(key);
    if (!start) {
      start = startOfLocalDay(key, timeZone);
      dayStarts.set(key, start);
    }
    return start;
  };
  const rollupsOf = (service: string, at: number): Rollup[] => {
    const day = toDayStart(at);
    return ['org', normalizeRef(service, 'service')].map((scope) => {
      const key = `${scope}\u0000${day.getTime()}`;
      let rollup = rollups.get(key);
      if (!rollup) {
        rollup = {
          day,
          deployments: 0,
          unplanned: 0,
          unknownCommit: 0,
          baseline: 0,
          leads: { committer: [], author: [] },
          negative: { committer: 0, author: 0 },
          shipping: { committer: new Set(), author: new Set() },
        };
        rollups.set(key, rollup);
      }
      return rollup;
    });
  };
  for (const deployment of deployments) {
    const status = changes.byDeployment.get(recordId(deployment))?.status;
    const reached = hasReachedProduction(deployment, production);
    if (!reached && status === undefined) continue;
    for (const rollup of rollupsOf(deployment.service, toMs(deployment.finishedAt))) {
      if (reached) {
        rollup.deployments++;
        if (isUnplanned(deployment)) rollup.unplanned++;
      }
      if (status === 'unknown-commit') rollup.unknownCommit++;
      if (status === 'baseline') rollup.baseline++;
    }
  }
  for (const { at, deployment, commit } of listFirstShipments(changes).values()) {
    const spans = {
      committer: (at - toMs(commit.committedAt)) / 1000,
      author: (at - toMs(commit.authoredAt)) / 1000,
    };
    for (const rollup of rollupsOf(deployment.service, at)) {
      for (const clock of ['committer', 'author'] as const) {
        if (spans[clock] < 0) rollup.negative[clock]++;
        else {
          rollup.leads[clock].push(spans[clock]);
          rollup.shipping[clock].add(recordId(deployment));
        }
      }
    }
  }
  return [...rollups].map(([key, rollup]) => [
    key.slice(0, key.indexOf('\u0000')),
    rollup.day,
    rollup.deployments,
    rollup.unplanned,
    rollup.unknownCommit,
    rollup.baseline,
    encodeLeadTimes(rollup.leads.committer),
    encodeLeadTimes(rollup.leads.author),
    rollup.negative.committer,
    rollup.negative.author,
    rollup.shipping.committer.size,
    rollup.shipping.author.size,
  ]);
}

/**
 * What decides whether a team or service scope can be read from facts built for the whole org. The scope
 * computation selects its services' deployments and its repositories' commits; it walks the same commits
 * as the org when no commit's parent lies in another repository and no sha is stored twice (so a walk
 * never leaves the repository it starts in), and when each of its services deploys commits of the
 * scope's repositories; its commits are first shipped by the same deployments when no service outside
 * the scope ships from those repositories. The read side checks the last two against the workspace.
 */
function describeScopes(
  deployments: readonly Deployment[],
  commits: readonly Commit[],
  graph: ReturnType<typeof indexCommits>,
  production: readonly string[],
): MetricFactScopes {
  let separable = graph.commits.length === commits.length;
  const repositoryOf = graph.commits.map((commit) => normalizeRef(commit.repository, 'repository'));
  for (let index = 0; separable && index < graph.commits.length; index++) {
    const end = graph.parentStart[index + 1] as number;
    for (let p = graph.parentStart[index] as number; p < end; p++) {
      if (repositoryOf[graph.parentIndexes[p] as number] !== repositoryOf[index]) separable = false;
    }
  }
  const services = new Map<string, Set<string>>();
  const repositories = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key) ?? new Set<string>();
    set.add(value);
    map.set(key, set);
  };
  for (const deployment of deployments) {
    if (!hasReachedProduction(deployment, production)) continue;
    const index = graph.indexBySha.get(deployment.commitSha.toLowerCase());
    if (index === undefined) continue;
    const service = normalizeRef(deployment.service, 'service');
    const repository = repositoryOf[index] as string;
    add(services, service, repository);
    add(repositories, repository, service);
  }
  const toRecord = (map: Map<string, Set<string>>) =>
    Object.fromEntries([...map].map(([key, values]) => [key, [...values].sort()]));
  return { separable, services: toRecord(services), repositories: toRecord(repositories) };
}

export function buildFlowFacts(
  workItems: readonly WorkItem[],
): Pick<MetricFactRows, 'workItems' | 'workItemProgress'> {
  const items: CopyValue[][] = [];
  const progress: CopyValue[][] = [];
  const timelines = toTimelines(workItems);
  workItems.forEach((item, index) => {
    const timeline = timelines[index];
    if (!timeline) return;
    const steps = timeline.steps;
    const firstProgress = steps.find((step) => step.category === 'in-progress');
    items.push([
      timeline.id,
      item.team === undefined ? null : normalizeRef(item.team, 'team'),
      item.service === undefined ? null : normalizeRef(item.service, 'service'),
      new Date(toMs(item.createdAt)),
      steps[0] === undefined ? null : new Date(steps[0].at),
      firstProgress === undefined ? null : new Date(firstProgress.at),
      timeline.completedAt === undefined ? null : new Date(timeline.completedAt),
    ]);
    steps.forEach((step, position) => {
      if (step.category !== 'in-progress') return;
      const next = steps[position + 1];
      if (next !== undefined && next.at === step.at) return;
      progress.push([timeline.id, new Date(step.at), next === undefined ? null : new Date(next.at)]);
    });
  });
  return { workItems: items, workItemProgress: progress };
}
