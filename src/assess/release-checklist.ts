/**
 * A release's checklist state: every item of `RELEASE_CHECKLIST` with its sign-off and, where the data can
 * answer, the result of its automatic check.
 *
 * Rules and reasons:
 * - An item is `failed` when its check failed (whatever was signed: the data contradicts it), `done` when
 *   its check passed or someone signed it off, `not-needed` when the check says it does not apply (a
 *   retrospective after a release that went well), else `open`.
 * - Checks never guess: without the data they need (no CI run on the commit, no SLO, no staging
 *   deployment ever, no flags imported) they answer `no-data` and the item waits for a sign-off.
 * - "No regression" is `pending` for a day after the release: failures usually show within it.
 * - CI: only the latest attempt of each pipeline (and job) on the release commit counts; cancelled runs
 *   say nothing.
 */
import type { CiRun } from '../domain/records/ci-run.js';
import { recordId } from '../domain/records/common.js';
import type { Deployment } from '../domain/records/deployment.js';
import type { FeatureFlag, Release, ReleaseSignoff } from '../domain/release.js';
import {
  type ChecklistItem,
  RELEASE_CHECKLIST,
  type ReleaseCheck,
  type ReleasePhase,
  STALE_FLAG_DAYS,
} from '../domain/release-checklist.js';

const DAY_MS = 86_400_000;

export interface BudgetState {
  slo: string;
  state: 'ok' | 'at-risk' | 'exhausted';
  freeze: boolean;
}

export interface ChecklistFacts {
  release: Release;
  signoffs: readonly ReleaseSignoff[];
  /** CI runs on the release's commit. */
  ciRuns: readonly CiRun[];
  /** Non-production deployments of the release's service. */
  stagingDeployments: readonly Deployment[];
  /** Error-budget states of the service's SLOs. */
  budgets: readonly BudgetState[];
  /** Imported feature flags of the service. */
  flags: readonly FeatureFlag[];
  now: Date;
}

export type CheckResultKind = 'passed' | 'failed' | 'no-data' | 'pending' | 'not-needed';

export interface CheckResult {
  result: CheckResultKind;
  detail: string;
  evidence: string[];
}

export type ItemStatus = 'done' | 'failed' | 'open' | 'not-needed';

export interface ChecklistEntry {
  item: string;
  phase: ReleasePhase;
  title: string;
  status: ItemStatus;
  check?: CheckResult;
  signoff?: ReleaseSignoff;
}

export interface ChecklistState {
  items: ChecklistEntry[];
  summary: Record<ItemStatus, number>;
}

const answer = (result: CheckResultKind, detail: string, evidence: string[] = []): CheckResult => ({
  result,
  detail,
  evidence,
});

function checkCi(facts: ChecklistFacts): CheckResult {
  const latest = new Map<string, CiRun>();
  for (const run of facts.ciRuns) {
    if (run.result === 'cancelled') continue;
    const key = `${run.repository}\u0000${run.pipeline}\u0000${run.job ?? ''}`;
    const seen = latest.get(key);
    if (
      !seen ||
      run.attempt > seen.attempt ||
      (run.attempt === seen.attempt && run.finishedAt > seen.finishedAt)
    ) {
      latest.set(key, run);
    }
  }
  const runs = [...latest.values()];
  if (runs.length === 0) return answer('no-data', 'no CI run recorded on the release commit');
  const failed = runs.filter((run) => run.result === 'failure');
  if (failed.length > 0) {
    return answer(
      'failed',
      `${failed.length} of ${runs.length} pipelines failed on the release commit`,
      failed.map(recordId),
    );
  }
  return answer('passed', `${runs.length} pipeline(s) passed on the release commit`, runs.map(recordId));
}

function checkBudget(facts: ChecklistFacts): CheckResult {
  if (facts.budgets.length === 0)
    return answer('no-data', 'no SLO with an error budget is declared for the service');
  const blocking = facts.budgets.filter((budget) => budget.freeze || budget.state === 'exhausted');
  const states = facts.budgets.map(
    (budget) => `${budget.slo}: ${budget.state}${budget.freeze ? ' (freeze)' : ''}`,
  );
  return blocking.length > 0
    ? answer('failed', `error budget spent: ${states.join(', ')}`)
    : answer('passed', states.join(', '));
}

function checkRollbackPlan(facts: ChecklistFacts, signoff: ReleaseSignoff | undefined): CheckResult {
  if (signoff?.note) return answer('passed', `recorded by ${signoff.person}: ${signoff.note}`);
  const previous = facts.release.previous;
  const back = previous
    ? `${previous.version} (${previous.id}) is the version to return to`
    : 'no earlier version of the service is known';
  return answer('failed', `no rollback plan recorded; ${back}`, previous ? [previous.id] : []);
}

