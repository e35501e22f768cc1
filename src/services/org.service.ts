/**
 * Reading the declared organization: teams, people, services, APIs, resources and dependencies. The
 * workspace files are the source of truth and are loaded (and validated) before any service runs, so these
 * read the loaded model: an edit shows on the next command without a sync, and no query is spent on
 * what is already in memory. The store's copy of the model serves the joins the metrics need.
 */
import type { Api } from '../domain/api-entity.js';
import type { Dependency } from '../domain/dependency.js';
import { NotFoundError } from '../domain/errors.js';
import { type EntityKind, toRefString } from '../domain/refs.js';
import type { Resource } from '../domain/resource.js';
import type { Service } from '../domain/service.js';
import type { Team } from '../domain/team.js';
import type { WorkspaceContext } from './workspace.service.js';

function findByRef<T extends { ref: string }>(
  items: readonly T[],
  name: string,
  kind: EntityKind,
  label: string,
): T {
  const ref = toRefString(name, kind);
  const found = items.find((item) => item.ref === ref);
  if (!found) throw new NotFoundError(`No ${label} ${ref} in this workspace`);
  return found;
}

const ownerRef = (owner: string | undefined) => (owner ? toRefString(owner, 'team') : undefined);

export async function getTeam(context: WorkspaceContext, name: string): Promise<Team> {
  return findByRef(context.workspace.model.teams, name, 'team', 'team');
}

export async function listServices(
  context: WorkspaceContext,
  filter: { owner?: string } = {},
): Promise<Service[]> {
  const owner = ownerRef(filter.owner);
  const { services } = context.workspace.model;
  return owner ? services.filter((service) => service.owner === owner) : services;
}

export async function listApis(
  context: WorkspaceContext,
  filter: { owner?: string; type?: string } = {},
): Promise<Api[]> {
  const owner = ownerRef(filter.owner);
  return context.workspace.model.apis.filter(
    (api) => (!owner || api.owner === owner) && (!filter.type || api.type === filter.type),
  );
}

export async function getApi(context: WorkspaceContext, name: string): Promise<Api> {
  return findByRef(context.workspace.model.apis, name, 'api', 'API');
}

export async function listResources(
  context: WorkspaceContext,
  filter: { owner?: string; type?: string } = {},
): Promise<Resource[]> {
  const owner = ownerRef(filter.owner);
  return context.workspace.model.resources.filter(
    (resource) => (!owner || resource.owner === owner) && (!filter.type || resource.type === filter.type),
  );
}

export async function getResource(context: WorkspaceContext, name: string): Promise<Resource> {
  return findByRef(context.workspace.model.resources, name, 'resource', 'resource');
}

export async function listDependencies(
  context: WorkspaceContext,
  filter: { team?: string; status?: Dependency['status']; type?: Dependency['type'] } = {},
): Promise<Dependency[]> {
  const team = filter.team ? toRefString(filter.team, 'team') : undefined;
  return context.workspace.model.dependencies.filter(
    (dependency) =>
      (!team || dependency.provider === team || dependency.consumer === team) &&
      (!filter.status || dependency.status === filter.status) &&
      (!filter.type || dependency.type === filter.type),
  );
}
