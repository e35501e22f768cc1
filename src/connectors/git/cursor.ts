/**
 * Where the git connector resumes: the ref tips it had read everything behind, last time. A re-run reads
 * `new tips --not old tips`, so only commits that became reachable since. The cursor lives in the store,
 * not beside it, so it can never claim history that a fresh or different database does not hold: it is the
 * `file` column of the run's commit row in `ingest_runs`, as JSON, written in the same transaction as the
 * run's bookkeeping after every chunk of commits has committed. A crash before that leaves the old cursor,
 * and the next run re-reads and upserts the same commits again, harmlessly.
 */
import { recordIngestRun, type StoreSession, type UpsertCounts } from '../../store/index.js';
import { GIT_SOURCE } from './map.js';

export interface GitCursor {
  /** Repository name the records carry. */
  repository: string;
  /** Absolute path read from; informative, since the tips are what count. */
  path: string;
  /** Commit shas of every ref read, sorted. */
  tips: string[];
  /**
   * A digest of everything a run derives records from besides new commits: the tags, the tips and the
   * deployment options. Equal digests and no new tips mean the run would write nothing new.
   */
  digest?: string | undefined;
}

export interface SavedGitCursor extends GitCursor {
  /** When the run that saved it finished. */
  savedAt: Date;
}

/** The latest cursor saved for a repository, or null before its first complete run. */
export async function readGitCursor(store: StoreSession, repository: string): Promise<SavedGitCursor | null> {
  // CASE makes the JSON cast run only on rows this connector wrote; `and` would not promise the order.
  const rows = await store.query<{ file: string; finished_at: Date | string }>(
    `select file, finished_at from ingest_runs
     where source = $1 and type = 'commit'
       and (case when file like '{%' then (file::jsonb ->> 'repository') end) = $2
     order by finished_at desc, id desc limit 1`,
    [GIT_SOURCE, repository],
  );
  const row = rows[0];
  if (!row) return null;
  const parsed = JSON.parse(row.file) as Partial<GitCursor>;
  if (!Array.isArray(parsed.tips) || typeof parsed.path !== 'string') return null;
  return {
    repository,
    path: parsed.path,
    tips: parsed.tips.filter((tip): tip is string => typeof tip === 'string'),
    digest: typeof parsed.digest === 'string' ? parsed.digest : undefined,
    savedAt: new Date(row.finished_at),
  };
}

/** Records the run's commit row carrying the cursor; call it inside the transaction that closes the run. */
export async function saveGitCursor(
  store: StoreSession,
  cursor: GitCursor,
  run: UpsertCounts & { read: number; startedAt: Date; finishedAt: Date },
): Promise<void> {
  const file = JSON.stringify({
    repository: cursor.repository,
    path: cursor.path,
    tips: cursor.tips,
    digest: cursor.digest,
  });
  await recordIngestRun(store, { source: GIT_SOURCE, type: 'commit', file, ...run });
}
