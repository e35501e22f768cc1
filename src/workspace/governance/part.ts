/**
 * The contract every planning and governance file reader follows (okrs/, roadmap.yaml, capacity.yaml,
 * experiments.yaml, maturity.yaml, registers/, decisions/): it reads its own files under the workspace root,
 * validates every entry on its own and resolves references against the directory, and returns the value
 * with every issue found (file, line, column, what was found and expected). Absent files give an empty value.
 */
import type { Issue } from '../../domain/errors.js';
import type { OrgModel } from '../../domain/model.js';
import type { WorkspaceConfig } from '../../domain/workspace-config.js';

/**
 * What references are checked against. A set is absent when the file declaring that kind could not be
 * read: references of that kind are then kept as written rather than reported as unknown.
 */
export interface GovernanceDirectory {
  /** Full person references (`person:default/ana`). */
  people?: ReadonlySet<string>;
  /** Full team references. */
  teams?: ReadonlySet<string>;
  /** Full references of services, systems, domains, APIs and resources. */
  catalog?: ReadonlySet<string>;
  /** Every reference declared in the model files, valid or not (one that failed its own schema is not reported twice). */
  declared: ReadonlySet<string>;
  /** Objective and key-result ids of every okrs/*.yaml file; absent while the OKRs themselves are read. */
  okrIds?: ReadonlySet<string>;
}

export interface GovernanceReadContext {
  /** Absolute workspace folder. */
  root: string;
  config: WorkspaceConfig;
  /** The declared organization (complete when the workspace loaded; partial under `sextant validate`). */
  model: OrgModel;
  directory: GovernanceDirectory;
}

export interface PartRead<T> {
  value: T;
  issues: Issue[];
  /** The files read, relative to the root, in a fixed order. */
  files: string[];
}

export type PartReader<T> = (context: GovernanceReadContext) => Promise<PartRead<T>>;
