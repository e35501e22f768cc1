/**
 * A work item's status history read as a timeline of steps, from which every flow metric is derived.
 *
 * Rules, shared by all flow metrics so they agree with one another:
 * - A step's category is the caller's override for its status when there is one, else the category the
 *   source gave the transition. Status names are compared trimmed and case-insensitively, because trackers
 *   and people spell "In Review" and "in review" alike.
 * - Transitions are ordered by time (ties keep the source's order); the history is not trusted to be sorted.
 * - An item is completed when its last step is in the done category; its completion is the move into done
 *   that began that last run of done steps. A re-opened item therefore uses its last completion, and a
 *   move from "Done" to "Closed" does not complete it a second time.
 * - An item starts with its first move into an in-progress category. An item never in progress has no
 *   start, so it has no cycle time (it still counts as completed for throughput).
 * - Before its first transition an item's category is unknown and it counts as not in progress.
 */
import { recordId, type STATUS_CATEGORIES, type WorkItem } from '../../domain/records/index.js';

export type StatusCategory = (typeof STATUS_CATEGORIES)[number];
export type StatusCategoryOverrides = Readonly<Record<string, StatusCategory>>;

export interface StatusStep {
  /** Epoch milliseconds of the move into this status. */
  at: number;
  status: string;
  category: StatusCategory;
}

export interface StatusTimeline {
  id: string;
  steps: StatusStep[];
  /** The move into done that completed the item; undefined while it is not done. */
  completedAt?: number;
  /** The first move into an in-progress category, at or before the completion when there is one. */
  startedAt?: number;
}

export function normalizeStatus(status: string): string {
  return status.trim().toLowerCase();
}

export function toTimeline(item: WorkItem, overrides: StatusCategoryOverrides = {}): StatusTimeline {
  return buildTimeline(item, toCategoryMap(overrides));
}

export function toTimelines(
  items: readonly WorkItem[],
  overrides: StatusCategoryOverrides = {},
): StatusTimeline[] {
  const categories = toCategoryMap(overrides);
  return items.map((item) => buildTimeline(item, categories));
}

/** The facts' timelines: as given, else read from the work items' histories. */
export function timelinesOf(facts: {
  workItems: readonly WorkItem[];
  statusCategories?: StatusCategoryOverrides;
  timelines?: readonly StatusTimeline[];
}): readonly StatusTimeline[] {
  return facts.timelines ?? toTimelines(facts.workItems, facts.statusCategories);
}

function toCategoryMap(overrides: StatusCategoryOverrides): ReadonlyMap<string, StatusCategory> {
  return new Map(Object.entries(overrides).map(([status, category]) => [normalizeStatus(status), category]));
}

function buildTimeline(item: WorkItem, categories: ReadonlyMap<string, StatusCategory>): StatusTimeline {
  const steps = item.transitions
    .map((transition, index) => ({
      index,
      step: {
        at: Date.parse(transition.at),
        status: transition.to,
        category: categories.get(normalizeStatus(transition.to)) ?? transition.toCategory,
      },
    }))
    .sort((a, b) => a.step.at - b.step.at || a.index - b.index)
    .map(({ step }) => step);
  const completedAt = findCompletion(steps);
  const startedAt = findFirstInProgress(steps, completedAt ?? Number.POSITIVE_INFINITY);
  return { id: recordId(item), steps, completedAt, startedAt };
}

/** The move into done that began the final run of done steps, if the item ends done. */
function findCompletion(steps: readonly StatusStep[]): number | undefined {
  let completion: number | undefined;
  for (let index = steps.length - 1; index >= 0; index -= 1) {
    const step = steps[index] as StatusStep;
    if (step.category !== 'done') break;
    completion = step.at;
  }
  return completion;
}

/** The first move into an in-progress category at or before `until`. */
export function findFirstInProgress(steps: readonly StatusStep[], until: number): number | undefined {
  for (const step of steps) {
    if (step.at > until) return undefined;
    if (step.category === 'in-progress') return step.at;
  }
  return undefined;
}

/** The category the item was in at an instant; undefined before its first transition. */
export function findCategoryAt(steps: readonly StatusStep[], instant: number): StatusCategory | undefined {
  let category: StatusCategory | undefined;
  for (const step of steps) {
    if (step.at > instant) break;
    category = step.category;
  }
  return category;
}

/**
 * Milliseconds spent between `from` and `to` in steps that satisfy `counts`. Each step lasts until the
 * next one; the last lasts past `to`.
 */
export function measureTimeIn(
  steps: readonly StatusStep[],
  from: number,
  to: number,
  counts: (step: StatusStep) => boolean,
): number {
  let total = 0;
  steps.forEach((step, index) => {
    const end = Math.min(steps[index + 1]?.at ?? Number.POSITIVE_INFINITY, to);
    const start = Math.max(step.at, from);
    if (end > start && counts(step)) total += end - start;
  });
  return total;
}
