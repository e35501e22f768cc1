/** What leaves the server for the catalog kinds besides services: APIs and resources. */
import type { Api } from '../domain/api-entity.js';
import type { Resource } from '../domain/resource.js';

/** An API without its definition, which may be tens of kilobytes; `GET /api/apis/:name` carries it. */
export function presentApiSummary({ definition, ...api }: Api) {
  return { ...api, hasDefinition: definition !== null };
}

export function presentApi(api: Api) {
  return { ...api };
}

export function presentResource(resource: Resource) {
  return { ...resource };
}
