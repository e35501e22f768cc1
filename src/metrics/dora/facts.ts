/**
 * What every DORA metric is computed from: observed records, an explicit window and scope, the workspace
 * time zone and the names of the production environments. Callers pass the history before the window
 * too (deployments, commits, incidents): which commits a deployment ships, and which deployment an
 * incident is attributed to, depend on what came before the window.
 */
import type { Commit } from '../../domain/records/commit.js';
import type { Deployment } from '../../domain/records/deployment.js';
import type { Incident } from '../../domain/records/incident.js';
import type { PullRequest } from '../../domain/records/pull-request.js';
import type { Review } from '../../domain/records/review.js';
import type { Scope, Window } from '../result.js';
import { isInWindow } from '../window.js';

/** Which commit time lead time starts from: when the commit was made final (default) or first written. */
export type LeadTimeClock = 'committer' | 'author';

export interface DoraFacts {
  deployments: readonly Deployment[];
  commits?: readonly Commit[];
  incidents?: readonly Incident[];
  pullRequests?: readonly PullRequest[];
  reviews?: readonly Review[];
  window: Window;
  scope: Scope;
  /** IANA zone of the workspace; days and weeks are local to it. */
  timeZone: string;
  /** Environment names that count as production, compared case-insensitively, e.g. `['production']`. */
  productionEnvironments: readonly string[];
  leadTimeClock?: LeadTimeClock;
}

/** Milliseconds since the epoch of a stored instant (ISO 8601 with an offset). */
export function toMs(instant: string): number {
  return Date.parse(instant);
}

/** Whether a deployment finished inside the window. */
export function hasFinishedIn(deployment: Deployment, window: Window): boolean {
  return isInWindow(toMs(deployment.finishedAt), window);
}
