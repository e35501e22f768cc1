/**
 * A team measured against Team Topologies: its size against the range for its type, each cognitive-load
 * assessment against the capacity of 10, and each interaction's state on a date. Pure: the date is an
 * argument.
 */
import {
  COGNITIVE_LOAD_CAPACITY,
  type CognitiveLoad,
  type Interaction,
  TEAM_SIZE_RANGES,
  type Team,
} from '../domain/team.js';
import { ORG_HEALTH_THRESHOLDS } from './org-health/thresholds.js';

/** Collaboration is meant to be short: past this many days it has outlived its purpose (org health agrees). */
export const COLLABORATION_MAX_DAYS = ORG_HEALTH_THRESHOLDS.collaboration.maxDays;
/** A sum at or above this, up to the capacity, is "at capacity"; above the capacity is "overloaded". */
export const AT_CAPACITY_FROM = ORG_HEALTH_THRESHOLDS.cognitiveLoad.atCapacity;

export type SizeStatus = 'under' | 'within' | 'over';
export type LoadStatus = 'ok' | 'at-capacity' | 'overloaded';
export type InteractionState = 'planned' | 'active' | 'ended';

export interface TeamSize {
  /** People with any share of their time in the team. */
  headcount: number;
  /** Full-time equivalents: the sum of allocations. */
  fte: number;
  range: readonly [number, number];
  /** Headcount against the range of the team's type. */
  status: SizeStatus;
}

export interface LoadAssessment extends CognitiveLoad {
  total: number;
  capacity: number;
  status: LoadStatus;
}

export interface InteractionView {
  mode: Interaction['mode'];
  with: string;
  since: string;
  until: string | null;
  purpose: string | null;
  state: InteractionState;
  /** Days since it began, counted to the date or to its end, whichever is first. */
  days: number;
  /** Why it needs a look, or null: a collaboration running on without an end well past its purpose. */
  flag: string | null;
}

export interface TeamProfile {
  ref: string;
  size: TeamSize;
  services: number;
  load: LoadAssessment[];
  latestLoad: LoadAssessment | null;
  /** Total of the latest assessment minus the one before; null with fewer than two. */
  loadTrend: number | null;
  interactions: InteractionView[];
}

export function measureTeamSize(team: Pick<Team, 'type' | 'members'>): TeamSize {
  const range = TEAM_SIZE_RANGES[team.type];
  const headcount = team.members.length;
  const fte = Math.round(team.members.reduce((sum, member) => sum + member.allocation, 0) * 100) / 100;
  const status = headcount < range[0] ? 'under' : headcount > range[1] ? 'over' : 'within';
  return { headcount, fte, range, status };
}

export function assessLoad(load: CognitiveLoad): LoadAssessment {
  const total = load.intrinsic + load.extraneous;
  const status: LoadStatus =
    total > COGNITIVE_LOAD_CAPACITY ? 'overloaded' : total >= AT_CAPACITY_FROM ? 'at-capacity' : 'ok';
  return { ...load, total, capacity: COGNITIVE_LOAD_CAPACITY, status };
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

export function viewInteraction(interaction: Team['interactions'][number], asOf: string): InteractionView {
  const until = interaction.until ?? null;
  const state: InteractionState =
    interaction.since > asOf ? 'planned' : until !== null && until < asOf ? 'ended' : 'active';
  const end = until !== null && until < asOf ? until : asOf;
  const days = Math.max(0, daysBetween(interaction.since, end));
  const flag =
    interaction.mode === 'collaboration' && state === 'active' && days > COLLABORATION_MAX_DAYS
      ? until === null
        ? `collaboration running for ${days} days with no end date; agree an end or move to x-as-a-service`
        : `collaboration running for ${days} days; it ends on ${until}`
      : null;
  return {
    mode: interaction.mode,
    with: interaction.with,
    since: interaction.since,
    until,
    purpose: interaction.purpose ?? null,
    state,
    days,
    flag,
  };
}

/** The team as of `asOf` (YYYY-MM-DD): assessments made after it are left out. */
export function profileTeam(team: Team, asOf: string): TeamProfile {
  const load = team.cognitiveLoad.filter((entry) => entry.date <= asOf).map(assessLoad);
  const latestLoad = load.at(-1) ?? null;
  const previous = load.at(-2);
  return {
    ref: team.ref,
    size: measureTeamSize(team),
    services: team.services.length,
    load,
    latestLoad,
    loadTrend: latestLoad && previous ? latestLoad.total - previous.total : null,
    interactions: team.interactions.map((interaction) => viewInteraction(interaction, asOf)),
  };
}
