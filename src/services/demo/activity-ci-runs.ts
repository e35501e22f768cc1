/**
 * CI runs: one per push to a pull request branch and one per push to main. Durations are minutes, with a
 * typical time per repository; about one pull-request run in nine fails (the author pushes a fix) and a
 * few are cancelled when a newer push supersedes them.
 *
 * Branch runs of rebased or squashed pull requests carry no commit id: those branch commits were rewritten
 * on merge and exist in no history, as with GitHub's own merge buttons.
 *
 * The repositories of the teams on the shared pipeline template also report their jobs: `build`, `test`
 * and, on main, `deploy` (to staging), each a record with `job` set and `run` pointing at its run. A job
 * after a failed or cancelled one is skipped and has no record. Their test suites are a little flaky: a
 * few times a month a run fails in `test` and someone re-runs it for the same commit, which passes on
 * `attempt` 2. Every run and job carries its attempt.
 */
import type { CiRun } from '../../domain/records/ci-run.js';
import type { MainlineHead } from './activity-commits.js';
import type { CodePlan } from './activity-pull-requests.js';
import { findService } from './catalog.js';
import type { Random } from './random.js';
import { formatInstant, MINUTE_MS } from './time.js';
import type { DemoWindow } from './window.js';

export const CI_SOURCE = 'demo-ci';
const PIPELINE = 'build-and-test';

/** Teams whose repositories use the shared pipeline template, which reports job-level results. */
export const JOB_LEVEL_TEAMS = ['checkout', 'payments', 'platform-engineering'];
/** Chance that a passing run with a commit fails on a flaky test first and is re-run. */
const FLAKY_RATE = 0.012;

interface Draft {
  repo: string;
  startedAt: number;
  minutes: number;
  result: CiRun['result'];
  trigger: 'pull_request' | 'push';
  branch: string;
  sha?: string;
}

export function generateCiRuns(
  plan: CodePlan,
  mainlines: Map<string, MainlineHead[]>,
  window: DemoWindow,
  random: Random,
  jobRandom: Random,
): CiRun[] {
  const typical = new Map<string, number>();
  const minutesFor = (repo: string): number => {
    let median = typical.get(repo);
    if (median === undefined) {
      median = random.sampleLogNormal(9, 0.35);
      typical.set(repo, median);
    }
    return Math.max(1.5, random.sampleLogNormal(median, 0.3));
  };
  const drafts: Draft[] = [];
  for (const pr of plan.pullRequests) {
    const keepsCommits = pr.strategy === 'merge' && pr.state === 'merged';
    // Pushes: after the last commit, and after a couple of the earlier ones.
    pr.commits.forEach((commit, index) => {
      const isLast = index === pr.commits.length - 1;
      if (!isLast && !random.flip(0.45)) return;
      const startedAt =
        (isLast ? Math.max(commit.authoredAt, pr.createdAt) : commit.authoredAt) +
        random.nextInt(20, 90) * 1000;
      const result = random.pickWeighted([
        ['success', 86],
        ['failure', 11],
        ['cancelled', 3],
      ] as const);
      const sha = keepsCommits ? pr.landedShas[index] : undefined;
      drafts.push({
        repo: pr.repo,
        startedAt,
        minutes: minutesFor(pr.repo),
        result,
        trigger: 'pull_request',
        branch: pr.headBranch,
        ...(sha ? { sha } : {}),
      });
    });
  }
  for (const [repo, mainline] of mainlines) {
    mainline.forEach((head, index) => {
      // A rebase lands several commits in one push: only the last of a burst gets a run.
      const next = mainline[index + 1];
      if (next && next.at - head.at < 5000) return;
      const result = random.pickWeighted([
        ['success', 95],
        ['failure', 4],
        ['cancelled', 1],
      ] as const);
      drafts.push({
        repo,
        startedAt: head.at + random.nextInt(5, 40) * 1000,
        minutes: minutesFor(repo),
        result,
        trigger: 'push',
        branch: 'main',
        sha: head.sha,
      });
    });
  }
  drafts.sort((a, b) => a.startedAt - b.startedAt || a.repo.localeCompare(b.repo));
  const numbers = new Map<string, number>();
  const runs: CiRun[] = [];
  for (const draft of drafts) {
    const minutes = draft.result === 'cancelled' ? draft.minutes * random.nextFloat() + 0.5 : draft.minutes;
    const finishedAt = draft.startedAt + minutes * MINUTE_MS;
    if (finishedAt >= window.endMs) continue;
    const number = (numbers.get(draft.repo) ?? 1000) + 1;
    numbers.set(draft.repo, number);
    const key = `${draft.repo}/${number}`;
    if (!JOB_LEVEL_TEAMS.includes(findService(draft.repo).owner)) {
      runs.push(toRun(draft, key, 1, draft.result, draft.startedAt, finishedAt));
      continue;
    }
    const flaky = draft.sha !== undefined && draft.result === 'success' && jobRandom.flip(FLAKY_RATE);
    const result = flaky ? 'failure' : draft.result;
    runs.push(toRun(draft, key, 1, result, draft.startedAt, finishedAt));
    runs.push(...planJobs(draft, key, 1, result, draft.startedAt, finishedAt, jobRandom, flaky));
    if (!flaky) continue;
    // Someone notices the red build and re-runs it; the flaky test passes this time.
    const retryAt = finishedAt + jobRandom.sampleLogNormal(25, 0.8) * MINUTE_MS;
    const retryEnd = retryAt + draft.minutes * jobRandom.sampleLogNormal(1, 0.1) * MINUTE_MS;
    if (retryEnd >= window.endMs) continue;
    const retryKey = `${key}/attempts/2`;
    runs.push(toRun(draft, retryKey, 2, 'success', retryAt, retryEnd));
    runs.push(...planJobs(draft, retryKey, 2, 'success', retryAt, retryEnd, jobRandom, false));
  }
  runs.sort((a, b) =>
    a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.key < b.key ? -1 : 1,
  );
  return runs;
}

