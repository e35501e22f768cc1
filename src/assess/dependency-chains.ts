/**
 * Transitive blocking chains: team X waits on team Y, which itself waits on team Z, and so on, following
 * open blocking dependencies only (non-blocking and soft ones let the consumer go on working; closed ones
 * hold nobody up).
 *
 * Rules and reasons:
 * - A link is one pair of teams (consumer waits on provider) with every open blocking dependency between
 *   them, so two dependencies between the same teams do not double the chains.
 * - A chain starts at a team that waits on others while nobody waits on it (the end of the line, whose
 *   work is furthest from starting), or at the team asked for, and runs until a team waits on nobody.
 * - Cycles (X waits on Y, Y waits on X) can never finish on their own. Walking a chain stops when it
 *   comes back to a team already on it and marks where; every cycle is also listed once on its own.
 * - Chains between many teams can multiply; past `limit` chains the list says it was truncated.
 */
import type { Dependency } from '../domain/dependency.js';
import {
  type AssessedDependency,
  assessDependency,
  compareByUrgency,
  compareText,
  isOpenBlocking,
} from './dependency-state.js';

export const DEFAULT_CHAIN_LIMIT = 1000;

export interface BlockingLink {
  consumer: string;
  provider: string;
  /** The open blocking dependencies of this pair, most urgent first. */
  dependencies: AssessedDependency[];
  overdue: boolean;
}

export interface BlockingChain {
  /** The teams in waiting order: the first waits on the second, which waits on the third… */
  teams: string[];
  links: BlockingLink[];
  overdue: boolean;
  /** The team the chain came back to when it ran into a cycle; null when it ended at a team waiting on nobody. */
  closesCycleAt: string | null;
}

export interface BlockingCycle {
  /** Each team waits on the next, and the last waits on the first. */
  teams: string[];
  links: BlockingLink[];
}

export interface BlockingChains {
  asOf: string;
  chains: BlockingChain[];
  cycles: BlockingCycle[];
  truncated: boolean;
}

/** Who waits on whom: consumer → provider → link, over open blocking dependencies. */
export type WaitsOnGraph = Map<string, Map<string, BlockingLink>>;

export function buildWaitsOnGraph(dependencies: readonly Dependency[], asOf: string): WaitsOnGraph {
  const graph: WaitsOnGraph = new Map();
  for (const dependency of dependencies) {
    if (!isOpenBlocking(dependency)) continue;
    let providers = graph.get(dependency.consumer);
    if (!providers) {
      providers = new Map();
      graph.set(dependency.consumer, providers);
    }
    let link = providers.get(dependency.provider);
    if (!link) {
      link = {
        consumer: dependency.consumer,
        provider: dependency.provider,
        dependencies: [],
        overdue: false,
      };
      providers.set(dependency.provider, link);
    }
    const assessed = assessDependency(dependency, asOf);
    link.dependencies.push(assessed);
    link.overdue ||= assessed.overdue;
  }
  for (const providers of graph.values())
    for (const link of providers.values()) link.dependencies.sort(compareByUrgency);
  return graph;
}

/** The links out of a team, by provider name so every walk is deterministic. */
export function linksFrom(graph: WaitsOnGraph, team: string): BlockingLink[] {
  return [...(graph.get(team)?.values() ?? [])].sort((a, b) => compareText(a.provider, b.provider));
}

