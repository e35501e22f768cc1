/**
 * DevLake's `project_mapping` table: which scopes (repositories, CI scopes, boards) a project owns. Every
 * DORA step of DevLake starts from a project name and joins this table, so its metrics are attributed to
 * the project as a whole, never to a service inside it. A scope may belong to several projects.
 */

/** The scope tables DevLake maps into projects. */
export type DevLakeScopeTable = 'repos' | 'cicd_scopes' | 'boards' | (string & {});

export interface ProjectMappingRow {
  projectName: string;
  table: DevLakeScopeTable;
  rowId: string;
}

/** The ids of one kind of scope a project owns (`pm.project_name = ? AND pm.table = ?`). */
export function scopesOfProject(
  mapping: readonly ProjectMappingRow[],
  projectName: string,
  table: DevLakeScopeTable,
): Set<string> {
  const ids = new Set<string>();
  for (const row of mapping) if (row.projectName === projectName && row.table === table) ids.add(row.rowId);
  return ids;
}
