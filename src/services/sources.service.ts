/**
 * Running one declared source: the bridge between `sextant.yaml`'s `sources` and each connector's sync.
 * The scheduler in `sextant serve` and `sextant sync --source` both come through here, so a source
 * behaves the same however it is started. Each run returns counts by what was written. GitHub and GitLab
 * sources resume from a cursor kept under the source's name, so each run reads only what changed.
 */
import path from 'node:path';
import { readConfig } from '../config.js';
import type { RepositoryMapping } from '../connectors/github/repository.js';
import { NotFoundError } from '../domain/errors.js';
import { parseEntityRef } from '../domain/refs.js';
import type { SourceConfig } from '../domain/sources.js';
import type { AppContext } from './context.js';
import { ingestGitRepository } from './git-ingest.service.js';
import { createConfiguredGithubClient, syncGithubRepository } from './github-sync.service.js';
import { syncGitLabProject } from './gitlab-sync.service.js';
import { createJiraClientFromConfig, syncJira } from './jira-sync.service.js';
import { refreshMetricFacts } from './metric-facts.service.js';
import { createOpsgenieClientFromConfig, syncOpsgenie } from './opsgenie-sync.service.js';
import { createPagerDutyClientFromConfig, lookbackWindow, syncPagerDuty } from './pagerduty-sync.service.js';
import { runFlagSource } from './release-flag-import.js';
import { type Scheduler, startScheduler } from './scheduler.js';

export type SourceCounts = Record<string, number>;

export function findSource(context: AppContext, name: string): SourceConfig {
  const source = context.workspace.config.sources.find((candidate) => candidate.name === name);
  if (!source) {
    const known = context.workspace.config.sources.map((candidate) => candidate.name);
    throw new NotFoundError(
      `No source named "${name}" in sextant.yaml; ${known.length > 0 ? `declared: ${known.join(', ')}` : 'none is declared'}`,
    );
  }
  return source;
}

/**
 * The workspace repository a hosted repository (`owner/name`, `group/project`) stands for: the one whose
 * URL ends with that path, and the service whose code lives there. Unmatched, the connector's own naming
 * applies.
 */
export function matchWorkspaceRepository(
  context: AppContext,
  hostedPath: string,
): { repository?: string; service?: string } {
  const suffix = `/${hostedPath.toLowerCase()}`;
  const repository = context.workspace.model.repositories.find((candidate) => {
    const url = candidate.url
      ?.toLowerCase()
      .replace(/\.git$/, '')
      .replace(/\/$/, '');
    return url?.endsWith(suffix) ?? false;
  });
  if (!repository) return {};
  const service = context.workspace.model.services.find((candidate) =>
    candidate.repositories.includes(repository.ref),
  );
  return { repository: repository.name, ...(service ? { service: service.name } : {}) };
}

/**
 * The workspace repository and service a hosted repository's records belong to: what the source declares,
 * else what its URL matches in the workspace model.
 */
function resolveWorkspaceTarget(
  context: AppContext,
  hostedPath: string,
  declared: { workspaceRepository?: string; service?: string },
): { repository?: string; service?: string } {
  const matched = matchWorkspaceRepository(context, hostedPath);
  return {
    repository: declared.workspaceRepository ?? matched.repository,
    service: declared.service ?? matched.service,
  };
}

/**
 * The repository and service names a sync of this GitLab project writes: those of the declared source
 * reading it (by path, any case, or by numeric id), else none, so the connector's defaults apply as in a
 * direct sync. Webhooks use it so a record they write is the record a sync writes.
 */
export function resolveGitLabNaming(
  context: AppContext,
  project: { path: string; id?: number | undefined },
): { repository?: string; service?: string } {
  const path = project.path.toLowerCase();
  const source = context.workspace.config.sources.find(
    (candidate): candidate is Extract<SourceConfig, { type: 'gitlab' }> =>
      candidate.type === 'gitlab' &&
      (candidate.project.toLowerCase() === path ||
        (project.id !== undefined && candidate.project === String(project.id))),
  );
  return source ? resolveWorkspaceTarget(context, source.project, source) : {};
}

/**
 * The repository and service names syncs of the declared GitHub sources write, by `owner/name`. Webhooks
 * use it so a record they write is the record a sync writes; an undeclared repository keeps the defaults.
 */
