/**
 * CI runs: one per push to a pull request branch and one per push to main. Durations are minutes, with a
 * typical time per repository; about one pull-request run in nine fails (the author pushes a fix) and a
 * few are cancelled when a newer push supersedes them.
 *
 * Branch runs of rebased or squashed pull requests carry no commit id: those branch commits were rewritten
 * on merge and exist in no history, as with GitHub's own merge buttons.
 */
import type { CiRun } from '../../domain/records/ci-run.js';
import type { MainlineHead } from './activity-commits.js';
import type { CodePlan } from './activity-pull-requests.js';
import type { Random } from './random.js';
import { formatInstant, MINUTE_MS } from './time.js';
import type { DemoWindow } from './window.js';

export const CI_SOURCE = 'demo-ci';
const PIPELINE = 'build-and-test';

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
    runs.push({
      source: CI_SOURCE,
      key: `${draft.repo}/${number}`,
      repository: draft.repo,
      pipeline: PIPELINE,
      ...(draft.sha ? { commitSha: draft.sha } : {}),
      branch: draft.branch,
      trigger: draft.trigger,
      result: draft.result,
      startedAt: formatInstant(draft.startedAt),
      finishedAt: formatInstant(finishedAt),
    });
  }
  return runs;
}
