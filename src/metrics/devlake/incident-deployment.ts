/**
 * DevLake's incident attribution (plugins/dora/tasks/incident_deploy_connector.go), the rows of
 * `project_incident_deployment_relationships` that its change failure rate and recovery time read.
 *
 * The rules:
 * - Incidents: those whose scope (`table`, `scope_id`: a board, a repository, a PagerDuty service …) is
 *   mapped to the project.
 * - Each is attributed to the latest successful PRODUCTION deployment of ANY CI scope of the project that
 *   finished strictly before the incident was created. Nothing about the incident (its service, its
 *   repository) narrows the choice: attribution is project-level and purely by time.
 * - The relationship names the deployment (`cicd_deployment_id`, the pipeline), not the deployment commit.
 * - An incident with no earlier deployment gets no row.
 *
 * Two deployment commits finishing at the same instant leave SQL's `ORDER BY … LIMIT 1` open; this takes
 * the first in the order given.
 */
import type { DevLakeDeploymentCommit } from './deployment-generator.js';
import { type DevLakeScopeTable, type ProjectMappingRow, scopesOfProject } from './project-mapping.js';
import { DEVLAKE_PRODUCTION, DEVLAKE_SUCCESS } from './vocabulary.js';

/** A row of DevLake's `incidents`. */
export interface DevLakeIncident {
  id: string;
  createdDate: Date;
  /** The scope table the incident came from, e.g. `boards` or `repos`. */
  table: DevLakeScopeTable;
  scopeId: string;
}

/** A row of DevLake's `project_incident_deployment_relationships`. */
export interface DevLakeIncidentDeployment {
  id: string;
  projectName: string;
  deploymentId: string;
}

export interface IncidentDeploymentInput {
  projectName: string;
  projectMapping: readonly ProjectMappingRow[];
  incidents: readonly DevLakeIncident[];
  deploymentCommits: readonly DevLakeDeploymentCommit[];
}

export function connectIncidentsToDeployments(input: IncidentDeploymentInput): DevLakeIncidentDeployment[] {
  const cicdScopes = scopesOfProject(input.projectMapping, input.projectName, 'cicd_scopes');
  const owned = new Set(
    input.projectMapping
      .filter((row) => row.projectName === input.projectName)
      .map((row) => scopeKey(row.table, row.rowId)),
  );
  const deployments = input.deploymentCommits.filter(
    (row): row is DevLakeDeploymentCommit & { finishedDate: Date } =>
      row.finishedDate !== null &&
      row.result === DEVLAKE_SUCCESS &&
      row.environment === DEVLAKE_PRODUCTION &&
      cicdScopes.has(row.cicdScopeId),
  );

  const relationships: DevLakeIncidentDeployment[] = [];
  for (const incident of input.incidents) {
    if (!owned.has(scopeKey(incident.table, incident.scopeId))) continue;
    let latest: (typeof deployments)[number] | undefined;
    for (const row of deployments) {
      const finished = row.finishedDate.getTime();
      if (finished >= incident.createdDate.getTime()) continue;
      if (latest === undefined || finished > latest.finishedDate.getTime()) latest = row;
    }
    if (latest) {
      relationships.push({
        id: incident.id,
        projectName: input.projectName,
        deploymentId: latest.cicdDeploymentId,
      });
    }
  }
  return relationships;
}

function scopeKey(table: string, id: string): string {
  return `${table}\u0000${id}`;
}
