/**
 * Cross-team dependency views over the declared model: the list with each dependency's state and
 * suggested strategy, the provider × consumer matrix, the graph, transitive blocking chains, the critical
 * path to a date and hidden (undeclared) dependencies between services of different teams.
 *
 * Queries arrive as text (CLI options, HTTP query strings) and are validated here. "As of" is a calendar
 * date; without one it is today in the workspace time zone.
 */
import { z } from 'zod';
import { type BlockingChains, findBlockingChains } from '../assess/dependency-chains.js';
import { type CriticalPath, findCriticalPath } from '../assess/dependency-critical-path.js';
import { buildDependencyGraph, type DependencyGraph } from '../assess/dependency-graph.js';
import { buildDependencyMatrix, type DependencyMatrix } from '../assess/dependency-matrix.js';
import { type AssessedDependency, assessDependency, compareByUrgency } from '../assess/dependency-state.js';
import { type StrategySuggestion, suggestStrategy } from '../assess/dependency-strategy.js';
import { findHiddenDependencies, type HiddenDependency } from '../assess/hidden-dependencies.js';
import { DEPENDENCY_STATUSES, DEPENDENCY_TYPES, type Dependency } from '../domain/dependency.js';
import { InputError, NotFoundError } from '../domain/errors.js';
import { dateSchema } from '../domain/primitives.js';
import { toRefString } from '../domain/refs.js';
import { toDayKey } from '../metrics/calendar.js';
import { getTeam, listDependencies, listServices } from './org.service.js';
import type { WorkspaceContext } from './workspace.service.js';

export type {
  BlockingChain,
  BlockingChains,
  BlockingCycle,
  BlockingLink,
} from '../assess/dependency-chains.js';
export type { CriticalLink, CriticalPath, RequiredDependency } from '../assess/dependency-critical-path.js';
export type {
  DependencyGraph,
  DependencyGraphEdge,
  DependencyGraphNode,
} from '../assess/dependency-graph.js';
export type { DependencyMatrix, DependencyMatrixCell } from '../assess/dependency-matrix.js';
export type { AssessedDependency } from '../assess/dependency-state.js';
export type { StrategySuggestion } from '../assess/dependency-strategy.js';
export type { HiddenDependency, ServiceEdge } from '../assess/hidden-dependencies.js';

const asOfField = dateSchema.optional();
/** The list's filters (`team` on either side, `status`, `type`, `asOf`), for interfaces that declare inputs. */
export const dependencyFilterSchema = z.strictObject({
  team: z.string().min(1).optional(),
  status: z.enum(DEPENDENCY_STATUSES).optional(),
  type: z.enum(DEPENDENCY_TYPES).optional(),
  asOf: asOfField,
});
export const chainsSchema = z.strictObject({
  team: z.string().min(1).optional(),
  asOf: asOfField,
  limit: z.coerce.number().int().positive().optional(),
});
export const criticalPathSchema = z.strictObject({
  to: dateSchema,
  team: z.string().min(1).optional(),
  dependency: z.string().min(1).optional(),
  asOf: asOfField,
});
export const hiddenSchema = z.strictObject({ team: z.string().min(1).optional() });

/**
 * A query as text fields, as a CLI or HTTP query string gives it; each view validates the fields it takes
 * (`team`, `status`, `type`, `asOf`; chains add `limit`; the critical path needs `to` and `team` or
 * `dependency`) and refuses any other.
 */
export type DependencyQuery = Readonly<Record<string, string | undefined>>;

export type ListedDependency = AssessedDependency & {
  suggestion: Omit<StrategySuggestion, 'ref' | 'declared'>;
};

export interface DependencyList {
  asOf: string;
  items: ListedDependency[];
  total: number;
}

/** Dependencies (filtered by team on either side, status, type), most urgent first, with a suggested strategy. */
export async function listDependencyStates(
  context: WorkspaceContext,
  query: DependencyQuery,
  now: Date,
): Promise<DependencyList> {
  const { asOf, dependencies } = await readFiltered(context, query, now);
  const items = dependencies
    .map((dependency) => {
      const { suggested, reason, agrees } = suggestStrategy(dependency, asOf);
      return { ...assessDependency(dependency, asOf), suggestion: { suggested, reason, agrees } };
    })
    .sort(compareByUrgency);
  return { asOf, items, total: items.length };
}

