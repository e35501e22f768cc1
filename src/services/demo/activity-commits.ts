/**
 * Lays down each repository's history from the planned changes, in the order they reach main:
 * - rebase merges replay the branch commits onto main (committer time = merge time, author time kept);
 * - squash merges land one commit carrying the pull request's title and number;
 * - merge commits keep the branch (based on main as it was when the work started) and join it with a
 *   two-parent commit;
 * - direct commits go straight to main.
 * The result is a linear-ish first-parent chain per repository with occasional merge bubbles, and the
 * first-parent heads over time, which is what deployments ship.
 *
 * Each commit lists the files it touched (activity-commit-files.ts); its additions, deletions and
 * filesChanged are the sums over those files. A squash commit carries its pull request's files folded
 * together; a merge commit, like `git log --numstat`, lists none.
 */
import type { Commit, CommitFile } from '../../domain/records/commit.js';
import { type FilePlanner, squashFiles } from './activity-commit-files.js';
import type { CodePlan, PlannedCommit, PlannedPullRequest } from './activity-pull-requests.js';
import type { Random } from './random.js';
import { formatInstant, type OffsetLookup } from './time.js';

export const GIT_SOURCE = 'demo-git';

/** The first-parent head of a repository's main branch from a given instant on. */
export interface MainlineHead {
  sha: string;
  at: number;
}

export interface History {
  commits: Commit[];
  /** Repository → main heads in time order. */
  mainlines: Map<string, MainlineHead[]>;
}

const GITHUB_COMMITTER = { name: 'GitHub', email: 'noreply@github.com' };

type Landing = { at: number; pr: PlannedPullRequest } | { at: number; direct: PlannedCommit };

export function buildHistory(
  plan: CodePlan,
  repositories: string[],
  random: Random,
  offsets: OffsetLookup,
  files: FilePlanner,
): History {
  const landings = new Map<string, Landing[]>(repositories.map((repo) => [repo, []]));
  for (const pr of plan.pullRequests) {
    if (pr.state === 'merged' && pr.endedAt !== undefined)
      landings.get(pr.repo)?.push({ at: pr.endedAt, pr });
  }
  for (const { repo, commit } of plan.directCommits) {
    landings.get(repo)?.push({ at: commit.authoredAt + random.nextInt(5, 120) * 1000, direct: commit });
  }
  const timed: { at: number; commit: Commit }[] = [];
  const mainlines = new Map<string, MainlineHead[]>();
  for (const repo of repositories) {
    const mainline: MainlineHead[] = [];
    const sorted = (landings.get(repo) ?? []).sort((a, b) => a.at - b.at);
    const emit = (
      planned: PlannedCommit,
      parents: string[],
      committedAt: number,
      viaGithub: boolean,
      touched: CommitFile[] = files.plan(repo, planned),
    ): string => {
      const sha = random.makeHex(40);
      timed.push({
        at: committedAt,
        commit: toCommit(repo, sha, parents, planned, touched, committedAt, viaGithub, offsets),
      });
      return sha;
    };
    const head = (): string[] => {
      const last = mainline.at(-1);
      return last ? [last.sha] : [];
    };
    for (const landing of sorted) {
      // Two merges in the same second still land one after the other, keeping heads in time order.
      const at = Math.max(landing.at, (mainline.at(-1)?.at ?? 0) + 1000);
      if ('direct' in landing) {
        mainline.push({ sha: emit(landing.direct, head(), at, false), at });
        continue;
      }
      const { pr } = landing;
      // A branch started before main has any commit in the window has no base to merge from: rebase it.
      if (pr.strategy === 'merge' && !findHead(mainline, pr.commits[0]?.authoredAt ?? at))
        pr.strategy = 'rebase';
      if (pr.strategy === 'squash') {
        const last = pr.commits.at(-1);
        if (!last) continue;
        const touched = squashFiles(pr.commits.map((planned) => files.plan(repo, planned)));
        const squashed: PlannedCommit = {
          ...last,
          subject: `${pr.title} (#${pr.number})`,
          additions: sum(pr.commits, (c) => c.additions),
          deletions: sum(pr.commits, (c) => c.deletions),
          filesChanged: touched.length,
        };
        const sha = emit(squashed, head(), at, true, touched);
        pr.landedShas = [sha];
        pr.mergeCommitSha = sha;
        mainline.push({ sha, at });
      } else if (pr.strategy === 'rebase') {
        pr.commits.forEach((planned, index) => {
          const committedAt = at + index * 1000;
          const sha = emit(planned, head(), committedAt, true);
          pr.landedShas.push(sha);
          mainline.push({ sha, at: committedAt });
        });
        pr.mergeCommitSha = pr.landedShas.at(-1);
      } else {
        const base = findHead(mainline, pr.commits[0]?.authoredAt ?? at);
        let tip = base ? [base] : [];
        for (const planned of pr.commits) {
          const committedAt = Math.min(planned.authoredAt + random.nextInt(0, 600) * 1000, pr.createdAt);
          tip = [emit(planned, tip, Math.max(committedAt, planned.authoredAt), false)];
          pr.landedShas.push(tip[0] as string);
        }
        const merge: PlannedCommit = {
          author: pr.author,
          email: pr.author.gitEmails[0] ?? pr.author.email,
          authoredAt: at,
          subject: `Merge pull request #${pr.number} from fernwood/${pr.headBranch}`,
          additions: 0,
          deletions: 0,
          filesChanged: 0,
        };
        // `git log --numstat` shows no files for a merge commit.
        const sha = emit(merge, [...head(), ...tip], at, true, []);
        pr.mergeCommitSha = sha;
        mainline.push({ sha, at });
      }
    }
    mainlines.set(repo, mainline);
  }
  timed.sort((a, b) => a.at - b.at || a.commit.key.localeCompare(b.commit.key));
  return { commits: timed.map((entry) => entry.commit), mainlines };
}

/** The main head at an instant: the last first-parent commit at or before it. */
export function findHead(mainline: readonly MainlineHead[], at: number): string | undefined {
  let low = 0;
  let high = mainline.length - 1;
  let found: string | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const entry = mainline[middle] as MainlineHead;
    if (entry.at <= at) {
      found = entry.sha;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function toCommit(
  repo: string,
  sha: string,
  parents: string[],
  planned: PlannedCommit,
  files: CommitFile[],
  committedAt: number,
  viaGithub: boolean,
  offsets: OffsetLookup,
): Commit {
  const authorOffset = offsets(planned.author.timeZone, planned.authoredAt);
  const committerOffset = viaGithub ? 0 : offsets(planned.author.timeZone, committedAt);
  return {
    source: GIT_SOURCE,
    key: `${repo}@${sha}`,
    repository: repo,
    sha,
    parents,
    authorName: planned.author.displayName,
    authorEmail: planned.email,
    authoredAt: formatInstant(planned.authoredAt, authorOffset),
    authorOffsetMinutes: authorOffset,
    committerName: viaGithub ? GITHUB_COMMITTER.name : planned.author.displayName,
    committerEmail: viaGithub ? GITHUB_COMMITTER.email : planned.email,
    committedAt: formatInstant(committedAt, committerOffset),
    committerOffsetMinutes: committerOffset,
    subject: planned.subject,
    additions: sum(files, (file) => file.additions),
    deletions: sum(files, (file) => file.deletions),
    filesChanged: files.length,
    files,
    services: [repo],
  };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