function toRun(
  draft: Draft,
  key: string,
  attempt: number,
  result: CiRun['result'],
  startedAt: number,
  finishedAt: number,
  job?: { name: string; run: string },
): CiRun {
  // Built field by field (in the record's order): the hottest path of the CI generator.
  const run: Partial<CiRun> = {
    source: CI_SOURCE,
    key: job ? `${key}/jobs/${job.name}` : key,
    repository: draft.repo,
    pipeline: PIPELINE,
  };
  if (draft.sha) run.commitSha = draft.sha;
  run.branch = draft.branch;
  run.trigger = draft.trigger;
  if (job) {
    run.job = job.name;
    run.run = job.run;
  }
  run.attempt = attempt;
  run.result = result;
  run.startedAt = formatInstant(startedAt);
  run.finishedAt = formatInstant(finishedAt);
  return run as CiRun;
}

/**
 * The jobs of one run, back to back within it. A failing run fails in `test` (or now and then in
 * `build`); a cancelled one stops in whichever job was running. Jobs after that one are skipped.
 */
function planJobs(
  draft: Draft,
  key: string,
  attempt: number,
  result: CiRun['result'],
  startedAt: number,
  finishedAt: number,
  random: Random,
  flakyTest: boolean,
): CiRun[] {
  const names = draft.branch === 'main' ? ['build', 'test', 'deploy'] : ['build', 'test'];
  const shares = names.map((name) => (name === 'build' ? 0.3 : name === 'test' ? 0.55 : 0.15));
  let last = names.length - 1;
  if (result === 'failure') last = flakyTest || random.flip(0.75) ? 1 : 0;
  if (result === 'cancelled') last = random.nextInt(0, names.length - 1);
  const total = shares.slice(0, last + 1).reduce((sum, share) => sum + share, 0);
  const span = finishedAt - startedAt;
  const jobs: CiRun[] = [];
  let at = startedAt;
  for (let index = 0; index <= last; index += 1) {
    const name = names[index] as string;
    // A few seconds to pick up a runner between jobs.
    const start = index === 0 ? at : Math.min(at + random.nextInt(2, 15) * 1000, finishedAt);
    const end = index === last ? finishedAt : Math.max(start, at + (span * (shares[index] ?? 0)) / total);
    jobs.push(
      toRun(draft, key, attempt, index === last ? result : 'success', start, end, {
        name,
        run: `${CI_SOURCE}:${key}`,
      }),
    );
    at = end;
  }
  return jobs;
}
