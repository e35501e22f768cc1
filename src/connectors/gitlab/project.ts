/**
 * A GitLab project as Sextant names it. Record keys start with the project's full path
 * (`group/subgroup/name`), the same text GitLab uses in its own references (`group/name!12`), so keys
 * stay stable and readable whether a record came from the REST API or a webhook. The repository and
 * service references default to the project's last path segment made into an entity name; a workspace
 * whose catalog names them differently passes them explicitly.
 */

export const GITLAB_SOURCE = 'gitlab';

export interface GitLabProject {
  /** Full path with namespace, e.g. `gitlab-data/snowflake_spend`. */
  path: string;
  /** Repository reference the records carry, e.g. `snowflake_spend`. */
  repository: string;
  /** Service reference deployments carry. */
  service: string;
}

export function describeProject(
  path: string,
  overrides: { repository?: string | undefined; service?: string | undefined } = {},
): GitLabProject {
  const name = toEntityName(path.split('/').at(-1) ?? path);
  return { path, repository: overrides.repository ?? name, service: overrides.service ?? name };
}

/** Lower-case letters and digits joined by single `-`, `_` or `.`: what an entity name may hold. */
export function toEntityName(text: string): string {
  const name = text
    .toLowerCase()
    .replaceAll(/[^a-z0-9._-]+/g, '-')
    .replaceAll(/[._-]{2,}/g, '-')
    .replaceAll(/^[._-]+|[._-]+$/g, '');
  return name || 'project';
}

/** `group/name!12`: a merge request, as GitLab itself writes the reference. */
export function mergeRequestKey(project: GitLabProject, iid: number): string {
  return `${project.path}!${iid}`;
}

export function pipelineKey(project: GitLabProject, id: number): string {
  return `${project.path}/pipelines/${id}`;
}

export function jobKey(project: GitLabProject, id: number): string {
  return `${project.path}/jobs/${id}`;
}

export function deploymentKey(project: GitLabProject, id: number): string {
  return `${project.path}/deployments/${id}`;
}

/** `source:key`, the id other records use to point at a record. */
export function toRecordId(key: string): string {
  return `${GITLAB_SOURCE}:${key}`;
}