function checkStaging(facts: ChecklistFacts): CheckResult {
  if (facts.stagingDeployments.length === 0) {
    return answer('no-data', 'the service has no deployment recorded outside production');
  }
  const sha = facts.release.commitSha.toLowerCase();
  const at = Date.parse(facts.release.at);
  const before = facts.stagingDeployments.filter(
    (d) => d.result === 'success' && d.commitSha.toLowerCase() === sha && Date.parse(d.finishedAt) <= at,
  );
  return before.length > 0
    ? answer('passed', `deployed to ${before[0]?.environment} before production`, before.map(recordId))
    : answer('failed', 'the release commit was not deployed outside production first');
}

function checkRegression(facts: ChecklistFacts): CheckResult {
  const { release } = facts;
  const evidence = [...release.incidents, ...release.rolledBackBy, ...release.hotfixedBy];
  if (release.result === 'failure') return answer('failed', 'the deployment failed', [release.id]);
  if (release.failed) {
    const parts = [
      release.incidents.length > 0 ? `${release.incidents.length} incident(s)` : '',
      release.rolledBack ? 'rolled back' : '',
      release.hotfixedBy.length > 0 ? `${release.hotfixedBy.length} hotfix(es)` : '',
    ].filter(Boolean);
    return answer('failed', `followed by ${parts.join(', ')}`, evidence);
  }
  if (facts.now.getTime() < Date.parse(release.at) + DAY_MS) {
    return answer('pending', 'less than a day since the release');
  }
  return answer('passed', 'no incident, rollback or hotfix followed');
}

function checkFlags(facts: ChecklistFacts): CheckResult {
  if (facts.flags.length === 0) return answer('no-data', 'no feature flags imported for the service');
  const at = Date.parse(facts.release.at);
  const stale = facts.flags.filter(
    (flag) =>
      Date.parse(flag.createdAt) < at - STALE_FLAG_DAYS * DAY_MS &&
      (flag.removedAt === undefined || Date.parse(flag.removedAt) > at),
  );
  return stale.length > 0
    ? answer(
        'failed',
        `${stale.length} flag(s) older than ${STALE_FLAG_DAYS} days were still active: ${stale.map((f) => f.key).join(', ')}`,
        stale.map((flag) => `flag:${flag.service}#${flag.key}`),
      )
    : answer('passed', `no flag older than ${STALE_FLAG_DAYS} days was active`);
}

function runCheck(
  check: ReleaseCheck,
  facts: ChecklistFacts,
  signoff: ReleaseSignoff | undefined,
): CheckResult {
  const { release } = facts;
  switch (check) {
    case 'ci-green':
      return checkCi(facts);
    case 'error-budget':
      return checkBudget(facts);
    case 'rollback-plan':
      return checkRollbackPlan(facts, signoff);
    case 'staging-first':
      return checkStaging(facts);
    case 'rollout-complete':
      return release.result === 'failure'
        ? answer('failed', 'the production deployment failed', [release.id])
        : answer('passed', `deployed to ${release.environment}`, [release.id]);
    case 'no-regression':
      return checkRegression(facts);
    case 'release-notes':
      return release.versionSource === 'release'
        ? answer('passed', `published as release ${release.version}`)
        : answer('no-data', 'no published release names this version');
    case 'flags-cleaned':
      return checkFlags(facts);
    case 'retro-needed':
      return release.failed
        ? answer('pending', 'the release failed, so a retrospective is due')
        : answer('not-needed', 'the release went well');
  }
}

function toStatus(check: CheckResult | undefined, signoff: ReleaseSignoff | undefined): ItemStatus {
  if (check?.result === 'failed') return 'failed';
  if (check?.result === 'passed' || signoff !== undefined) return 'done';
  if (check?.result === 'not-needed') return 'not-needed';
  return 'open';
}

export function evaluateChecklist(facts: ChecklistFacts): ChecklistState {
  const byItem = new Map(facts.signoffs.map((signoff) => [signoff.item, signoff]));
  const items = RELEASE_CHECKLIST.map((item: ChecklistItem): ChecklistEntry => {
    const signoff = byItem.get(item.id);
    const check = item.check ? runCheck(item.check, facts, signoff) : undefined;
    return {
      item: item.id,
      phase: item.phase,
      title: item.title,
      status: toStatus(check, signoff),
      ...(check ? { check } : {}),
      ...(signoff ? { signoff } : {}),
    };
  });
  const summary: Record<ItemStatus, number> = { done: 0, failed: 0, open: 0, 'not-needed': 0 };
  for (const entry of items) summary[entry.status]++;
  return { items, summary };
}
