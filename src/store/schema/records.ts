/**
 * Observed records, one table per record type of `src/domain/records`. Rules every table follows:
 * - the primary key `id` is the record's `source:key`, so every ingest is an idempotent upsert;
 * - each schema field has its own typed column, and the drizzle property is named exactly as the schema
 *   field, which lets one generic mapper turn records into rows (`record-rows.ts`);
 * - instants are `timestamp with time zone` (stored in UTC, compared as instants);
 * - enumerations and counts are checked again here, so a row that slipped past validation fails its
 *   whole batch instead of poisoning metrics;
 * - `ingested_at` is when the row first arrived, `updated_at` when its content last changed.
 * Indexes serve the metric queries: by scope (repository, service, team) plus the time they window on.
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { CI_RUN_RESULTS } from '../../domain/records/ci-run.js';
import type { CommitFile } from '../../domain/records/commit.js';
import { DEPLOYMENT_METHODS, DEPLOYMENT_RESULTS } from '../../domain/records/deployment.js';
import { INCIDENT_STATES, SEVERITIES } from '../../domain/records/incident.js';
import { PULL_REQUEST_STATES } from '../../domain/records/pull-request.js';
import { REVIEW_STATES } from '../../domain/records/review.js';
import { SPRINT_STATES } from '../../domain/records/sprint.js';
import { STATUS_CATEGORIES, type StatusTransition } from '../../domain/records/work-item.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

const recordColumns = () => ({
  id: text('id').primaryKey(),
  source: text('source').notNull(),
  key: text('key').notNull(),
  ingestedAt: instant('ingested_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** `column in ('a', 'b')`, for enumerations declared in the domain. */
function isOneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  const list = values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
  return sql`${column} in (${sql.raw(list)})`;
}

export const commits = pgTable(
  'commits',
  {
    ...recordColumns(),
    repository: text('repository').notNull(),
    sha: text('sha').notNull(),
    parents: text('parents').array().notNull(),
    authorName: text('author_name').notNull(),
    authorEmail: text('author_email').notNull(),
    authoredAt: instant('authored_at').notNull(),
    authorOffsetMinutes: integer('author_offset_minutes').notNull(),
    committerName: text('committer_name').notNull(),
    committerEmail: text('committer_email').notNull(),
    committedAt: instant('committed_at').notNull(),
    committerOffsetMinutes: integer('committer_offset_minutes').notNull(),
    subject: text('subject').notNull(),
    additions: integer('additions').notNull(),
    deletions: integer('deletions').notNull(),
    filesChanged: integer('files_changed').notNull(),
    files: jsonb('files').$type<CommitFile[]>().notNull().default([]),
    services: text('services').array().notNull(),
  },
  (t) => [
    index('commits_repository_committed_at_idx').on(t.repository, t.committedAt),
    index('commits_committed_at_idx').on(t.committedAt),
    check(
      'commits_counts_check',
      sql`${t.additions} >= 0 and ${t.deletions} >= 0 and ${t.filesChanged} >= 0`,
    ),
  ],
);

export const pullRequests = pgTable(
  'pull_requests',
  {
    ...recordColumns(),
    repository: text('repository').notNull(),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    author: text('author').notNull(),
    state: text('state').notNull(),
    draft: boolean('draft').notNull(),
    createdAt: instant('created_at').notNull(),
    firstCommitAt: instant('first_commit_at'),
    mergedAt: instant('merged_at'),
    closedAt: instant('closed_at'),
    baseBranch: text('base_branch').notNull(),
    headBranch: text('head_branch'),
    mergeCommitSha: text('merge_commit_sha'),
    additions: integer('additions').notNull(),
    deletions: integer('deletions').notNull(),
    commitShas: text('commit_shas').array().notNull(),
  },
  (t) => [
    index('pull_requests_repository_created_at_idx').on(t.repository, t.createdAt),
    index('pull_requests_repository_number_idx').on(t.repository, t.number),
    index('pull_requests_created_at_idx').on(t.createdAt),
    index('pull_requests_merged_at_idx').on(t.mergedAt),
    index('pull_requests_merge_commit_sha_idx').on(t.mergeCommitSha),
    check('pull_requests_state_check', isOneOf(t.state, PULL_REQUEST_STATES)),
    check('pull_requests_counts_check', sql`${t.number} > 0 and ${t.additions} >= 0 and ${t.deletions} >= 0`),
  ],
);

export const reviews = pgTable(
  'reviews',
  {
    ...recordColumns(),
    pullRequest: text('pull_request').notNull(),
    reviewer: text('reviewer').notNull(),
    state: text('state').notNull(),
    submittedAt: instant('submitted_at').notNull(),
  },
  (t) => [
    index('reviews_pull_request_submitted_at_idx').on(t.pullRequest, t.submittedAt),
    index('reviews_submitted_at_idx').on(t.submittedAt),
    index('reviews_reviewer_idx').on(t.reviewer),
    check('reviews_state_check', isOneOf(t.state, REVIEW_STATES)),
  ],
);

