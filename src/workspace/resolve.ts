/**
 * From validated file items to the resolved organization model: every reference checked against what
 * is declared and written in full, the rules that span entries and files checked, and everything sorted
 * by reference so the same workspace always gives the same model, byte for byte.
 *
 * Catalog entities (domains, systems, services, repositories) and dependencies are resolved here;
 * people and teams, whose rules are about the organization itself, in `resolve-org.ts`.
 */
import type { Dependency } from '../domain/dependency.js';
import type { Issue } from '../domain/errors.js';
import type { OrgModel } from '../domain/model.js';
import {
  DEFAULT_DEPLOYMENT_DETECTION,
  type DeploymentDetection,
  type Domain,
  type EnvironmentClass,
  type Repository,
  type Service,
  type ServiceSpec,
  type System,
} from '../domain/service.js';
import { issueAt } from './issues.js';
import type { ModelInput } from './model-files.js';
import { compareText, sortByRef } from './order.js';
import { declaredOnce, indexDeclarations, type RefIndex, refAt, refsAt, shortRef } from './ref-index.js';
import { checkRejectedReferences } from './rejected-refs.js';
import { resolvePeople, resolveTeams } from './resolve-org.js';

/** Resolves the whole model. The model is only meaningful when `issues` is empty. */
export function resolveModel(input: ModelInput): { model: OrgModel; issues: Issue[] } {
  const index = indexDeclarations(input);
  const repositories = declaredOnce(input.repositories, 'repository').map(({ ref, entry }) =>
    toRepository(ref, entry.spec),
  );
  const domains = declaredOnce(input.domains, 'domain').map(({ ref, entry }) => ({
    ref,
    name: entry.spec.name,
    title: entry.spec.title ?? entry.spec.name,
    description: entry.spec.description ?? null,
    owner: refAt(index, 'team', entry, ['owner'], entry.spec.owner) ?? '',
  }));
  const systems = declaredOnce(input.systems, 'system').map(({ ref, entry }) => ({
    ref,
    name: entry.spec.name,
    title: entry.spec.title ?? entry.spec.name,
    description: entry.spec.description ?? null,
    owner: refAt(index, 'team', entry, ['owner'], entry.spec.owner) ?? '',
    domain:
      entry.spec.domain === undefined
        ? null
        : (refAt(index, 'domain', entry, ['domain'], entry.spec.domain) ?? null),
  }));
  const services = declaredOnce(input.services, 'service').map(({ ref, entry }) =>
    toService(index, ref, entry),
  );
  const dependencies = declaredOnce(input.dependencies, 'dependency').map(({ ref, entry }) =>
    toDependency(index, ref, entry),
  );
  const people = resolvePeople(index, declaredOnce(input.people, 'person'));
  const teams = resolveTeams(index, declaredOnce(input.teams, 'team'), people, services);
  checkRejectedReferences(index, input.rejected);

  const model: OrgModel = {
    teams: sortByRef(teams),
    people: sortByRef(people),
    services: sortByRef(services),
    systems: sortByRef<System>(systems),
    domains: sortByRef<Domain>(domains),
    repositories: sortByRef(repositories),
    dependencies: sortByRef(dependencies),
  };
  return { model, issues: index.issues };
}

function toRepository(ref: string, spec: ModelInput['repositories'][number]['spec']): Repository {
  return {
    ref,
    name: spec.name,
    url: spec.url ?? null,
    path: spec.path ?? null,
    defaultBranch: spec.defaultBranch,
  };
}

function toService(index: RefIndex, ref: string, entry: ModelInput['services'][number]): Service {
  const { spec } = entry;
  return {
    ref,
    name: spec.name,
    title: spec.title ?? spec.name,
    description: spec.description ?? null,
    owner: refAt(index, 'team', entry, ['owner'], spec.owner) ?? '',
    system:
      spec.system === undefined ? null : (refAt(index, 'system', entry, ['system'], spec.system) ?? null),
    tier: spec.tier,
    lifecycle: spec.lifecycle,
    repositories: refsAt(index, 'repository', entry, 'repositories', spec.repositories),
    dependsOn: refsAt(index, 'service', entry, 'dependsOn', spec.dependsOn),
    slos: [...spec.slos].sort((a, b) => compareText(a.name, b.name)),
    deployments: toDeploymentDetection(spec.deployments),
  };
}

/** The declared strategy with its defaults filled in; environment names sorted so the model is stable. */
function toDeploymentDetection(spec: ServiceSpec['deployments']): DeploymentDetection {
  if (spec === undefined) return { ...DEFAULT_DEPLOYMENT_DETECTION, environments: {} };
  const names = Object.keys(spec.environments).sort(compareText);
  return {
    from: spec.from,
    job: spec.job ?? null,
    environments: Object.fromEntries(
      names.map((name) => [name, spec.environments[name] as EnvironmentClass]),
    ),
  };
}

function toDependency(index: RefIndex, ref: string, entry: ModelInput['dependencies'][number]): Dependency {
  const { spec } = entry;
  const provider = refAt(index, 'team', entry, ['provider'], spec.provider) ?? '';
  const consumer = refAt(index, 'team', entry, ['consumer'], spec.consumer) ?? '';
  if (provider !== '' && provider === consumer) {
    index.issues.push(
      issueAt(entry.source, [...entry.at, 'consumer'], {
        message: `team "${shortRef(consumer)}" cannot depend on itself`,
        found: JSON.stringify(spec.consumer),
        expected: 'a consumer other than the provider',
      }),
    );
  }
  return {
    ref,
    name: spec.name,
    provider,
    consumer,
    what: spec.what,
    type: spec.type,
    status: spec.status,
    risk: spec.risk,
    neededBy: spec.neededBy ?? null,
    strategy: spec.strategy ?? null,
    services: refsAt(index, 'service', entry, 'services', spec.services),
    notes: spec.notes ?? null,
  };
}
