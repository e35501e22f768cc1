/**
 * The command line's shortcut for a re-run with nothing new. Starting the embedded database costs more
 * than half a second (PostgreSQL compiled to WebAssembly), most of a re-run when the repository has not
 * moved. So after a run the CLI leaves a mark beside the database: the digest of what the run read, when
 * its cursor was saved, and the database's stamp taken after it closed (`store/stamp.ts`). The next run
 * with the same digest and the same stamp can say "nothing new" without opening the database. Anything
 * that used the database since (another ingest, a sync, `serve`, a restored backup) changed the stamp, and
 * so does a new version of Sextant; then the run opens the store as usual. The store's cursor stays the
 * truth: a mark can only skip a run that would have written nothing.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readEmbeddedStoreStamp } from '../store/stamp.js';
import type { GitIngestSummary } from './git-ingest.service.js';
import type { GitIngestPlan } from './git-ingest-plan.js';
import { readVersion } from './version.js';

interface GitIngestMark {
  version: string;
  repository: string;
  digest: string;
  savedAt: string;
  stamp: string;
}

/** `<workspace>/.sextant/git-marks/`, beside `db/`. */
function markFile(dataDir: string, repository: string): string {
  return path.join(path.dirname(dataDir), 'git-marks', `${repository}.json`);
}

/**
 * The summary of a run with nothing new when the mark proves it, else null. `dataDir` is the embedded
 * database's folder.
 */
export async function findUnchangedGitIngest(
  dataDir: string,
  plan: GitIngestPlan,
): Promise<GitIngestSummary | null> {
  const mark = await readMark(markFile(dataDir, plan.repository));
  if (!mark || mark.version !== readVersion() || mark.digest !== plan.digest) return null;
  if (mark.stamp !== (await readEmbeddedStoreStamp(dataDir))) return null;
  const none = () => ({ inserted: 0, updated: 0, unchanged: 0 });
  return {
    repository: plan.repository,
    path: plan.repoPath,
    commits: 0,
    tags: 0,
    deployments: 0,
    skipped: 0,
    issues: [],
    newSince: mark.savedAt,
    savedAt: mark.savedAt,
    written: { commit: none(), tag: none(), deployment: none() },
  };
}

/**
 * Whether no run has left a mark for the repository: most likely its first ingest, so the history can be
 * read whole before the store says so (the store's cursor still decides; see ingestGitRepository).
 */
export async function isUnmarkedGitIngest(dataDir: string, repository: string): Promise<boolean> {
  return (await readMark(markFile(dataDir, repository))) === null;
}

/** Leaves the mark of a completed run; call it after the store has closed, so the stamp is final. */
export async function markGitIngested(
  dataDir: string,
  plan: GitIngestPlan,
  summary: GitIngestSummary,
): Promise<void> {
  const stamp = await readEmbeddedStoreStamp(dataDir);
  if (stamp === null) return;
  const file = markFile(dataDir, plan.repository);
  const mark: GitIngestMark = {
    version: readVersion(),
    repository: plan.repository,
    digest: plan.digest,
    savedAt: summary.savedAt,
    stamp,
  };
  await mkdir(path.dirname(file), { recursive: true });
  // Written whole or not at all: a torn mark would only cost a normal run, but never leave a half file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, `${JSON.stringify(mark, null, 2)}\n`);
  await rename(partial, file);
}

async function readMark(file: string): Promise<GitIngestMark | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<GitIngestMark>;
    const { version, repository, digest, savedAt, stamp } = parsed;
    if ([version, repository, digest, savedAt, stamp].some((value) => typeof value !== 'string')) return null;
    return parsed as GitIngestMark;
  } catch {
    return null;
  }
}
