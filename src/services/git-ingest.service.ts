/**
 * Ingesting a local git repository: commits with file stats, tags, and optionally deployments read off
 * tags or merges. Unlike file imports (all or nothing), a repository can hold millions of commits, so
 * commits are written in chunks that each commit on their own; the cursor that makes the next run
 * incremental is saved only after the last chunk, so a crash costs a re-read, never a gap. A malformed
 * commit or tag is skipped and counted, with its sha in the issue; the run goes on.
 */
import { type CommitLog, openCommitLog, readFirstParentMerges } from '../connectors/git/client.js';
import { readGitCursor, saveGitCursor } from '../connectors/git/cursor.js';
import { toMergeDeployments, toTagDeployments } from '../connectors/git/deployments.js';
import { GIT_SOURCE, type MappedTag, toCommit, toTag } from '../connectors/git/map.js';
import type { Issue } from '../domain/errors.js';
import type { Commit, Deployment } from '../domain/records/index.js';
import { recordIngestRun, type StoreSession, type UpsertCounts, upsertRecords } from '../store/index.js';
import { createAuthorshipTally } from './authorship-tally.js';
import {
  type GitDeploymentOptions,
  type GitIngestPlan,
  type GitIngestRequest,
  planGitIngest,
} from './git-ingest-plan.js';
import { collectGarbage } from './heap.js';

export {
  deriveRepositoryName,
  type GitDeploymentOptions,
  type GitIngestPlan,
  type GitIngestRequest,
  planGitIngest,
} from './git-ingest-plan.js';

/** Commits per write: each chunk is its own transaction, so memory and lock time stay flat (5,000 measured
 * the same speed and ~60 MB more peak memory: parsed commits waiting for a write outlive the young heap). */
export const GIT_CHUNK_SIZE = 2_000;
/** Commits written between two full garbage collections (see heap.ts). */
const COLLECT_EVERY = 20_000;
/** Issues kept for the summary; the count covers all. */
const MAX_LISTED_ISSUES = 50;

export interface GitIngestProgress {
  /** Commits read so far in this run. */
  records: number;
  /** Commits this run will read; null until git has listed them. */
  total: number | null;
  ratePerSecond: number;
  /** Estimated from the rate so far; null before there is one or before the total is known. */
  secondsLeft: number | null;
}

export interface GitIngestOptions extends GitIngestRequest {
  onProgress?: ((progress: GitIngestProgress) => void) | undefined;
}

export interface GitIngestSummary {
  repository: string;
  path: string;
  /** Commits read and written this run: all of them the first time, then only the new ones. */
  commits: number;
  tags: number;
  deployments: number;
  /** Malformed commits and tags left out; `issues` lists the first of them. */
  skipped: number;
  issues: Issue[];
  /** When the run this one continued from finished (ISO); null when the whole history was read. */
  newSince: string | null;
  /** When the cursor the store now holds for the repository was saved (ISO): this run's end, or the last one's. */
  savedAt: string;
  written: { commit: UpsertCounts; tag: UpsertCounts; deployment: UpsertCounts };
}

/** A commit log the caller started before the store was open, reading the plan's tips minus `exclude`. */
export interface StartedCommitLog {
  exclude: readonly string[];
  log: Promise<CommitLog>;
}

