/**
 * The critical path to a date: what must be delivered before a target date for a team (or one
 * dependency) to go ahead, and the longest chain among it.
 *
 * Rules and reasons:
 * - What is required: the team's open blocking dependencies, then whatever their providers themselves
 *   wait on through open blocking dependencies, and so on. Starting from a dependency, it is that one (if
 *   still open, whatever its type) and what its provider waits on.
 * - Each required dependency must finish by the target date, and earlier if a dependency that waits on it
 *   is needed sooner: its provider cannot deliver before it is unblocked. That date is `mustFinishBy`.
 * - Flags: `overdue` (needed before "as of" and still open), `needed-after-target` (its own needed-by date
 *   lies after the target, so the plan cannot meet the date), `needed-after-dependent` (a dependency
 *   waiting on it is needed sooner than it is), `no-needed-by` (nobody has said when it is needed).
 * - The path is the longest chain of links from the start (most teams to get through one after another),
 *   ties going to the chain with more flagged dependencies. A cycle is cut where the walk comes back to a
 *   team already on it, and listed in `cycles`.
 */
import type { Dependency } from '../domain/dependency.js';
import {
  type BlockingCycle,
  type BlockingLink,
  buildWaitsOnGraph,
  findBlockingCycles,
  linksFrom,
  reachableFrom,
  type WaitsOnGraph,
} from './dependency-chains.js';
import {
  type AssessedDependency,
  assessDependency,
  compareByUrgency,
  isOpenDependency,
} from './dependency-state.js';

export const CRITICAL_FLAGS = [
  'overdue',
  'needed-after-target',
  'needed-after-dependent',
  'no-needed-by',
] as const;
export type CriticalFlag = (typeof CRITICAL_FLAGS)[number];

export interface RequiredDependency extends AssessedDependency {
  /** Links between the start and this dependency's consumer; 1 for what the start itself waits on. */
  depth: number;
  mustFinishBy: string;
  flags: CriticalFlag[];
}

export interface CriticalLink {
  consumer: string;
  provider: string;
  dependencies: RequiredDependency[];
}

export type CriticalPathStart =
  | { kind: 'team'; team: string }
  | { kind: 'dependency'; dependency: Dependency };

export interface CriticalPath {
  asOf: string;
  to: string;
  start: { kind: 'team'; team: string } | { kind: 'dependency'; ref: string };
  /** The longest chain from the start, in waiting order. */
  path: CriticalLink[];
  /** Every dependency that must finish before the target, by depth then most urgent. */
  required: RequiredDependency[];
  /** How many required dependencies carry at least one flag. */
  flagged: number;
  cycles: BlockingCycle[];
}

export function findCriticalPath(
  dependencies: readonly Dependency[],
  query: { asOf: string; to: string; start: CriticalPathStart },
): CriticalPath {
  const { asOf, to, start } = query;
  const graph = buildWaitsOnGraph(dependencies, asOf);
  const first =
    start.kind === 'team'
      ? linksFrom(graph, start.team)
      : isOpenDependency(start.dependency)
        ? [singleLink(start.dependency, asOf)]
        : [];
  const required = collectRequired(graph, first, { asOf, to });
  const byRef = new Map(required.map((dependency) => [dependency.ref, dependency]));
  const longest = findLongestPath(graph, first, byRef);
  const origin = start.kind === 'team' ? start.team : start.dependency.consumer;
  const reachable = new Set([origin]);
  for (const link of first) for (const team of reachableFrom(graph, link.provider)) reachable.add(team);
  return {
    asOf,
    to,
    start: start.kind === 'team' ? start : { kind: 'dependency', ref: start.dependency.ref },
    path: longest.map((link) => ({
      consumer: link.consumer,
      provider: link.provider,
      dependencies: link.dependencies.flatMap((dependency) => byRef.get(dependency.ref) ?? []),
    })),
    required,
    flagged: required.filter((dependency) => dependency.flags.length > 0).length,
    cycles: findBlockingCycles(graph).filter((cycle) => cycle.teams.some((team) => reachable.has(team))),
  };
}

function singleLink(dependency: Dependency, asOf: string): BlockingLink {
  const assessed = assessDependency(dependency, asOf);
  return {
    consumer: dependency.consumer,
    provider: dependency.provider,
    dependencies: [assessed],
    overdue: assessed.overdue,
  };
}

/**
 * Breadth first from the start's links, so each dependency gets its smallest depth; then `mustFinishBy`
 * is lowered along waiting links until nothing changes (dates only go down, so this ends, cycles included).
 */
