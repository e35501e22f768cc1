/**
 * The file formats of the model: which lists live in which file, and the schema of one item of each.
 * Items are validated one by one so that one bad team does not hide the problems of the others, and so
 * that the items that are valid can still be checked across files.
 */
import { z } from 'zod';
import { type ApiSpec, apiSchema } from '../domain/api-entity.js';
import { type DependencySpec, dependencySchema } from '../domain/dependency.js';
import type { Issue } from '../domain/errors.js';
import { personSchema } from '../domain/person.js';
import { DEFAULT_NAMESPACE, type EntityKind, formatEntityRef, NAME_PATTERN } from '../domain/refs.js';
import { type ResourceSpec, resourceSchema } from '../domain/resource.js';
import {
  type DomainSpec,
  domainSchema,
  type RepositorySpec,
  repositorySchema,
  type ServiceSpec,
  type SystemSpec,
  serviceSchema,
  systemSchema,
} from '../domain/service.js';
import { type TeamSpec, teamSchema } from '../domain/team.js';
import { fromZodIssues } from './issues.js';
import type { PathSegment, YamlSource } from './yaml-source.js';

/** Every file the loader reads, relative to the workspace root. */
export const WORKSPACE_FILES = {
  config: 'sextant.yaml',
  teams: 'model/teams.yaml',
  people: 'model/people.yaml',
  services: 'model/services.yaml',
  dependencies: 'model/dependencies.yaml',
} as const;

export type ModelFile = Exclude<keyof typeof WORKSPACE_FILES, 'config'>;

/** In a workspace file a person's display name may be left out; it then defaults to the name. */
export type PersonEntrySpec = z.output<typeof personSchema>;

/** The lists of the model, keyed as they are written at the top of their file. */
const LISTS = {
  teams: { file: 'teams', kind: 'team', schema: teamSchema },
  people: { file: 'people', kind: 'person', schema: personSchema },
  domains: { file: 'services', kind: 'domain', schema: domainSchema },
  systems: { file: 'services', kind: 'system', schema: systemSchema },
  services: { file: 'services', kind: 'service', schema: serviceSchema },
  repositories: { file: 'services', kind: 'repository', schema: repositorySchema },
  apis: { file: 'services', kind: 'api', schema: apiSchema },
  resources: { file: 'services', kind: 'resource', schema: resourceSchema },
  dependencies: { file: 'dependencies', kind: 'dependency', schema: dependencySchema },
} as const satisfies Record<string, { file: ModelFile; kind: EntityKind; schema: z.ZodType }>;

export type ListKey = keyof typeof LISTS;

/** A valid item and where it was written (`at` is its path in the file, e.g. `['teams', 2]`). */
export interface Entry<T> {
  spec: T;
  source: YamlSource;
  at: PathSegment[];
}

/** An item with a well-formed name, valid or not: enough to tell a typo from a reference to it. */
export interface Declaration {
  kind: EntityKind;
  ref: string;
  source: YamlSource;
  at: PathSegment[];
}

export interface Rejected {
  list: ListKey;
  item: unknown;
  source: YamlSource;
  at: PathSegment[];
}

export interface ModelInput {
  teams: Entry<TeamSpec>[];
  people: Entry<PersonEntrySpec>[];
  domains: Entry<DomainSpec>[];
  systems: Entry<SystemSpec>[];
  services: Entry<ServiceSpec>[];
  repositories: Entry<RepositorySpec>[];
  apis: Entry<ApiSpec>[];
  resources: Entry<ResourceSpec>[];
  dependencies: Entry<DependencySpec>[];
  declarations: Declaration[];
  /** Items that failed their schema: their references are still checked, as written. */
  rejected: Rejected[];
  /** Kinds whose file could not be parsed: references to them cannot be checked. */
  unreadable: Set<EntityKind>;
}

export function createModelInput(): ModelInput {
  return {
    teams: [],
    people: [],
    domains: [],
    systems: [],
    services: [],
    repositories: [],
    apis: [],
    resources: [],
    dependencies: [],
    declarations: [],
    rejected: [],
    unreadable: new Set(),
  };
}

/** The kinds of entity declared in a model file. */
export function kindsIn(file: ModelFile): EntityKind[] {
  return Object.values(LISTS)
    .filter((list) => list.file === file)
    .map((list) => list.kind);
}

/**
 * Validates one parsed model file into `input` and returns its issues. The file holds only its own
 * lists; each may be absent or empty (`teams:` with nothing after it is an empty list).
 */
export function readModelFile(file: ModelFile, source: YamlSource, input: ModelInput): Issue[] {
  const keys = (Object.keys(LISTS) as ListKey[]).filter((key) => LISTS[key].file === file);
  const fileSchema = z.strictObject(
    Object.fromEntries(keys.map((key) => [key, z.array(z.unknown()).nullish()])),
  );
  const data = source.data ?? {};
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) return fromZodIssues(source, fileSchema, parsed.error.issues);

  const issues: Issue[] = [];
  for (const key of keys) {
    const items = (data as Record<string, unknown[] | null | undefined>)[key] ?? [];
    items.forEach((item, index) => {
      const at = [key, index];
      const declaration = declarationOf(LISTS[key].kind, item, source, at);
      if (declaration) input.declarations.push(declaration);
      const result = LISTS[key].schema.safeParse(item);
      if (result.success) {
        (input[key] as Entry<unknown>[]).push({ spec: result.data, source, at });
      } else {
        issues.push(...fromZodIssues(source, LISTS[key].schema, result.error.issues, at));
        input.rejected.push({ list: key, item, source, at });
      }
    });
  }
  return issues;
}

function declarationOf(
  kind: EntityKind,
  item: unknown,
  source: YamlSource,
  at: PathSegment[],
): Declaration | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const { name, namespace = DEFAULT_NAMESPACE } = item as { name?: unknown; namespace?: unknown };
  if (typeof name !== 'string' || typeof namespace !== 'string') return undefined;
  if (!NAME_PATTERN.test(name) || !NAME_PATTERN.test(namespace)) return undefined;
  return { kind, ref: formatEntityRef({ kind, namespace, name }), source, at };
}
