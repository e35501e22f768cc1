/**
 * Pure mapping of a board's Jira sprints to sprint records. A sprint is keyed by the board it was read
 * from and its id (`<board>/<id>`): Jira shows one sprint on every board whose filter takes its issues,
 * and the board is the team's plan, so each board keeps its own copy. A sprint that does not meet its
 * contract (no id or name, an unreadable date, a state other than future, active or closed) is reported
 * against its id and skipped; the others are mapped.
 */

import type { Issue } from '../../domain/errors.js';
import { SPRINT_STATES, type Sprint, type SprintState, sprintSchema } from '../../domain/records/index.js';
import { toPayloadIssues } from '../payload-issues.js';
import { JIRA_SOURCE } from './map.js';
import { jiraSprintSchema } from './payload.js';

export type SprintMapResult = { kind: 'record'; record: Sprint } | { kind: 'issues'; issues: Issue[] };

export interface MappedSprints {
  records: Sprint[];
  /** Problems that skipped a sprint, each named against the sprint (or its position when it has no id). */
  skipped: Issue[];
}

/** `position` (0-based, among the board's sprints) names a sprint that has no id. */
export function toSprint(payload: unknown, board: number, position?: number): SprintMapResult {
  const record = describeSprint(payload, board, position);
  const parsed = jiraSprintSchema.safeParse(payload);
  if (!parsed.success) {
    return { kind: 'issues', issues: toPayloadIssues(record, parsed.error, payload) };
  }
  const sprint = parsed.data;
  // Jira Cloud writes states in lower case, some Data Center versions in upper case.
  const state = sprint.state.toLowerCase();
  if (!isSprintState(state)) {
    return {
      kind: 'issues',
      issues: [
        {
          record,
          path: 'state',
          message: 'is not a sprint state',
          found: sprint.state,
          expected: SPRINT_STATES.join(', '),
        },
      ],
    };
  }
  const goal = withoutNul(sprint.goal ?? '').trim();
  const candidate = {
    source: JIRA_SOURCE,
    key: `${board}/${sprint.id}`,
    board,
    name: withoutNul(sprint.name),
    state,
    startedAt: sprint.startDate ?? null,
    endsAt: sprint.endDate ?? null,
    completedAt: sprint.completeDate ?? null,
    ...(goal === '' ? {} : { goal }),
  };
  // The domain schema has the last word, so nothing the store would reject leaves the mapper.
  const checked = sprintSchema.safeParse(candidate);
  if (!checked.success) {
    return { kind: 'issues', issues: toPayloadIssues(record, checked.error, candidate, 'a valid sprint') };
  }
  return { kind: 'record', record: checked.data };
}

/** Maps every sprint read from `board`. */
export function toSprints(payloads: readonly unknown[], board: number): MappedSprints {
  const mapped: MappedSprints = { records: [], skipped: [] };
  payloads.forEach((payload, index) => {
    const result = toSprint(payload, board, index);
    if (result.kind === 'issues') mapped.skipped.push(...result.issues);
    else mapped.records.push(result.record);
  });
  return mapped;
}

function isSprintState(value: string): value is SprintState {
  return (SPRINT_STATES as readonly string[]).includes(value);
}

/** `jira:734/740`, or the sprint's position on the board when it has no id. */
function describeSprint(payload: unknown, board: number, position: number | undefined): string {
  const id = typeof payload === 'object' && payload !== null && 'id' in payload ? payload.id : undefined;
  if (typeof id === 'number' || (typeof id === 'string' && id !== '')) return `${JIRA_SOURCE}:${board}/${id}`;
  return `${JIRA_SOURCE}:${board}/(sprint ${position === undefined ? 'without an id' : `#${position + 1} of the board`})`;
}

/** PostgreSQL text cannot hold U+0000; it carries no meaning in a name or goal. */
function withoutNul(text: string): string {
  return text.replaceAll('\u0000', '');
}
