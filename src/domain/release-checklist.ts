/**
 * The release checklist every release gets: three phases (before, on the day, after), each item either
 * signed off by a person or, where the data can answer, checked automatically. Item ids are stable: they
 * are what sign-offs are stored under and what `sextant releases signoff <release> <item>` names.
 *
 * Rules and reasons:
 * - An automatic check reads only what Sextant observes (CI runs, deployments, incidents, error budgets,
 *   imported feature flags, GitHub releases). A check that fails stays failed even when someone signs the
 *   item off: the data contradicts the sign-off, and a reader should see both.
 * - The rollback plan is the one item whose sign-off must carry a note (the plan, or where it is written):
 *   a bare tick says nothing about how to go back.
 */

export const RELEASE_PHASES = ['pre-release', 'release-day', 'post-release'] as const;
export type ReleasePhase = (typeof RELEASE_PHASES)[number];

/** The automatic checks Sextant can run from data. */
export const RELEASE_CHECKS = [
  'ci-green',
  'error-budget',
  'rollback-plan',
  'staging-first',
  'rollout-complete',
  'no-regression',
  'release-notes',
  'flags-cleaned',
  'retro-needed',
] as const;
export type ReleaseCheck = (typeof RELEASE_CHECKS)[number];

export interface ChecklistItem {
  id: string;
  phase: ReleasePhase;
  title: string;
  /** The data check that can settle this item, if any. */
  check?: ReleaseCheck;
  /** A sign-off on this item must carry a note. */
  noteRequired?: boolean;
}

export const RELEASE_CHECKLIST: readonly ChecklistItem[] = [
  { id: 'branches-merged', phase: 'pre-release', title: 'Every change meant for this release is merged' },
  {
    id: 'ci-green',
    phase: 'pre-release',
    title: 'CI passes on the commit being released',
    check: 'ci-green',
  },
  { id: 'integration-tests', phase: 'pre-release', title: 'Integration tests across teams pass' },
  {
    id: 'contracts-compatible',
    phase: 'pre-release',
    title: 'Services that depend on this one still work with its API',
  },
  { id: 'migrations-tested', phase: 'pre-release', title: 'Database migrations were rehearsed' },
  { id: 'flags-configured', phase: 'pre-release', title: 'New features sit behind configured feature flags' },
  {
    id: 'error-budget',
    phase: 'pre-release',
    title: 'The error budget is not spent (no release freeze)',
    check: 'error-budget',
  },
  {
    id: 'rollback-plan',
    phase: 'pre-release',
    title: 'A rollback plan is written down',
    check: 'rollback-plan',
    noteRequired: true,
  },
  {
    id: 'staging-deployed',
    phase: 'release-day',
    title: 'The same commit ran in staging first',
    check: 'staging-first',
  },
  { id: 'qa-signoff', phase: 'release-day', title: 'QA approved the staging build' },
  { id: 'baseline-reviewed', phase: 'release-day', title: 'Dashboards were checked to note the baseline' },
  { id: 'on-call-briefed', phase: 'release-day', title: 'The on-call engineers know what is going out' },
  { id: 'canary-started', phase: 'release-day', title: 'A canary took a small share of traffic first' },
  {
    id: 'canary-watched',
    phase: 'release-day',
    title: 'Canary error rate, latency and business figures were watched',
  },
  {
    id: 'rollout-complete',
    phase: 'release-day',
    title: 'The rollout reached all of production',
    check: 'rollout-complete',
  },
  { id: 'verified', phase: 'release-day', title: 'The release was verified after deploying' },
  {
    id: 'baseline-compared',
    phase: 'post-release',
    title: 'Figures after the release were compared with the baseline',
  },
  {
    id: 'no-regression',
    phase: 'post-release',
    title: 'No regression followed (no incident, rollback or hotfix)',
    check: 'no-regression',
  },
  { id: 'support-briefed', phase: 'post-release', title: 'Customer support knows what changed' },
  {
    id: 'release-notes',
    phase: 'post-release',
    title: 'Release notes are published',
    check: 'release-notes',
  },
  {
    id: 'flags-cleaned',
    phase: 'post-release',
    title: 'Old feature flags are removed',
    check: 'flags-cleaned',
  },
  {
    id: 'retro-scheduled',
    phase: 'post-release',
    title: 'A retrospective is booked if something went wrong',
    check: 'retro-needed',
  },
];

export function findChecklistItem(id: string): ChecklistItem | undefined {
  return RELEASE_CHECKLIST.find((item) => item.id === id);
}

/** How many days an active feature flag may live before the checklist and metrics call it stale. */
export const STALE_FLAG_DAYS = 30;