export const deployments = pgTable(
  'deployments',
  {
    ...recordColumns(),
    service: text('service').notNull(),
    environment: text('environment').notNull(),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at').notNull(),
    result: text('result').notNull(),
    commitSha: text('commit_sha').notNull(),
    repository: text('repository'),
    ref: text('ref'),
    method: text('method').notNull(),
    rollbackOf: text('rollback_of'),
    hotfixFor: text('hotfix_for'),
    unplanned: boolean('unplanned').notNull(),
  },
  (t) => [
    index('deployments_service_finished_at_idx').on(t.service, t.environment, t.finishedAt),
    index('deployments_finished_at_idx').on(t.finishedAt),
    index('deployments_commit_sha_idx').on(t.commitSha),
    check('deployments_result_check', isOneOf(t.result, DEPLOYMENT_RESULTS)),
    check('deployments_method_check', isOneOf(t.method, DEPLOYMENT_METHODS)),
  ],
);

export const incidents = pgTable(
  'incidents',
  {
    ...recordColumns(),
    title: text('title').notNull(),
    severity: text('severity').notNull(),
    status: text('status').notNull(),
    service: text('service'),
    startedAt: instant('started_at').notNull(),
    acknowledgedAt: instant('acknowledged_at'),
    mitigatedAt: instant('mitigated_at'),
    resolvedAt: instant('resolved_at'),
    causedBy: text('caused_by'),
    rootCause: text('root_cause'),
    category: text('category'),
    commander: text('commander'),
    responders: text('responders').array().notNull(),
  },
  (t) => [
    index('incidents_started_at_idx').on(t.startedAt),
    index('incidents_service_started_at_idx').on(t.service, t.startedAt),
    index('incidents_caused_by_idx').on(t.causedBy),
    check('incidents_severity_check', isOneOf(t.severity, SEVERITIES)),
    check('incidents_status_check', isOneOf(t.status, INCIDENT_STATES)),
  ],
);

export const workItems = pgTable(
  'work_items',
  {
    ...recordColumns(),
    title: text('title').notNull(),
    type: text('type').notNull(),
    project: text('project'),
    team: text('team'),
    service: text('service'),
    status: text('status').notNull(),
    statusCategory: text('status_category').notNull(),
    createdAt: instant('created_at').notNull(),
    resolvedAt: instant('resolved_at'),
    assignee: text('assignee'),
    epic: text('epic'),
    labels: text('labels').array().notNull(),
    sprints: text('sprints').array().notNull().default([]),
    priority: text('priority'),
    points: doublePrecision('points'),
    transitions: jsonb('transitions').$type<StatusTransition[]>().notNull(),
  },
  (t) => [
    index('work_items_created_at_idx').on(t.createdAt),
    index('work_items_resolved_at_idx').on(t.resolvedAt),
    index('work_items_team_resolved_at_idx').on(t.team, t.resolvedAt),
    index('work_items_service_idx').on(t.service),
    check('work_items_status_category_check', isOneOf(t.statusCategory, STATUS_CATEGORIES)),
    check('work_items_points_check', sql`${t.points} >= 0`),
  ],
);

export const ciRuns = pgTable(
  'ci_runs',
  {
    ...recordColumns(),
    repository: text('repository').notNull(),
    pipeline: text('pipeline').notNull(),
    commitSha: text('commit_sha'),
    branch: text('branch'),
    trigger: text('trigger'),
    job: text('job'),
    run: text('run'),
    attempt: integer('attempt').notNull().default(1),
    result: text('result').notNull(),
    startedAt: instant('started_at').notNull(),
    finishedAt: instant('finished_at').notNull(),
  },
  (t) => [
    index('ci_runs_repository_started_at_idx').on(t.repository, t.startedAt),
    index('ci_runs_started_at_idx').on(t.startedAt),
    index('ci_runs_repository_commit_sha_idx').on(t.repository, t.commitSha),
    check('ci_runs_result_check', isOneOf(t.result, CI_RUN_RESULTS)),
    check('ci_runs_attempt_check', sql`${t.attempt} >= 1`),
  ],
);

export const tags = pgTable(
  'tags',
  {
    ...recordColumns(),
    repository: text('repository').notNull(),
    name: text('name').notNull(),
    sha: text('sha').notNull(),
    annotated: boolean('annotated').notNull(),
    taggedAt: instant('tagged_at'),
    taggerEmail: text('tagger_email'),
  },
  (t) => [index('tags_repository_name_idx').on(t.repository, t.name), index('tags_sha_idx').on(t.sha)],
);

export const sprints = pgTable(
  'sprints',
  {
    ...recordColumns(),
    board: text('board').notNull(),
    name: text('name').notNull(),
    state: text('state').notNull(),
    startedAt: instant('started_at'),
    endsAt: instant('ends_at'),
    completedAt: instant('completed_at'),
    goal: text('goal'),
  },
  (t) => [
    index('sprints_board_started_at_idx').on(t.board, t.startedAt),
    check('sprints_state_check', isOneOf(t.state, SPRINT_STATES)),
  ],
);

/** The table of each record type, keyed like `RECORD_SCHEMAS`. */
export const RECORD_TABLES = {
  commit: commits,
  'pull-request': pullRequests,
  review: reviews,
  deployment: deployments,
  incident: incidents,
  'work-item': workItems,
  'ci-run': ciRuns,
  tag: tags,
  sprint: sprints,
} as const;
