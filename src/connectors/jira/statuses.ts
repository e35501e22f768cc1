/**
 * Which Sextant status category a Jira status belongs to. Jira gives every status one of three
 * categories (`new`, `indeterminate`, `done`; `undefined` means "no category") and lets sites name
 * statuses anything, in any language, so a status is recognised by its id, never by its name:
 * `已完成` is done because the site's status list says status 10068 is in the `done` category.
 *
 * Rules, first match wins:
 *   1. an override by status name from the Jira settings (for sites whose categories do not say what
 *      the team means, e.g. "Ready for Dev" kept in To Do but counted as started);
 *   2. the site's status list (`/rest/api/{2,3}/status`), by id;
 *   3. the category embedded in the issue, for its current status only;
 *   4. the site's status list by name, when every status of that name has the same category;
 *   5. Jira's built-in statuses (ids 1 to 6 are the same on every site), for statuses a site deleted
 *      after issues passed through them.
 * Otherwise the category is unknown (null) and the caller reports it: it is never guessed.
 */
import type { StatusTransition } from '../../domain/records/index.js';
import type { JiraStatus } from './payload.js';

export type StatusCategory = StatusTransition['toCategory'];

const CATEGORY_BY_JIRA_KEY: Record<string, StatusCategory> = {
  new: 'todo',
  indeterminate: 'in-progress',
  done: 'done',
};

const BUILT_IN_STATUSES: Record<string, StatusCategory> = {
  '1': 'todo', // Open
  '3': 'in-progress', // In Progress
  '4': 'todo', // Reopened
  '5': 'done', // Resolved
  '6': 'done', // Closed
};

export interface StatusIndex {
  byId: ReadonlyMap<string, StatusCategory | null>;
  byName: ReadonlyMap<string, StatusCategory | null>;
  overrides: ReadonlyMap<string, StatusCategory>;
}

/** Jira's category key as a Sextant category; null for `undefined` (no category) and unknown keys. */
export function toStatusCategory(jiraKey: string | undefined): StatusCategory | null {
  return (jiraKey !== undefined && CATEGORY_BY_JIRA_KEY[jiraKey]) || null;
}

const normalizeName = (name: string) => name.trim().toLowerCase();

export function buildStatusIndex(
  statuses: readonly JiraStatus[],
  overrides: Readonly<Record<string, StatusCategory>> = {},
): StatusIndex {
  const byId = new Map<string, StatusCategory | null>();
  const byName = new Map<string, StatusCategory | null>();
  for (const status of statuses) {
    const category = toStatusCategory(status.statusCategory?.key);
    byId.set(status.id, category);
    // Project-scoped statuses repeat names ("To Do" in every team-managed project); a name whose
    // statuses disagree on the category says nothing, so it maps to null.
    const name = normalizeName(status.name);
    byName.set(name, byName.has(name) && byName.get(name) !== category ? null : category);
  }
  const normalized = new Map(
    Object.entries(overrides).map(([name, category]) => [normalizeName(name), category]),
  );
  return { byId, byName, overrides: normalized };
}

export interface StatusRef {
  id?: string | null | undefined;
  name?: string | null | undefined;
  /** The Jira category key embedded in the issue, known only for its current status. */
  embeddedKey?: string | undefined;
}

export function resolveStatusCategory(index: StatusIndex, status: StatusRef): StatusCategory | null {
  const name = status.name ? normalizeName(status.name) : undefined;
  return (
    (name !== undefined ? index.overrides.get(name) : undefined) ??
    (status.id ? index.byId.get(status.id) : undefined) ??
    toStatusCategory(status.embeddedKey) ??
    (name !== undefined ? index.byName.get(name) : undefined) ??
    (status.id ? BUILT_IN_STATUSES[status.id] : undefined) ??
    null
  );
}
