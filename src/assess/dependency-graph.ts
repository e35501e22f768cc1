/**
 * The dependency graph: teams as nodes, each declared dependency an edge from the providing team to the
 * consuming team (the direction work flows, as in "platform blocks fulfilment"). Node figures count
 * what a team provides and consumes, so a hub team (one many others wait on) stands out.
 */
import type { Dependency } from '../domain/dependency.js';
import { assessDependency, compareText, isOpenBlocking } from './dependency-state.js';

export interface DependencyGraphNode {
  team: string;
  provides: number;
  consumes: number;
  /** Open blocking dependencies this team owes others. */
  openBlockingProvided: number;
  /** Open blocking dependencies this team waits on. */
  openBlockingConsumed: number;
  /** Overdue dependencies this team owes others. */
  overdueProvided: number;
}

export interface DependencyGraphEdge {
  ref: string;
  name: string;
  /** The providing team. */
  from: string;
  /** The consuming team. */
  to: string;
  what: string;
  type: Dependency['type'];
  status: Dependency['status'];
  risk: Dependency['risk'];
  neededBy: string | null;
  open: boolean;
  overdue: boolean;
  daysToNeededBy: number | null;
}

export interface DependencyGraph {
  asOf: string;
  nodes: DependencyGraphNode[];
  edges: DependencyGraphEdge[];
}

/**
 * `teams` adds nodes for teams without any dependency, so a drawing can show the whole organization;
 * by default only teams that appear in a dependency are nodes.
 */
export function buildDependencyGraph(
  dependencies: readonly Dependency[],
  asOf: string,
  options: { teams?: readonly string[] } = {},
): DependencyGraph {
  const nodes = new Map<string, DependencyGraphNode>();
  const node = (team: string) => {
    let found = nodes.get(team);
    if (!found) {
      found = {
        team,
        provides: 0,
        consumes: 0,
        openBlockingProvided: 0,
        openBlockingConsumed: 0,
        overdueProvided: 0,
      };
      nodes.set(team, found);
    }
    return found;
  };
  for (const team of options.teams ?? []) node(team);
  const edges: DependencyGraphEdge[] = [];
  for (const dependency of dependencies) {
    const assessed = assessDependency(dependency, asOf);
    const provider = node(dependency.provider);
    const consumer = node(dependency.consumer);
    provider.provides += 1;
    consumer.consumes += 1;
    if (isOpenBlocking(dependency)) {
      provider.openBlockingProvided += 1;
      consumer.openBlockingConsumed += 1;
    }
    if (assessed.overdue) provider.overdueProvided += 1;
    edges.push({
      ref: dependency.ref,
      name: dependency.name,
      from: dependency.provider,
      to: dependency.consumer,
      what: dependency.what,
      type: dependency.type,
      status: dependency.status,
      risk: dependency.risk,
      neededBy: dependency.neededBy,
      open: assessed.open,
      overdue: assessed.overdue,
      daysToNeededBy: assessed.daysToNeededBy,
    });
  }
  return {
    asOf,
    nodes: [...nodes.values()].sort((a, b) => compareText(a.team, b.team)),
    edges: edges.sort(
      (a, b) => compareText(a.from, b.from) || compareText(a.to, b.to) || compareText(a.ref, b.ref),
    ),
  };
}

export interface ProviderBlockingCount {
  provider: string;
  /** Blocking dependencies this team provides (open ones only unless closed ones were asked for). */
  count: number;
  /** How many distinct teams consume them. */
  consumers: number;
  dependencies: string[];
}

/**
 * Blocking dependencies per providing team, most first (ties by team): the evidence for a hub team that
 * everything flows through. Closed dependencies no longer hold anyone up, so they count only on request.
 */
export function countBlockingByProvider(
  dependencies: readonly Dependency[],
  options: { includeClosed?: boolean } = {},
): ProviderBlockingCount[] {
  const byProvider = new Map<string, { refs: string[]; consumers: Set<string> }>();
  for (const dependency of dependencies) {
    if (dependency.type !== 'blocking') continue;
    if (!options.includeClosed && !isOpenBlocking(dependency)) continue;
    const entry = byProvider.get(dependency.provider) ?? { refs: [], consumers: new Set<string>() };
    entry.refs.push(dependency.ref);
    entry.consumers.add(dependency.consumer);
    byProvider.set(dependency.provider, entry);
  }
  return [...byProvider.entries()]
    .map(([provider, entry]) => ({
      provider,
      count: entry.refs.length,
      consumers: entry.consumers.size,
      dependencies: entry.refs.sort(compareText),
    }))
    .sort((a, b) => b.count - a.count || compareText(a.provider, b.provider));
}
