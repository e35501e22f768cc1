/**
 * The declared organization after the workspace has been loaded and every reference resolved: the shape
 * services, the store and the interfaces share.
 */
import type { Api } from './api-entity.js';
import type { Dependency } from './dependency.js';
import type { Person } from './person.js';
import type { Resource } from './resource.js';
import type { Domain, Repository, Service, System } from './service.js';
import type { Team } from './team.js';

export interface OrgModel {
  teams: Team[];
  people: Person[];
  services: Service[];
  systems: System[];
  domains: Domain[];
  repositories: Repository[];
  apis: Api[];
  resources: Resource[];
  dependencies: Dependency[];
}
