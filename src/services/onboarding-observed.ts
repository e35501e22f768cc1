/**
 * The observed records onboarding figures read, shaped for the pure code: merged pull requests with their
 * authors resolved to people, and production deployments with the commits each first shipped (the
 * engine's deployed changes over the commit graph) and those commits' authors resolved to people.
 *
 * Deployments are detected as the DORA figures detect them (stored ones and those derived from CI jobs),
 * and what each first shipped is read from the metric facts (deployed-changes.ts over the commit graph),
 * so a deployment and its changes here are those of the delivery figures. Authors are resolved with the identities declared in
 * people.yaml (identities.ts): nothing is guessed, an unresolved author is nobody.
 */
import { shiftDayKey } from '../domain/day-keys.js';
import { recordId } from '../domain/records/common.js';
import { startOfLocalDay } from '../metrics/calendar.js';
import { isProductionEnvironment } from '../metrics/deployed-changes.js';
import { detectDeployments, listProductionEnvironments } from '../metrics/deployment-detection.js';
import { buildIdentityIndex, identitySystemOf, resolveActor } from '../metrics/identities.js';
import type { AuthoredPullRequest, ObservedDeployment } from '../metrics/people/onboarding-firsts.js';
import { queryDeployedChanges, queryRecords } from '../store/index.js';
import type { AppContext } from './context.js';
import { ensureMetricFacts } from './metric-facts.service.js';

export interface ObservedOnboarding {
  pullRequests: AuthoredPullRequest[];
  deployments: ObservedDeployment[];
}

/** How long before the earliest first day pull requests are read: one opened just before may merge after. */
const PULL_REQUEST_LEAD_DAYS = 30;

/** Records from the earliest first day (`from`, a local day) to the end of the day read (`to`, an instant). */
export async function loadObservedOnboarding(
  context: AppContext,
  from: string,
  to: Date,
): Promise<ObservedOnboarding> {
  const { timezone, productionEnvironments } = context.workspace.config;
  const window = { from: startOfLocalDay(from, timezone), to };
  const index = buildIdentityIndex(context.workspace.model.people);
  const resolve = (system: Parameters<typeof resolveActor>[1]['system'], id: string) => {
    const resolution = resolveActor(index, { system, id });
    return resolution.kind === 'person' ? resolution.person : null;
  };

  const [prs, stored, ciRuns] = await Promise.all([
    queryRecords(context.store, 'pull-request', {
      from: startOfLocalDay(shiftDayKey(from, -PULL_REQUEST_LEAD_DAYS), timezone),
      to,
      fields: ['author', 'state', 'mergedAt', 'mergeCommitSha', 'commitShas'],
    }),
    queryRecords(context.store, 'deployment', window),
    loadDeployJobRuns(context, window),
  ]);
  const pullRequests: AuthoredPullRequest[] = prs.map((pr) => ({
    id: recordId(pr),
    author: resolve(identitySystemOf(pr.source, 'pull-request'), pr.author),
    mergedAt: pr.state === 'merged' && pr.mergedAt ? pr.mergedAt : null,
    mergeCommitSha: pr.mergeCommitSha ?? null,
    commitShas: pr.commitShas ?? [],
  }));

  const production = listProductionEnvironments(productionEnvironments);
  const inWindow = detectDeployments(stored, ciRuns, context.workspace.model.services).filter(
    (deployment) => {
      const at = Date.parse(deployment.finishedAt);
      return at >= window.from.getTime() && at < window.to.getTime();
    },
  );
  // What each deployment first shipped is the engine's deployed changes, kept in the metric facts.
  await ensureMetricFacts(context);
  const changes = await queryDeployedChanges(context.store, window);
  const shippedBy = new Map<string, { commit: string; sha: string }[]>();
  for (const change of changes) {
    const list = shippedBy.get(change.deployment) ?? [];
    list.push({ commit: change.commit, sha: change.sha });
    shippedBy.set(change.deployment, list);
  }
  const shas = new Set([
    ...changes.map((change) => change.sha),
    ...inWindow.map((deployment) => deployment.commitSha.toLowerCase()),
  ]);
  const authors = new Map<string, string | null>();
  if (shas.size > 0) {
    const commits = await queryRecords(context.store, 'commit', {
      where: [{ field: 'sha', values: [...shas] }],
      fields: ['sha', 'authorEmail'],
    });
    for (const commit of commits) authors.set(commit.sha, resolve('git', commit.authorEmail));
  }

  const deployments: ObservedDeployment[] = inWindow.map((deployment) => {
    const id = recordId(deployment);
    const first = shippedBy.get(id);
    // A deployment whose own commit is not in the graph shipped something nobody can name.
    const known = first !== undefined || authors.has(deployment.commitSha.toLowerCase());
    return {
      id,
      finishedAt: deployment.finishedAt,
      succeeded: deployment.result === 'success',
      production: isProductionEnvironment(deployment.environment, production),
      commitSha: deployment.commitSha,
      shipped: known
        ? (first ?? []).map((change) => ({ id: change.commit, author: authors.get(change.sha) ?? null }))
        : null,
    };
  });
  return { pullRequests, deployments };
}

/** CI runs in the window of the repositories whose services deploy from CI jobs; none when no service does. */
async function loadDeployJobRuns(context: AppContext, window: { from: Date; to: Date }) {
  const repositories = context.workspace.model.services
    .filter((service) => service.deployments.from === 'ci-job')
    .flatMap((service) => service.repositories);
  if (repositories.length === 0) return [];
  return queryRecords(context.store, 'ci-run', {
    ...window,
    scope: { field: 'repository', refs: [...new Set(repositories)] },
  });
}
