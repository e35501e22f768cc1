/**
 * From validated file items to the resolved organization model: every reference checked against what
 * is declared and written in full, the rules that span entries and files checked, and everything sorted
 * by reference so the same workspace always gives the same model, byte for byte.
 *
 * Catalog entities (domains, systems, services, APIs, resources, repositories) and dependencies are
 * resolved here;
 * people and teams, whose rules are about the organization itself, in `resolve-org.ts`.
 */
import type { Api } from '../domain/api-entity.js';
import type { Dependency } from '../domain/dependency.js';
import type { Issue } from '../domain/errors.js';
import type { OrgModel } from '../domain/model.js';
import type { Resource } from '../domain/resource.js';
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
import type { Entry, ModelInput } from './model-files.js';
import { compareText, sortByRef } from './order.js';
import {
  declaredOnce,
  indexDeclarations,
  mixedRefsAt,
  type RefIndex,
  refAt,
  refsAt,
  reportAt,
  shortRef,
} from './ref-index.js';
import { checkRejectedReferences } from './rejected-refs.js';
import { resolvePeople, resolveTeams } from './resolve-org.js';

/** Resolves the whole model. The model is only meaningful when `issues` is empty. */
export function resolveModel(input: ModelInput): { model: OrgModel; issues: Issue[] } {
  const index = indexDeclarations(input);
  const repositories = declaredOnce(input.repositories, 'repository').map(({ ref, entry }) =>
    toRepository(ref, entry.spec),
  );
  const domains = declaredOnce(input.domains, 'domain').map(({ ref, entry }) => ({
    ...named(ref, entry.spec),
    owner: ownerAt(index, entry),
  }));
  const systems = declaredOnce(input.systems, 'system').map(({ ref, entry }) => ({
    ...named(ref, entry.spec),
    owner: ownerAt(index, entry),
    domain:
      entry.spec.domain === undefined
        ? null
        : (refAt(index, 'domain', entry, ['domain'], entry.spec.domain) ?? null),
  }));
  const services = declaredOnce(input.services, 'service').map(({ ref, entry }) =>
    toService(index, ref, entry),
  );
  const apis = declaredOnce(input.apis, 'api').map(({ ref, entry }) => toApi(index, ref, entry));
  const resources = declaredOnce(input.resources, 'resource').map(({ ref, entry }) =>
    toResource(index, ref, entry),
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
    apis: sortByRef(apis),
    resources: sortByRef(resources),
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
    ...named(ref, spec),
    owner: ownerAt(index, entry),
    system:
      spec.system === undefined ? null : (refAt(index, 'system', entry, ['system'], spec.system) ?? null),
    tier: spec.tier,
    lifecycle: spec.lifecycle,
    repositories: refsAt(index, 'repository', entry, 'repositories', spec.repositories),
    dependsOn: mixedRefsAt(index, ['service', 'resource'], entry, 'dependsOn', spec.dependsOn),
    providesApis: refsAt(index, 'api', entry, 'providesApis', spec.providesApis),
    consumesApis: refsAt(index, 'api', entry, 'consumesApis', spec.consumesApis),
    slos: [...spec.slos].sort((a, b) => compareText(a.name, b.name)),
    deployments: toDeploymentDetection(spec.deployments),
  };
}

/** What every catalog entity starts with: its reference, name, and title and description with defaults. */
function named(
  ref: string,
  spec: { name: string; title?: string | undefined; description?: string | undefined },
) {
  return { ref, name: spec.name, title: spec.title ?? spec.name, description: spec.description ?? null };
}

/** The owning team; '' when it does not resolve (the issue is recorded). */
function ownerAt(index: RefIndex, entry: Entry<{ owner: string }>): string {
  return refAt(index, 'team', entry, ['owner'], entry.spec.owner) ?? '';
}

function optionalSystem(index: RefIndex, entry: ModelInput['apis' | 'resources'][number]): string | null {
  const { system } = entry.spec;
  return system === undefined ? null : (refAt(index, 'system', entry, ['system'], system) ?? null);
}

function toApi(index: RefIndex, ref: string, entry: ModelInput['apis'][number]): Api {
  const { spec } = entry;
  return {
    ...named(ref, spec),
    type: spec.type,
    lifecycle: spec.lifecycle,
    owner: ownerAt(index, entry),
    system: optionalSystem(index, entry),
    definition: spec.definition ?? null,
  };
}

function toResource(index: RefIndex, ref: string, entry: ModelInput['resources'][number]): Resource {
  const { spec } = entry;
  const dependsOn = mixedRefsAt(index, ['resource', 'service'], entry, 'dependsOn', spec.dependsOn);
  if (dependsOn.includes(ref)) {
    reportAt(index, entry, ['dependsOn'], {
      message: `resource "${shortRef(ref)}" cannot depend on itself`,
      found: JSON.stringify(spec.dependsOn),
      expected: 'other resources or services',
    });
  }
  return {
    ...named(ref, spec),
    type: spec.type,
    owner: ownerAt(index, entry),
    system: optionalSystem(index, entry),
    dependsOn,
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
    reportAt(index, entry, ['consumer'], {
      message: `team "${shortRef(consumer)}" cannot depend on itself`,
      found: JSON.stringify(spec.consumer),
      expected: 'a consumer other than the provider',
    });
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