export function findBlockingChains(
  dependencies: readonly Dependency[],
  asOf: string,
  options: { from?: string; limit?: number } = {},
): BlockingChains {
  const graph = buildWaitsOnGraph(dependencies, asOf);
  const limit = options.limit ?? DEFAULT_CHAIN_LIMIT;
  const waitedOn = new Set([...graph.values()].flatMap((providers) => [...providers.keys()]));
  const starts =
    options.from !== undefined
      ? [options.from]
      : [...graph.keys()].filter((team) => !waitedOn.has(team)).sort(compareText);
  const chains: BlockingChain[] = [];
  let truncated = false;
  const path: string[] = [];
  const links: BlockingLink[] = [];
  const emit = (closesCycleAt: string | null) => {
    if (chains.length >= limit) {
      truncated = true;
      return;
    }
    chains.push({
      teams: closesCycleAt === null ? [...path] : [...path, closesCycleAt],
      links: [...links],
      overdue: links.some((link) => link.overdue),
      closesCycleAt,
    });
  };
  const walk = (team: string) => {
    path.push(team);
    const out = linksFrom(graph, team);
    if (out.length === 0 && links.length > 0) emit(null);
    for (const link of out) {
      if (truncated) break;
      links.push(link);
      if (path.includes(link.provider)) emit(link.provider);
      else walk(link.provider);
      links.pop();
    }
    path.pop();
  };
  for (const start of starts) if (!truncated) walk(start);
  chains.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      b.links.length - a.links.length ||
      compareText(a.teams.join(' '), b.teams.join(' ')),
  );
  const cycles = findBlockingCycles(graph);
  const reachable = options.from === undefined ? null : reachableFrom(graph, options.from);
  return {
    asOf,
    chains,
    cycles: reachable ? cycles.filter((cycle) => cycle.teams.some((team) => reachable.has(team))) : cycles,
    truncated,
  };
}

/** Teams `start` waits on, directly or through others, and `start` itself. */
export function reachableFrom(graph: WaitsOnGraph, start: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let team = queue.shift(); team !== undefined; team = queue.shift()) {
    for (const provider of graph.get(team)?.keys() ?? []) {
      if (seen.has(provider)) continue;
      seen.add(provider);
      queue.push(provider);
    }
  }
  return seen;
}

/**
 * One cycle per group of teams that wait on each other (a strongly connected component of more than one
 * team, or a team waiting on itself), starting from the group's first team by name.
 */
export function findBlockingCycles(graph: WaitsOnGraph): BlockingCycle[] {
  return findStronglyConnected(graph)
    .filter((group) => group.length > 1 || graph.get(group[0] ?? '')?.has(group[0] ?? ''))
    .map((group) => traceCycle(graph, group))
    .sort((a, b) => compareText(a.teams[0] ?? '', b.teams[0] ?? ''));
}

/** The shortest way round from the group's first team back to itself, staying inside the group. */
function traceCycle(graph: WaitsOnGraph, group: string[]): BlockingCycle {
  const members = new Set(group);
  const [start = ''] = [...group].sort(compareText);
  const cameFrom = new Map<string, BlockingLink>();
  const queue = [start];
  let closing: BlockingLink | undefined;
  for (let team = queue.shift(); team !== undefined && !closing; team = queue.shift()) {
    for (const link of linksFrom(graph, team)) {
      if (!members.has(link.provider)) continue;
      if (link.provider === start) {
        closing = link;
        break;
      }
      if (cameFrom.has(link.provider)) continue;
      cameFrom.set(link.provider, link);
      queue.push(link.provider);
    }
  }
  const links: BlockingLink[] = closing ? [closing] : [];
  for (let link = cameFrom.get(closing?.consumer ?? start); link; link = cameFrom.get(link.consumer)) {
    links.unshift(link);
    if (link.consumer === start) break;
  }
  return { teams: links.map((link) => link.consumer), links };
}

/** Tarjan's strongly connected components, iterative so a long chain cannot overflow the stack. */
function findStronglyConnected(graph: WaitsOnGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  const teams = [...graph.keys()].sort(compareText);
  for (const root of teams) {
    if (index.has(root)) continue;
    const frames: { team: string; next: string[] }[] = [];
    const enter = (team: string) => {
      index.set(team, counter);
      low.set(team, counter);
      counter += 1;
      stack.push(team);
      onStack.add(team);
      frames.push({ team, next: [...(graph.get(team)?.keys() ?? [])] });
    };
    enter(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as { team: string; next: string[] };
      const provider = frame.next.pop();
      if (provider !== undefined) {
        if (!index.has(provider)) enter(provider);
        else if (onStack.has(provider))
          low.set(frame.team, Math.min(low.get(frame.team) ?? 0, index.get(provider) ?? 0));
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.team, Math.min(low.get(parent.team) ?? 0, low.get(frame.team) ?? 0));
      if (low.get(frame.team) === index.get(frame.team)) {
        const group: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.team);
        groups.push(group);
      }
    }
  }
  return groups;
}
