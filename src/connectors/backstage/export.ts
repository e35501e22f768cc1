/**
 * The declared organization as Backstage descriptors (`backstage.io/v1alpha1`). Pure. What Backstage has
 * no field for travels as `sextant.io/*` annotations (team type, role, tier), so importing the export
 * gives back the same teams, people, services, systems, domains, APIs and resources. Not exported:
 * repositories, cross-team dependencies, SLOs, deployment detection, interactions, cognitive load, a
 * team's API, people's managers, levels and identities, and membership shares (Backstage memberships have
 * none; an import splits a person's time evenly again).
 *
 * References are written in full (`group:default/team-a`), so they mean the same in any namespace.
 */
import { stringify } from 'yaml';
import type { Api } from '../../domain/api-entity.js';
import type { OrgModel } from '../../domain/model.js';
import type { Person } from '../../domain/person.js';
import { parseEntityRef } from '../../domain/refs.js';
import type { Resource } from '../../domain/resource.js';
import type { Domain, Service, System } from '../../domain/service.js';
import type { Team } from '../../domain/team.js';
import { ANNOTATIONS, BACKSTAGE_API_VERSION } from './descriptor.js';
import { SEXTANT_TO_KIND } from './refs.js';

export interface BackstageDescriptor {
  apiVersion: typeof BACKSTAGE_API_VERSION;
  kind: 'Group' | 'User' | 'Domain' | 'System' | 'Component' | 'API' | 'Resource';
  metadata: {
    name: string;
    namespace?: string;
    title?: string;
    description?: string;
    annotations?: Record<string, string>;
  };
  spec: Record<string, unknown>;
}

/** Every exportable entity, in a fixed order: teams, people, domains, systems, services, APIs, resources. */
export function exportCatalog(model: OrgModel): BackstageDescriptor[] {
  return [
    ...model.teams.map(toGroup),
    ...model.people.map(toUser),
    ...model.domains.map(toDomain),
    ...model.systems.map(toSystem),
    ...model.services.map(toComponent),
    ...model.apis.map(toApi),
    ...model.resources.map(toResource),
  ];
}

/** Descriptors as one multi-document YAML text. */
export function renderDescriptors(descriptors: readonly BackstageDescriptor[]): string {
  return descriptors.map((descriptor) => stringify(descriptor, { lineWidth: 0 })).join('---\n');
}

/** A Sextant reference in Backstage's full form: `team:default/a` → `group:default/a`. */
export function toBackstageRef(ref: string): string {
  const kind = ref.slice(0, ref.indexOf(':'));
  const parsed = parseEntityRef(ref, kind as Parameters<typeof parseEntityRef>[1]);
  return `${SEXTANT_TO_KIND[parsed.kind] ?? parsed.kind}:${parsed.namespace}/${parsed.name}`;
}

function metadataOf(
  ref: string,
  fields: { title?: string | null; name: string; description?: string | null },
  annotations: Record<string, string> = {},
): BackstageDescriptor['metadata'] {
  const { namespace } = parseEntityRef(
    ref,
    ref.slice(0, ref.indexOf(':')) as Parameters<typeof parseEntityRef>[1],
  );
  return {
    name: fields.name,
    namespace,
    ...(fields.title && fields.title !== fields.name ? { title: fields.title } : {}),
    ...(fields.description ? { description: fields.description } : {}),
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
  };
}

function descriptor(
  kind: BackstageDescriptor['kind'],
  metadata: BackstageDescriptor['metadata'],
  spec: Record<string, unknown>,
): BackstageDescriptor {
  return { apiVersion: BACKSTAGE_API_VERSION, kind, metadata, spec };
}

function toGroup(team: Team): BackstageDescriptor {
  const metadata = metadataOf(
    team.ref,
    { name: team.name, description: team.mission },
    { [ANNOTATIONS.teamType]: team.type },
  );
  const profile = team.title !== team.name ? { profile: { displayName: team.title } } : {};
  return descriptor('Group', metadata, { type: 'team', ...profile, children: [] });
}

function toUser(person: Person): BackstageDescriptor {
  const metadata = metadataOf(person.ref, { name: person.name }, { [ANNOTATIONS.role]: person.role });
  const profile = {
    ...(person.displayName !== person.name ? { displayName: person.displayName } : {}),
    ...(person.email ? { email: person.email } : {}),
  };
  return descriptor('User', metadata, {
    ...(Object.keys(profile).length > 0 ? { profile } : {}),
    memberOf: person.teams.map(({ team }) => toBackstageRef(team)),
  });
}

function toDomain(domain: Domain): BackstageDescriptor {
  return descriptor('Domain', metadataOf(domain.ref, domain), { owner: toBackstageRef(domain.owner) });
}

function toSystem(system: System): BackstageDescriptor {
  return descriptor('System', metadataOf(system.ref, system), {
    owner: toBackstageRef(system.owner),
    ...(system.domain ? { domain: toBackstageRef(system.domain) } : {}),
  });
}

function toComponent(service: Service): BackstageDescriptor {
  const metadata = metadataOf(service.ref, service, { [ANNOTATIONS.tier]: String(service.tier) });
  return descriptor('Component', metadata, {
    type: 'service',
    lifecycle: service.lifecycle,
    owner: toBackstageRef(service.owner),
    ...(service.system ? { system: toBackstageRef(service.system) } : {}),
    ...list('providesApis', service.providesApis),
    ...list('consumesApis', service.consumesApis),
    ...list('dependsOn', service.dependsOn),
  });
}

function toApi(api: Api): BackstageDescriptor {
  return descriptor('API', metadataOf(api.ref, api), {
    type: api.type,
    lifecycle: api.lifecycle,
    owner: toBackstageRef(api.owner),
    ...(api.system ? { system: toBackstageRef(api.system) } : {}),
    ...(api.definition === null ? {} : { definition: toDefinition(api.definition) }),
  });
}

function toResource(resource: Resource): BackstageDescriptor {
  return descriptor('Resource', metadataOf(resource.ref, resource), {
    type: resource.type,
    owner: toBackstageRef(resource.owner),
    ...(resource.system ? { system: toBackstageRef(resource.system) } : {}),
    ...list('dependsOn', resource.dependsOn),
  });
}

/** A definition that is a URL or a relative path is written as the `$text` placeholder Backstage reads. */
function toDefinition(definition: string): string | { $text: string } {
  return /^(?:https?:\/\/|\.\.?\/)\S+$/.test(definition) ? { $text: definition } : definition;
}

function list(key: string, refs: readonly string[]): Record<string, string[]> {
  return refs.length === 0 ? {} : { [key]: refs.map(toBackstageRef) };
}
