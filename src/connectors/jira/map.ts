/**
 * Pure mapping of Jira issues to work items. One issue that does not meet its contract (a missing key
 * field, an unreadable date, a current status whose category is unknown) is reported against its key and
 * skipped; the others are mapped. Problems that leave the item usable (a transition into an unknown
 * status) are warnings: the item is written and the warning says what to fix.
 */

import type { Issue } from '../../domain/errors.js';
import { type WorkItem, workItemSchema } from '../../domain/records/index.js';
import { toPayloadIssues } from '../payload-issues.js';
import {
  type JiraFieldIds,
  type JiraTeamMapping,
  readAssignee,
  readEpicKey,
  readSprintNames,
  readStoryPoints,
  readTeam,
} from './fields.js';
import { jiraIssueSchema } from './payload.js';
import { resolveStatusCategory, type StatusIndex } from './statuses.js';
import { readTransitions, unknownStatus } from './transitions.js';

export const JIRA_SOURCE = 'jira';

export interface JiraMapOptions {
  statuses: StatusIndex;
  fieldIds?: JiraFieldIds | undefined;
  teams?: JiraTeamMapping | undefined;
}

export type IssueMapResult =
  | { kind: 'record'; record: WorkItem; warnings: Issue[] }
  | { kind: 'issues'; issues: Issue[] };

export interface MappedIssues {
  records: WorkItem[];
  /** Issues skipped, each problem named against the issue key (or its position when it has none). */
  skipped: Issue[];
  /** Problems in issues that were still mapped. */
  warnings: Issue[];
}

/** `position` (0-based, in the whole run) names an issue that has no key. */
export function toWorkItem(payload: unknown, options: JiraMapOptions, position?: number): IssueMapResult {
  const record = describeIssue(payload, position);
  const parsed = jiraIssueSchema.safeParse(payload);
  if (!parsed.success) {
    return { kind: 'issues', issues: toPayloadIssues(record, parsed.error, payload) };
  }
  const issue = parsed.data;
  const { fields } = issue;
  const fieldIds = options.fieldIds ?? {};
  const statusCategory = resolveStatusCategory(options.statuses, {
    id: fields.status.id,
    name: fields.status.name,
    embeddedKey: fields.status.statusCategory?.key,
  });
  const problems: Issue[] = [];
  if (!statusCategory) {
    problems.push(unknownStatus(record, 'fields.status', fields.status.name, fields.status.id));
  }
  const points = readStoryPoints(fields, fieldIds.storyPoints);
  if ('problem' in points) {
    problems.push({
      record,
      path: `fields.${fieldIds.storyPoints}`,
      message: 'is not a story point estimate',
      found: points.problem,
      expected: 'a non-negative number or null',
    });
  }
  if (!statusCategory || problems.length > 0) return { kind: 'issues', issues: problems };

  const { transitions, warnings } = readTransitions(issue, options.statuses, record);
  const candidate = {
    source: JIRA_SOURCE,
    key: issue.key,
    title: fields.summary ?? '',
    type: fields.issuetype.name.trim().toLowerCase(),
    project: fields.project?.key,
    team: readTeam(fields, options.teams),
    status: fields.status.name,
    statusCategory,
    createdAt: fields.created,
    resolvedAt: fields.resolutiondate ?? undefined,
    assignee: readAssignee(fields),
    epic: readEpicKey(fields, fieldIds.epicLink),
    labels: fields.labels ?? [],
    sprints: readSprintNames(fields, fieldIds.sprint),
    priority: fields.priority?.name,
    points: 'points' in points ? points.points : undefined,
    transitions,
  };
  // The domain schema has the last word, so nothing the store would reject leaves the mapper.
  const checked = workItemSchema.safeParse(stripNul(dropUndefined(candidate)));
  if (!checked.success) {
    return { kind: 'issues', issues: toPayloadIssues(record, checked.error, candidate, 'a valid work item') };
  }
  return { kind: 'record', record: checked.data, warnings };
}

/** Maps every issue; `offset` is the position of the first one in the whole run. */
export function toWorkItems(payloads: readonly unknown[], options: JiraMapOptions, offset = 0): MappedIssues {
  const mapped: MappedIssues = { records: [], skipped: [], warnings: [] };
  payloads.forEach((payload, index) => {
    const result = toWorkItem(payload, options, offset + index);
    if (result.kind === 'issues') {
      mapped.skipped.push(...result.issues);
    } else {
      mapped.records.push(result.record);
      mapped.warnings.push(...result.warnings);
    }
  });
  return mapped;
}

/** `jira:KEY-1`, or the issue's position in the run when it has no key. */
function describeIssue(payload: unknown, position: number | undefined): string {
  const key = typeof payload === 'object' && payload !== null && 'key' in payload ? payload.key : undefined;
  if (typeof key === 'string' && key !== '') return `${JIRA_SOURCE}:${key}`;
  return `${JIRA_SOURCE}:(issue ${position === undefined ? 'without a key' : `#${position + 1} of the run`})`;
}

/**
 * PostgreSQL text cannot hold U+0000, and Jira text sometimes does (a recorded summary ends in one);
 * it carries no meaning, so it is removed rather than failing the issue.
 */
function stripNul<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll('\u0000', '') as T;
  if (Array.isArray(value)) return value.map(stripNul) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, field]) => [name, stripNul(field)])) as T;
  }
  return value;
}

function dropUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
