/**
 * What every flow metric reads: the work items of one scope, the window, "now" and the workspace's time
 * zone, plus the two things only the organization can declare: which status counts as which category
 * (when the tracker's own categories are wrong for it) and which statuses mean "waiting".
 */
import type { WorkItem } from '../../domain/records/index.js';
import type { Scope, Window } from '../result.js';
import type { StatusCategoryOverrides, StatusTimeline } from './status-timeline.js';

export interface FlowFacts {
  /** The scope's work items, already selected by the caller; the scope only labels the results. */
  workItems: readonly WorkItem[];
  window: Window;
  scope: Scope;
  /** The instant "in progress now" and item age refer to. Never read from the clock. */
  now: Date;
  /** IANA time zone of the workspace; weeks start on its local Mondays. */
  timeZone: string;
  /** Status name → category, replacing the category the source gave. Names match case-insensitively. */
  statusCategories?: StatusCategoryOverrides;
  /** Statuses in which an item waits rather than being worked on, e.g. "In Review", "Blocked". */
  waitingStatuses?: readonly string[];
  /**
   * The work items' timelines (`toTimelines(workItems, statusCategories)`), when the caller has them:
   * `computeFlow` reads them once for all six metrics instead of each metric reading the histories again.
   */
  timelines?: readonly StatusTimeline[];
}