export async function getDependencyMatrix(
  context: WorkspaceContext,
  query: DependencyQuery,
  now: Date,
): Promise<DependencyMatrix> {
  const { asOf, dependencies } = await readFiltered(context, query, now);
  return buildDependencyMatrix(dependencies, asOf);
}

export async function getDependencyGraph(
  context: WorkspaceContext,
  query: DependencyQuery,
  now: Date,
): Promise<DependencyGraph> {
  const { asOf, dependencies } = await readFiltered(context, query, now);
  return buildDependencyGraph(dependencies, asOf);
}

/** Blocking chains across the organization, or those starting at one team; `team` is null for all. */
export async function getBlockingChains(
  context: WorkspaceContext,
  query: DependencyQuery,
  now: Date,
): Promise<BlockingChains & { team: string | null }> {
  const parsed = parseDependencyQuery(chainsSchema, query);
  const asOf = parsed.asOf ?? today(context, now);
  const team = parsed.team === undefined ? null : (await getTeam(context, parsed.team)).ref;
  const chains = findBlockingChains(await listDependencies(context), asOf, {
    ...(team === null ? {} : { from: team }),
    ...(parsed.limit === undefined ? {} : { limit: parsed.limit }),
  });
  return { ...chains, team };
}

/** What must be delivered before `to` for a team, or one dependency, to go ahead. */
export async function getCriticalPath(
  context: WorkspaceContext,
  query: DependencyQuery,
  now: Date,
): Promise<CriticalPath> {
  const parsed = parseDependencyQuery(criticalPathSchema, query);
  const asOf = parsed.asOf ?? today(context, now);
  if ((parsed.team === undefined) === (parsed.dependency === undefined)) {
    throw new InputError('Invalid critical path query', [
      {
        path: parsed.team === undefined ? 'team' : 'dependency',
        message: 'give either a consuming team or a dependency, not both and not neither',
        found: JSON.stringify({ team: parsed.team, dependency: parsed.dependency }),
        expected: 'team=NAME or dependency=NAME',
      },
    ]);
  }
  const dependencies = await listDependencies(context);
  if (parsed.team !== undefined) {
    const team = (await getTeam(context, parsed.team)).ref;
    return findCriticalPath(dependencies, { asOf, to: parsed.to, start: { kind: 'team', team } });
  }
  const ref = toRefString(parsed.dependency ?? '', 'dependency');
  const dependency = dependencies.find((candidate) => candidate.ref === ref);
  if (!dependency) throw new NotFoundError(`No dependency ${ref} in this workspace`);
  return findCriticalPath(dependencies, { asOf, to: parsed.to, start: { kind: 'dependency', dependency } });
}

export interface HiddenDependencyList {
  items: HiddenDependency[];
  total: number;
}

/** Service calls across teams with no declared team dependency; with `team`, those it is on either side of. */
export async function getHiddenDependencies(
  context: WorkspaceContext,
  query: DependencyQuery,
): Promise<HiddenDependencyList> {
  const parsed = parseDependencyQuery(hiddenSchema, query);
  const team = parsed.team === undefined ? null : (await getTeam(context, parsed.team)).ref;
  const hidden = findHiddenDependencies(await listServices(context), await listDependencies(context));
  const items =
    team === null ? hidden : hidden.filter((entry) => entry.provider === team || entry.consumer === team);
  return { items, total: items.length };
}

async function readFiltered(
  context: WorkspaceContext,
  query: DependencyQuery,
  now: Date,
): Promise<{ asOf: string; dependencies: Dependency[] }> {
  const { asOf, team, ...filter } = parseDependencyQuery(dependencyFilterSchema, query);
  const teamRef = team === undefined ? undefined : (await getTeam(context, team)).ref;
  return {
    asOf: asOf ?? today(context, now),
    dependencies: await listDependencies(context, { ...filter, ...(teamRef ? { team: teamRef } : {}) }),
  };
}

function today(context: WorkspaceContext, now: Date): string {
  return toDayKey(now, context.workspace.config.timezone);
}

/** Validates a query; every bad field is an issue naming it, what was found and what was expected. */
export function parseDependencyQuery<T extends z.ZodType>(schema: T, query: unknown): z.output<T> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const record = (query ?? {}) as Record<string, unknown>;
  throw new InputError(
    'Invalid dependency query',
    result.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '');
      return {
        path: issue.path.join('.') || field,
        message: issue.message,
        ...(field in record ? { found: JSON.stringify(record[field]) } : {}),
      };
    }),
  );
}
