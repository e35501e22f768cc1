/** Test factories for observed records: valid by default, any field overridable. */
import {
  type CiRun,
  type Commit,
  ciRunSchema,
  type Deployment,
  type Incident,
  type PullRequest,
  pullRequestSchema,
  type Review,
  reviewSchema,
  type WorkItem,
} from '../../src/domain/records/index.js';

export function buildCommit(index: number, overrides: Partial<Commit> = {}): Commit {
  return {
    source: 'git',
    key: `payments-api/${index.toString(16).padStart(40, '0')}`,
    repository: 'payments-api',
    sha: index.toString(16).padStart(40, '0'),
    parents: index > 0 ? [(index - 1).toString(16).padStart(40, '0')] : [],
    authorName: 'Ada Lovelace',
    authorEmail: 'ada@example.com',
    authoredAt: new Date(Date.UTC(2026, 0, 5, 9, 0) + index * 60_000).toISOString(),
    authorOffsetMinutes: 60,
    committerName: 'Ada Lovelace',
    committerEmail: 'ada@example.com',
    committedAt: new Date(Date.UTC(2026, 0, 5, 9, 30) + index * 60_000).toISOString(),
    committerOffsetMinutes: 60,
    subject: `Change number ${index}, with "quotes"`,
    additions: 10 + index,
    deletions: index % 3,
    filesChanged: 1,
    files: [{ path: 'src/charge.ts', additions: 10 + index, deletions: index % 3 }],
    services: ['payments'],
    ...overrides,
  };
}

export function buildDeployment(index: number, overrides: Partial<Deployment> = {}): Deployment {
  return {
    source: 'ci',
    key: `deploy-${index}`,
    service: 'payments',
    environment: 'production',
    startedAt: new Date(Date.UTC(2026, 0, 6, 12, 0) + index * 3_600_000).toISOString(),
    finishedAt: new Date(Date.UTC(2026, 0, 6, 12, 10) + index * 3_600_000).toISOString(),
    result: 'success',
    commitSha: index.toString(16).padStart(40, '0'),
    repository: 'payments-api',
    method: 'import',
    unplanned: false,
    ...overrides,
  };
}

export function buildIncident(index: number, overrides: Partial<Incident> = {}): Incident {
  return {
    source: 'pagerduty',
    key: `P${index}`,
    title: `Checkout errors ${index}`,
    severity: 'SEV-2',
    status: 'resolved',
    service: 'payments',
    startedAt: '2026-01-07T08:00:00.000Z',
    resolvedAt: '2026-01-07T09:30:00.000Z',
    responders: ['ada', 'grace'],
    ...overrides,
  };
}

export function buildWorkItem(index: number, overrides: Partial<WorkItem> = {}): WorkItem {
  return {
    source: 'jira',
    key: `PAY-${index}`,
    title: `Story ${index}`,
    type: 'story',
    team: 'payments',
    status: 'Done',
    statusCategory: 'done',
    createdAt: '2026-01-02T10:00:00.000Z',
    resolvedAt: '2026-01-09T16:00:00.000Z',
    labels: ['checkout'],
    sprints: ['PAY sprint 1'],
    points: 3,
    transitions: [
      { at: '2026-01-03T09:00:00.000Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
      { at: '2026-01-09T16:00:00.000Z', from: 'In Progress', to: 'Done', toCategory: 'done' },
    ],
    ...overrides,
  };
}

/** An open GitHub pull request of payments-api by ada, created 2 March 09:00 UTC; schema defaults apply. */
export function buildPullRequest(number: number, overrides: Partial<PullRequest> = {}): PullRequest {
  return pullRequestSchema.parse({
    source: 'github',
    key: `payments-api#${number}`,
    repository: 'payments-api',
    number,
    author: 'ada',
    state: 'open',
    createdAt: '2026-03-02T09:00:00Z',
    ...overrides,
  });
}

/** A comment by `reviewer` on payments-api pull request `number` (as built by buildPullRequest). */
export function buildReview(
  number: number,
  reviewer: string,
  submittedAt: string,
  overrides: Partial<Review> = {},
): Review {
  return reviewSchema.parse({
    source: 'github',
    key: `${number}/${reviewer}/${submittedAt}`,
    pullRequest: `github:payments-api#${number}`,
    reviewer,
    state: 'commented',
    submittedAt,
    ...overrides,
  });
}

/** A successful run of `ci` on payments-api, started 3 March 10:00 UTC and finishing `minutes` (10) later. */
export function buildCiRun(key: string, overrides: Partial<CiRun> & { minutes?: number } = {}): CiRun {
  const { minutes = 10, ...fields } = overrides;
  return ciRunSchema.parse({
    source: 'github',
    key,
    repository: 'payments-api',
    pipeline: 'ci',
    commitSha: 'a1b2c3d',
    result: 'success',
    startedAt: '2026-03-03T10:00:00Z',
    finishedAt: new Date(Date.parse('2026-03-03T10:00:00Z') + minutes * 60_000).toISOString(),
    ...fields,
  });
}