function collectRequired(
  graph: WaitsOnGraph,
  first: BlockingLink[],
  dates: { asOf: string; to: string },
): RequiredDependency[] {
  const found = new Map<string, { dependency: AssessedDependency; depth: number; mustFinishBy: string }>();
  const byConsumer = new Map<string, string[]>();
  let frontier = first;
  const visited = new Set<string>();
  for (let depth = 1; frontier.length > 0; depth += 1) {
    const next: BlockingLink[] = [];
    for (const link of frontier) {
      for (const dependency of link.dependencies) {
        if (found.has(dependency.ref)) continue;
        found.set(dependency.ref, { dependency, depth, mustFinishBy: dates.to });
        byConsumer.set(link.consumer, [...(byConsumer.get(link.consumer) ?? []), dependency.ref]);
      }
      if (visited.has(link.provider)) continue;
      visited.add(link.provider);
      next.push(...linksFrom(graph, link.provider));
    }
    frontier = next;
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const entry of found.values()) {
      const { dependency } = entry;
      const own = dependency.neededBy !== null && dependency.neededBy < entry.mustFinishBy;
      const deadline = own ? (dependency.neededBy as string) : entry.mustFinishBy;
      for (const ref of byConsumer.get(dependency.provider) ?? []) {
        const upstream = found.get(ref);
        if (upstream && deadline < upstream.mustFinishBy) {
          upstream.mustFinishBy = deadline;
          changed = true;
        }
      }
    }
  }
  return [...found.values()]
    .map(({ dependency, depth, mustFinishBy }) => ({
      ...dependency,
      depth,
      mustFinishBy,
      flags: flagsOf(dependency, mustFinishBy, dates.to),
    }))
    .sort((a, b) => a.depth - b.depth || compareByUrgency(a, b));
}

function flagsOf(dependency: AssessedDependency, mustFinishBy: string, to: string): CriticalFlag[] {
  const flags: CriticalFlag[] = [];
  if (dependency.overdue) flags.push('overdue');
  if (dependency.neededBy === null) flags.push('no-needed-by');
  else if (dependency.neededBy > to) flags.push('needed-after-target');
  else if (dependency.neededBy > mustFinishBy) flags.push('needed-after-dependent');
  return flags;
}

/**
 * Longest chain of links from the start. One depth-first walk finds the links leading back onto the walk
 * (the cycles) and cuts them; what remains has no cycle, so the longest chain from each team is worked out
 * once, children before parents, and no team appears twice on the path.
 */
function findLongestPath(
  graph: WaitsOnGraph,
  first: BlockingLink[],
  byRef: Map<string, RequiredDependency>,
): BlockingLink[] {
  const origin = first[0]?.consumer;
  if (origin === undefined) return [];
  const outOf = (team: string) => (team === origin ? first : linksFrom(graph, team));
  const { cut, finished } = walkDepthFirst(origin, outOf);
  const flagged = (link: BlockingLink) =>
    link.dependencies.filter((dependency) => byRef.get(dependency.ref)?.flags.length).length;
  const best = new Map<string, { length: number; weight: number; next: BlockingLink | null }>();
  for (const team of finished) {
    let chosen = { length: 0, weight: 0, next: null as BlockingLink | null };
    for (const link of outOf(team)) {
      const after = cut.has(link) ? undefined : best.get(link.provider);
      if (!after) continue;
      const length = after.length + 1;
      const weight = after.weight + flagged(link);
      if (length > chosen.length || (length === chosen.length && weight > chosen.weight))
        chosen = { length, weight, next: link };
    }
    best.set(team, chosen);
  }
  const path: BlockingLink[] = [];
  for (let link = best.get(origin)?.next; link; link = best.get(link.provider)?.next ?? null) path.push(link);
  return path;
}

/** Teams in the order their walk finished, and the links that led back to a team still being walked. */
function walkDepthFirst(
  origin: string,
  outOf: (team: string) => BlockingLink[],
): { cut: Set<BlockingLink>; finished: string[] } {
  const state = new Map<string, 'walking' | 'finished'>([[origin, 'walking']]);
  const cut = new Set<BlockingLink>();
  const finished: string[] = [];
  const frames = [{ team: origin, links: outOf(origin), next: 0 }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1] as (typeof frames)[number];
    const link = frame.links[frame.next];
    frame.next += 1;
    if (!link) {
      state.set(frame.team, 'finished');
      finished.push(frame.team);
      frames.pop();
      continue;
    }
    const seen = state.get(link.provider);
    if (seen === 'walking') cut.add(link);
    else if (seen === undefined) {
      state.set(link.provider, 'walking');
      frames.push({ team: link.provider, links: outOf(link.provider), next: 0 });
    }
  }
  return { cut, finished };
}
