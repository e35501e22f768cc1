/**
 * The services and repositories that `sextant.yaml`'s sources name must be declared in the model, or the
 * records a source writes would belong to nothing the metrics can scope.
 */
import type { Issue } from '../domain/errors.js';
import type { EntityKind } from '../domain/refs.js';
import type { WorkspaceConfig } from '../domain/workspace-config.js';
import type { ModelInput } from './model-files.js';
import { indexDeclarations, resolveRef } from './ref-index.js';
import type { YamlSource } from './yaml-source.js';

const CHECKED_FIELDS: Readonly<Record<string, EntityKind>> = {
  service: 'service',
  workspaceRepository: 'repository',
};

export function checkSourceRefs(config: WorkspaceConfig, source: YamlSource, input: ModelInput): Issue[] {
  // Duplicate declarations are the model's own issues, already reported: keep only what the sources add.
  const index = { ...indexDeclarations(input), issues: [] as Issue[] };
  config.sources.forEach((declared, position) => {
    for (const [field, kind] of Object.entries(CHECKED_FIELDS)) {
      const text = (declared as Record<string, unknown>)[field];
      if (typeof text === 'string') resolveRef(index, kind, text, source, ['sources', position, field]);
    }
  });
  return index.issues;
}
