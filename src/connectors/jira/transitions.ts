/**
 * Status history from an issue's changelog. Each changelog item on the `status` field is one transition;
 * Jira lists histories newest first (search) or oldest first (the changelog endpoint), and a long
 * changelog arrives in pages that may overlap, so histories are de-duplicated by id and ordered by time
 * (then id, which Jira assigns in order) before reading.
 *
 * Jira records no history entry for the status an issue was created in, so the history starts with one
 * transition at creation, from null into that status (the first change's "from", or the current status
 * when nothing changed), as the flow metrics need the time spent before the first move.
 *
 * A transition into a status whose category cannot be told (see `statuses.ts`) is left out and reported
 * as a warning: the item is still written, and the warning says which status needs an override.
 */
import type { Issue } from '../../domain/errors.js';
import type { StatusTransition } from '../../domain/records/index.js';
import type { JiraHistory, JiraIssue } from './payload.js';
import { resolveStatusCategory, type StatusIndex } from './statuses.js';

export interface TransitionsResult {
  transitions: StatusTransition[];
  warnings: Issue[];
}

const isStatusItem = (item: JiraHistory['items'][number]) =>
  item.fieldId === 'status' || (item.fieldId === undefined && item.field.toLowerCase() === 'status');

/** Oldest first, each history once. */
export function orderHistories(histories: readonly JiraHistory[]): JiraHistory[] {
  const unique = [...new Map(histories.map((history) => [history.id, history])).values()];
  return unique.sort((a, b) => a.created.localeCompare(b.created) || compareIds(a.id, b.id));
}

function compareIds(a: string, b: string): number {
  return a.length - b.length || a.localeCompare(b);
}

export function readTransitions(issue: JiraIssue, index: StatusIndex, record: string): TransitionsResult {
  const current = issue.fields.status;
  const warnings: Issue[] = [];
  const moves = orderHistories(issue.changelog?.histories ?? []).flatMap((history) =>
    history.items.filter(isStatusItem).map((item) => ({ at: history.created, historyId: history.id, item })),
  );
  const first = moves[0]?.item;
  const initial = first ? { id: first.from, name: first.fromString } : { id: current.id, name: current.name };
  const steps = [
    { at: issue.fields.created, path: 'fields.created', from: null, to: initial },
    ...moves.map(({ at, historyId, item }) => ({
      at,
      path: `changelog.histories[id=${historyId}]`,
      from: item.fromString ?? null,
      to: { id: item.to, name: item.toString },
    })),
  ];
  const transitions: StatusTransition[] = [];
  for (const step of steps) {
    const to = step.to.name;
    if (!to) {
      warnings.push({ record, path: step.path, message: 'has a status change without a status name' });
      continue;
    }
    const embeddedKey = step.to.id === current.id ? current.statusCategory?.key : undefined;
    const toCategory = resolveStatusCategory(index, { ...step.to, embeddedKey });
    if (!toCategory) {
      warnings.push(unknownStatus(record, step.path, to, step.to.id));
      continue;
    }
    transitions.push({ at: step.at, from: step.from, to, toCategory });
  }
  return { transitions, warnings };
}

export function unknownStatus(
  record: string,
  path: string,
  name: string,
  id: string | null | undefined,
): Issue {
  return {
    record,
    path,
    message: 'names a status whose category is unknown, so the transition was left out',
    found: `status "${name}"${id ? ` (id ${id})` : ''}`,
    expected: 'a status the site lists with a category, or a statusCategories override for that name',
  };
}