export function resolveGithubMapping(context: AppContext): RepositoryMapping {
  const repositories: Record<string, string> = {};
  const services: Record<string, string> = {};
  for (const source of context.workspace.config.sources) {
    if (source.type !== 'github') continue;
    const { repository, service } = resolveWorkspaceTarget(context, source.repository, source);
    if (repository) repositories[source.repository] = repository;
    if (service) services[source.repository] = service;
  }
  return { repositories, services };
}

function sumTypes(
  types: readonly { type: string; inserted: number; updated: number; unchanged: number }[],
): SourceCounts {
  const counts: SourceCounts = {};
  for (const entry of types)
    counts[entry.type] = (counts[entry.type] ?? 0) + entry.inserted + entry.updated + entry.unchanged;
  return counts;
}

/** Reads one declared source into the store, then brings the metric facts up to date. */
export async function runSource(
  context: AppContext,
  source: SourceConfig,
  options: { log?: (message: string) => void } = {},
): Promise<SourceCounts> {
  const counts = await readSource(context, source, options);
  await refreshMetricFacts(context);
  return counts;
}

async function readSource(
  context: AppContext,
  source: SourceConfig,
  options: { log?: (message: string) => void },
): Promise<SourceCounts> {
  const { store } = context;
  switch (source.type) {
    case 'github': {
      const { repository, service } = resolveWorkspaceTarget(context, source.repository, source);
      const summary = await syncGithubRepository(store, {
        repo: source.repository,
        cursorSource: source.name,
        client: createConfiguredGithubClient({ onWait: (message) => options.log?.(message) }),
        incidentLabels: source.incidentLabels,
        ...(repository ? { repositories: { [source.repository]: repository } } : {}),
        ...(service ? { services: { [source.repository]: service } } : {}),
      });
      return sumTypes(summary.types);
    }
    case 'gitlab': {
      const { repository, service } = resolveWorkspaceTarget(context, source.project, source);
      const result = await syncGitLabProject(store, {
        project: source.project,
        cursorSource: source.name,
        ...(repository ? { repository } : {}),
        ...(service ? { service } : {}),
      });
      return sumTypes(result.types);
    }
    case 'jira': {
      const result = await syncJira(store, {
        client: createJiraClientFromConfig(readConfig().jira),
        jql: source.jql,
        board: source.board,
      });
      return {
        'work-item': result.read - result.skipped,
        sprint: result.sprints.read - result.sprints.skipped,
        skipped: result.skipped + result.sprints.skipped,
      };
    }
    case 'pagerduty': {
      const result = await syncPagerDuty(store, {
        client: createPagerDutyClientFromConfig({ onWait: (message) => options.log?.(message) }),
        window: lookbackWindow(new Date(), source.lookback),
        serviceIds: source.serviceIds,
        services: source.services,
        severities: source.severities,
        cursorSource: source.name,
      });
      return { incident: result.read - result.skipped, page: result.pages, skipped: result.skipped };
    }
    case 'opsgenie': {
      const result = await syncOpsgenie(store, {
        client: createOpsgenieClientFromConfig({ onWait: (message) => options.log?.(message) }),
        window: lookbackWindow(new Date(), source.lookback),
        query: source.query,
        services: source.services,
        severities: source.severities,
      });
      return { incident: result.read - result.skipped, page: result.pages, skipped: result.skipped };
    }
    case 'git':
      return runGitSource(context, source);
    case 'flags':
      return { 'feature-flag': (await runFlagSource(context, source)).flags };
  }
}

async function runGitSource(
  context: AppContext,
  source: Extract<SourceConfig, { type: 'git' }>,
): Promise<SourceCounts> {
  const summary = await ingestGitRepository(context.store, {
    path: path.resolve(context.workspace.dir, source.path),
    repository: source.repository ? parseEntityRef(source.repository, 'repository').name : undefined,
    deployments: {
      service: source.service ? parseEntityRef(source.service, 'service').name : undefined,
      tags: source.deployTags,
      branch: source.deployBranch,
    },
  });
  return {
    commit: summary.commits,
    tag: summary.tags,
    deployment: summary.deployments,
    skipped: summary.skipped,
  };
}

/** Starts syncing every source that declares an interval; the context's health then shows their state. */
export function scheduleSources(
  context: AppContext,
  options: { log?: (message: string) => void } = {},
): Scheduler {
  const scheduler = startScheduler(
    context.workspace.config.sources,
    (source) => runSource(context, source, options),
    options.log ? { log: options.log } : {},
  );
  context.scheduler = scheduler;
  return scheduler;
}
