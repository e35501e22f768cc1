/**
 * Evidence freshness and audit readiness. Pure: "today" is an argument.
 *
 * A piece of evidence is fresh while fewer than its freshness days have passed since it was collected
 * (collected 2026-09-01 with 30 days: fresh through 2026-09-30, stale from 2026-10-01). A control is
 * `fresh` when it has evidence and all of it is fresh, `stale` when some is stale, `missing` with none.
 * A framework's readiness is the share of its registered controls that are fresh; the gaps are the rest.
 */

import { type Control, FRAMEWORK_TITLES, FRAMEWORKS, type Framework } from '../domain/control.js';
import { daysBetween, shiftDayKey } from '../domain/day-keys.js';
import { catalogId, catalogOf } from './control-catalog.js';

export type EvidenceState = 'fresh' | 'stale' | 'missing';

export interface EvidenceStatus {
  title: string;
  link: string;
  collected: string;
  freshnessDays: number;
  /** The last day the evidence is fresh. */
  freshUntil: string;
  state: 'fresh' | 'stale';
  ageDays: number;
}

export interface ControlStatus {
  id: string;
  framework: Framework;
  control: string;
  title: string;
  owner: string;
  teams: string[];
  services: string[];
  state: EvidenceState;
  evidence: EvidenceStatus[];
  reviewed: string | null;
  nextReview: string | null;
  reviewOverdue: boolean;
  notes: string | null;
}

export interface FrameworkReadiness {
  framework: Framework;
  title: string;
  controls: number;
  fresh: number;
  stale: number;
  missing: number;
  /** Fresh ÷ registered, 0–100; null when the register holds no control of the framework. */
  readyPercent: number | null;
  gaps: { id: string; title: string; owner: string; state: 'stale' | 'missing' }[];
  /** Catalog controls of the framework the register does not track. */
  untracked: number;
}

export function assessControl(control: Control, today: string): ControlStatus {
  const evidence = control.evidence.map((item): EvidenceStatus => {
    const ageDays = daysBetween(item.collected, today);
    return {
      ...item,
      freshUntil: shiftDayKey(item.collected, item.freshnessDays - 1),
      state: ageDays < item.freshnessDays ? 'fresh' : 'stale',
      ageDays,
    };
  });
  const state: EvidenceState =
    evidence.length === 0 ? 'missing' : evidence.every((item) => item.state === 'fresh') ? 'fresh' : 'stale';
  return {
    id: control.id,
    framework: control.framework,
    control: control.control,
    title: control.title,
    owner: control.owner,
    teams: control.teams,
    services: control.services,
    state,
    evidence,
    reviewed: control.reviewed,
    nextReview: control.nextReview,
    reviewOverdue: control.nextReview !== null && control.nextReview < today,
    notes: control.notes,
  };
}

export function assessReadiness(statuses: readonly ControlStatus[]): FrameworkReadiness[] {
  return FRAMEWORKS.map((framework) => {
    const own = statuses.filter((status) => status.framework === framework);
    const count = (state: EvidenceState) => own.filter((status) => status.state === state).length;
    const tracked = new Set(own.map((status) => `${status.framework}:${status.control}`));
    const fresh = count('fresh');
    return {
      framework,
      title: FRAMEWORK_TITLES[framework],
      controls: own.length,
      fresh,
      stale: count('stale'),
      missing: count('missing'),
      readyPercent: own.length === 0 ? null : Math.round((fresh / own.length) * 1000) / 10,
      gaps: own.flatMap((status) =>
        status.state === 'fresh'
          ? []
          : [{ id: status.id, title: status.title, owner: status.owner, state: status.state }],
      ),
      untracked: catalogOf(framework).filter((entry) => !tracked.has(catalogId(entry))).length,
    };
  });
}
