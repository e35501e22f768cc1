/**
 * Deployment detection per service (DESIGN section 6, "Deployment"): each service declares where its
 * deployments come from (`deployments.from` in services.yaml), and the names its sources give
 * environments are read through the service's own map before `sextant.yaml`'s production list.
 *
 * Rules and reasons:
 * - `from: ci-job` services get their deployments from CI: every job (or, for a run recorded without
 *   jobs, every pipeline run) in one of the service's repositories whose name matches the service's
 *   `job` glob is a deployment. They are derived on the fly, never stored, so changing the glob also
 *   covers the history already ingested.
 * - For those services, stored deployments of any other method are ignored: a deployments API or a tag
 *   source reporting the same release would otherwise count it twice. Stored `ci-job` deployments stay,
 *   and a derived one with the same commit and finish as a stored one is left out for the same reason.
 * - A job that succeeded is a successful deployment, one that failed a failed deployment (it reached no
 *   users, recovery time still measures it); a cancelled job deployed nothing and is skipped, and so is
 *   a job without a commit, because what it deployed is unknown.
 * - A derived deployment's environment is what the service's map says of the job's name, else
 *   `production`: the glob already names the production deploy job.
 * - Environment names compare case-insensitively and ignoring surrounding spaces, as everywhere else;
 *   globs (`*` any run of characters, `?` one character) also ignore case, since CI tools differ in how
 *   they capitalize job names.
 * - A name the map calls production becomes `production`, which always counts as production; a name it
 *   calls staging or other becomes `staging` or `other`, whatever `sextant.yaml` lists. Regions mapped to
 *   production are therefore one production environment: a commit ships once, with the first of them.
 */

import type { CiRun } from '../domain/records/ci-run.js';
import { recordId } from '../domain/records/common.js';
import type { Deployment } from '../domain/records/deployment.js';
import type { DeploymentDetection, EnvironmentClass } from '../domain/service.js';
import { normalizeRef } from './scope.js';

/** The environment name a production mapping normalizes to. */
export const PRODUCTION_ENVIRONMENT = 'production';

/** What detection needs of a declared service; `OrgModel['services']` fits. */
export interface DetectionService {
  ref: string;
  repositories: readonly string[];
  deployments: DeploymentDetection;
}

/** A glob on a job name as a case-insensitive regular expression matching the whole name. */
export function compileJobGlob(glob: string): RegExp {
  const pattern = [...glob]
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${pattern}$`, 'is');
}

/** Whether a job or pipeline name matches a declared glob. */
export function matchesJobGlob(glob: string, name: string): boolean {
  return compileJobGlob(glob).test(name);
}

/** What the service's map says an environment name is, if it names it. */
export function classifyEnvironment(
  environments: Readonly<Record<string, EnvironmentClass>>,
  name: string,
): EnvironmentClass | undefined {
  const wanted = name.trim().toLowerCase();
  for (const [declared, kind] of Object.entries(environments)) {
    if (declared.trim().toLowerCase() === wanted) return kind;
  }
  return undefined;
}

/** The production environment names DORA compares against: the configured ones and `production`. */
export function listProductionEnvironments(configured: readonly string[]): string[] {
  const names = configured.map((name) => name.trim().toLowerCase());
  return names.includes(PRODUCTION_ENVIRONMENT) ? [...configured] : [...configured, PRODUCTION_ENVIRONMENT];
}

const RESULT_BY_CI_RESULT: Record<CiRun['result'], Deployment['result'] | undefined> = {
  success: 'success',
  failure: 'failure',
  cancelled: undefined,
};

/** Deployments derived from the CI jobs of every service declaring `from: ci-job`. */
export function deriveJobDeployments(
  ciRuns: readonly CiRun[],
  services: readonly DetectionService[],
): Deployment[] {
  const claims = services.flatMap((service) => {
    const { from, job } = service.deployments;
    if (from !== 'ci-job' || job === null) return [];
    return [
      {
        service,
        glob: compileJobGlob(job),
        repositories: new Set(service.repositories.map((repo) => normalizeRef(repo, 'repository'))),
      },
    ];
  });
  if (claims.length === 0) return [];

  const deployments: Deployment[] = [];
  for (const run of ciRuns) {
    const result = RESULT_BY_CI_RESULT[run.result];
    if (result === undefined || run.commitSha === undefined) continue;
    const name = run.job ?? run.pipeline;
    const repository = normalizeRef(run.repository, 'repository');
    const claimed = claims.filter((claim) => claim.repositories.has(repository) && claim.glob.test(name));
    for (const { service } of claimed) {
      // One job deploying two services (a monorepo pipeline) gives each its own record id.
      const suffix = claimed.length > 1 ? `@${service.ref}` : '';
      deployments.push({
        source: 'derived',
        key: `ci-job/${recordId(run)}${suffix}`,
        service: service.ref,
        environment: classifyEnvironment(service.deployments.environments, name) ?? PRODUCTION_ENVIRONMENT,
        startedAt: run.startedAt,
        finishedAt: run.finishedAt,
        result,
        commitSha: run.commitSha,
        repository: run.repository,
        ...(run.branch === undefined ? {} : { ref: run.branch }),
        method: 'ci-job',
        unplanned: false,
      });
    }
  }
  return deployments;
}

/** Each deployment's environment as its service's map names it; deployments it does not name unchanged. */
export function applyEnvironmentMap(
  deployments: readonly Deployment[],
  services: readonly DetectionService[],
): Deployment[] {
  const maps = new Map<string, Readonly<Record<string, EnvironmentClass>>>();
  for (const service of services) {
    if (Object.keys(service.deployments.environments).length === 0) continue;
    maps.set(normalizeRef(service.ref, 'service'), service.deployments.environments);
  }
  if (maps.size === 0) return [...deployments];
  return deployments.map((deployment) => {
    const map = maps.get(normalizeRef(deployment.service, 'service'));
    const kind = map && classifyEnvironment(map, deployment.environment);
    return kind === undefined || kind === deployment.environment
      ? deployment
      : { ...deployment, environment: kind };
  });
}

/**
 * The deployments DORA counts: stored ones as they are, except that `from: ci-job` services keep only
 * `ci-job` ones and get those derived from their CI jobs; every environment read through the maps.
 */
export function detectDeployments(
  stored: readonly Deployment[],
  ciRuns: readonly CiRun[],
  services: readonly DetectionService[],
): Deployment[] {
  const fromJobs = new Set(
    services
      .filter((service) => service.deployments.from === 'ci-job')
      .map((service) => normalizeRef(service.ref, 'service')),
  );
  const kept = stored.filter(
    (deployment) =>
      deployment.method === 'ci-job' || !fromJobs.has(normalizeRef(deployment.service, 'service')),
  );
  const seen = new Set(kept.filter((d) => d.method === 'ci-job').map(toSameJobKey));
  const derived = deriveJobDeployments(ciRuns, services).filter((d) => !seen.has(toSameJobKey(d)));
  return applyEnvironmentMap([...kept, ...derived], services);
}

function toSameJobKey(deployment: Deployment): string {
  return [
    normalizeRef(deployment.service, 'service'),
    deployment.commitSha.toLowerCase(),
    Date.parse(deployment.finishedAt),
  ].join('\u0000');
}