export async function ingestGitRepository(
  store: StoreSession,
  options: GitIngestOptions,
  /** What to read, when the caller worked it out already (the CLI does, to skip a run with nothing new). */
  plan?: GitIngestPlan,
  /** Used when it excludes exactly what the store's cursor does; closed otherwise. */
  started?: StartedCommitLog,
): Promise<GitIngestSummary> {
  const startedAt = new Date();
  const { repoPath, repository, service, refs, digest } = plan ?? (await planGitIngest(options));
  const cursor = await readGitCursor(store, repository);
  const issues: Issue[] = [];
  let skipped = 0;
  const skip = (issue: Issue) => {
    skipped += 1;
    if (issues.length < MAX_LISTED_ISSUES) issues.push(issue);
  };

  const seen = new Set(cursor?.tips ?? []);
  const nothingNew = cursor !== null && refs.tips.every((tip) => seen.has(tip));
  const exclude = cursor?.tips ?? [];
  const startedLog = started && sameShas(started.exclude, exclude) && !nothingNew ? started.log : null;
  if (started && !startedLog) await (await started.log).close();
  if (nothingNew && cursor.digest === digest) {
    // Same tips, same tags, same deployment rules: the last run already wrote everything this one would.
    const none = emptyCounts();
    return {
      repository,
      path: repoPath,
      commits: 0,
      tags: 0,
      deployments: 0,
      skipped: 0,
      issues: [],
      newSince: cursor.savedAt.toISOString(),
      savedAt: cursor.savedAt.toISOString(),
      written: { commit: none, tag: emptyCounts(), deployment: emptyCounts() },
    };
  }
  const commitCounts = emptyCounts();
  const tally = createAuthorshipTally(repository);
  let commits = 0;
  let read = 0;
  if (!nothingNew) {
    const log = await (startedLog ?? openCommitLog(repoPath, { include: refs.tips, exclude }));
    const readStarted = Date.now();
    const pending: Commit[] = [];
    let sinceCollected = 0;
    const write = async (chunk: Commit[]) => {
      const written = await upsertRecords(store, 'commit', chunk);
      addCounts(commitCounts, written);
      tally.add(chunk, written);
      options.onProgress?.(measureProgress(read, log.total, readStarted));
      sinceCollected += chunk.length;
      if (sinceCollected >= COLLECT_EVERY) {
        sinceCollected = 0;
        collectGarbage();
      }
    };
    for await (const batch of log.batches) {
      for (const entry of batch) {
        const mapped = toCommit(entry, repository);
        if (mapped.kind === 'issue') skip(mapped.issue);
        else pending.push(mapped.record);
      }
      read += batch.length;
      while (pending.length >= GIT_CHUNK_SIZE) await write(pending.splice(0, GIT_CHUNK_SIZE));
    }
    if (pending.length > 0) await write(pending.splice(0));
    commits = read - skipped;
  }

  const tags: MappedTag[] = [];
  for (const entry of refs.tags) {
    const mapped = toTag(entry, repository);
    if (mapped.kind === 'issue') skip(mapped.issue);
    else tags.push(mapped.record);
  }
  const tagCounts = await upsertRecords(
    store,
    'tag',
    tags.map((mapped) => mapped.tag),
  );
  const deployments = await detectDeployments(repoPath, repository, service, tags, options.deployments);
  const deploymentCounts = await upsertRecords(store, 'deployment', deployments);

  const finishedAt = new Date();
  await store.transaction(async (tx) => {
    const cursorRun = { read: commits, ...commitCounts, startedAt, finishedAt };
    await saveGitCursor(tx, { repository, path: repoPath, tips: refs.tips, digest }, cursorRun);
    await tally.save(tx);
    const run = { source: GIT_SOURCE, file: repoPath, startedAt, finishedAt };
    await recordIngestRun(tx, { ...run, type: 'tag', read: tags.length, ...tagCounts });
    if (deployments.length > 0) {
      await recordIngestRun(tx, {
        ...run,
        type: 'deployment',
        read: deployments.length,
        ...deploymentCounts,
      });
    }
  });
  return {
    repository,
    path: repoPath,
    commits,
    tags: tags.length,
    deployments: deployments.length,
    skipped,
    issues,
    newSince: cursor ? cursor.savedAt.toISOString() : null,
    savedAt: finishedAt.toISOString(),
    written: { commit: commitCounts, tag: tagCounts, deployment: deploymentCounts },
  };
}

async function detectDeployments(
  repoPath: string,
  repository: string,
  service: string,
  tags: readonly MappedTag[],
  options: GitDeploymentOptions | undefined,
): Promise<Deployment[]> {
  const target = { repository, service };
  const found: Deployment[] = [];
  if (options?.tags) found.push(...toTagDeployments(tags, options.tags, target));
  if (options?.branch) {
    const merges = await readFirstParentMerges(repoPath, options.branch);
    found.push(...toMergeDeployments(merges, options.branch, target));
  }
  return found;
}

function measureProgress(records: number, total: number | null, startedMs: number): GitIngestProgress {
  const seconds = Math.max((Date.now() - startedMs) / 1000, 0.001);
  const ratePerSecond = records / seconds;
  const secondsLeft =
    ratePerSecond > 0 && total !== null ? Math.max(total - records, 0) / ratePerSecond : null;
  return { records, total, ratePerSecond, secondsLeft };
}

function sameShas(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((sha) => set.has(sha));
}

function emptyCounts(): UpsertCounts {
  return { inserted: 0, updated: 0, unchanged: 0 };
}

function addCounts(total: UpsertCounts, more: UpsertCounts): void {
  total.inserted += more.inserted;
  total.updated += more.updated;
  total.unchanged += more.unchanged;
}
