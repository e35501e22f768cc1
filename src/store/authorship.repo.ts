/**
 * Authorship queries for knowledge concentration: per (repository, file, author email) change counts, either
 * from the rollup (`schema/authorship.ts`) or, for a time window the rollup cannot answer, straight from the
 * commits' file lists; the renames; and per-author commit counts with what the staleness check needs.
 *
 * The rollup of a repository is trusted only while it covers exactly the commits stored: `stamp.commits`
 * equals their count and no commit was rewritten (an upsert that changed it: `updated_at > ingested_at`)
 * after the rollup was rebuilt (`stamp.refreshedAt`). Records are never deleted, so a changed count always means new commits.
 */
import type { StoreSession } from './store.js';

/** `[from, to)` on author time; either end may be open. */
export interface AuthoredWindow {
  from: Date | null;
  to: Date | null;
}

export interface AuthorshipRow {
  repository: string;
  path: string;
  authorEmail: string;
  changes: number;
  firstAt: Date;
}

export interface RenameRow {
  repository: string;
  oldPath: string;
  path: string;
  renamedAt: Date;
}

export interface CommitAuthorRow {
  repository: string;
  authorEmail: string;
  /** All of the author's commits in the repository. */
  commits: number;
  /** Those authored inside the window (all of them without one). */
  inWindow: number;
  /** The latest instant one of them was rewritten by an upsert that changed it; null when none was. */
  rewrittenAt: Date | null;
}

export interface AuthorshipStamp {
  repository: string;
  commits: number;
  refreshedAt: Date;
}

/** An addition to one repository's rollup: the commits of an ingest run, all of them new. */
export interface AuthorshipDelta {
  repository: string;
  commits: number;
  rows: readonly { path: string; authorEmail: string; changes: number; firstAt: Date; lastAt: Date }[];
  renames: readonly { oldPath: string; path: string; renamedAt: Date }[];
}

const RECENT_COMMITS = 500;

/**
 * Per repository, file (with the path it was renamed from, if any) and author: changes and the first and last
 * author time. `$1` the repositories, `$2`/`$3` the window.
 */
const TOUCHED_SQL = `select c.repository, f.path, f."oldPath" as old_path, c.author_email,
    count(*)::int as changes, min(c.authored_at) as first_at, max(c.authored_at) as last_at
  from commits c cross join lateral jsonb_to_recordset(c.files) as f(path text, "oldPath" text)
  where c.repository = any($1::text[]) and ($2::timestamptz is null or c.authored_at >= $2)
    and ($3::timestamptz is null or c.authored_at < $3)
  group by c.repository, f.path, f."oldPath", c.author_email`;

const WINDOW_FILTER = `($2::timestamptz is null or c.authored_at >= $2) and ($3::timestamptz is null or c.authored_at < $3)`;

export async function listCommitAuthors(
  store: StoreSession,
  repositories: readonly string[],
  window: AuthoredWindow,
): Promise<CommitAuthorRow[]> {
  // The whole-history read is the hot one (the truck factor after an ingest): no window filter at all there,
  // since even a filter that always passes costs a third more on 100k commits.
  const windowed = window.from !== null || window.to !== null;
  const rows = await store.query<{
    repository: string;
    author_email: string;
    commits: number;
    in_window: number;
    rewritten_at: Date | string | null;
  }>(
    `select c.repository, c.author_email, count(*)::int as commits,
       ${windowed ? `count(*) filter (where ${WINDOW_FILTER})::int` : 'count(*)::int'} as in_window,
       max(c.updated_at) filter (where c.updated_at > c.ingested_at) as rewritten_at
     from commits c
     where c.repository = any($1::text[])
     group by c.repository, c.author_email`,
    windowed ? [repositories, window.from, window.to] : [repositories],
  );
  return rows.map((row) => ({
    repository: row.repository,
    authorEmail: row.author_email,
    commits: row.commits,
    inWindow: row.in_window,
    rewrittenAt: row.rewritten_at === null ? null : new Date(row.rewritten_at),
  }));
}

export async function listAuthorshipStamps(
  store: StoreSession,
  repositories: readonly string[],
): Promise<AuthorshipStamp[]> {
  const rows = await store.query<{ repository: string; commits: number; refreshed_at: Date | string }>(
    'select repository, commits, refreshed_at from authorship_stamps where repository = any($1::text[])',
    [repositories],
  );
  return rows.map((row) => ({
    repository: row.repository,
    commits: row.commits,
    refreshedAt: new Date(row.refreshed_at),
  }));
}

/** Rebuilds one repository's rollup from its commits, in one transaction. */
export async function rebuildAuthorship(store: StoreSession, repository: string): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query('delete from authorship_files where repository = $1', [repository]);
    await tx.query('delete from authorship_renames where repository = $1', [repository]);
    // One pass over the commits' file lists feeds both tables.
    await tx.query(
      `with touched as (${TOUCHED_SQL}),
       renamed as (
         insert into authorship_renames (repository, old_path, path, renamed_at)
         select repository, old_path, path, max(last_at) from touched where old_path is not null
         group by repository, old_path, path)
       insert into authorship_files (repository, path, author_email, changes, first_at, last_at)
       select repository, path, author_email, sum(changes)::int, min(first_at), max(last_at) from touched
       group by repository, path, author_email`,
      [[repository], null, null],
    );
    await tx.query(
      `insert into authorship_stamps (repository, commits, refreshed_at)
       values ($1, (select count(*)::int from commits where repository = $1), now())
       on conflict (repository) do update set commits = excluded.commits, refreshed_at = excluded.refreshed_at`,
      [repository],
    );
  });
}

/**
 * Adds an ingest run's new commits to a repository's rollup. Without a stamp the repository's rows are
 * started afresh: if it held commits from elsewhere, the count no longer matches and readers rebuild it.
 */
export async function addToAuthorship(store: StoreSession, delta: AuthorshipDelta): Promise<void> {
  await store.transaction(async (tx) => {
    const [stamp] = await tx.query<{ commits: number }>(
      'select commits from authorship_stamps where repository = $1',
      [delta.repository],
    );
    const columns = ['repository', 'path', 'author_email', 'changes', 'first_at', 'last_at'];
    const rows = delta.rows.map((row) => [
      delta.repository,
      row.path,
      row.authorEmail,
      row.changes,
      row.firstAt,
      row.lastAt,
    ]);
    if (!stamp) {
      // A fresh start (the first ingest of a repository): the rows go straight in, each key once, which costs
      // half of staging them and merging (~20k rows for 100k commits).
      await tx.query('delete from authorship_files where repository = $1', [delta.repository]);
      await tx.query('delete from authorship_renames where repository = $1', [delta.repository]);
      await tx.copyRows('authorship_files', columns, rows);
    } else {
      await tx.query(
        'create temporary table if not exists authorship_delta (like authorship_files) on commit drop',
      );
      await tx.copyRows('authorship_delta', columns, rows);
      await tx.query(
        `insert into authorship_files select * from authorship_delta
         on conflict (repository, path, author_email) do update set
           changes = authorship_files.changes + excluded.changes,
           first_at = least(authorship_files.first_at, excluded.first_at),
           last_at = greatest(authorship_files.last_at, excluded.last_at)`,
      );
    }
    if (delta.renames.length > 0) {
      await tx.query(
        `insert into authorship_renames (repository, old_path, path, renamed_at)
         select $1, * from unnest($2::text[], $3::text[], $4::timestamptz[])
         on conflict (repository, old_path, path) do update
           set renamed_at = greatest(authorship_renames.renamed_at, excluded.renamed_at)`,
        [
          delta.repository,
          delta.renames.map((rename) => rename.oldPath),
          delta.renames.map((rename) => rename.path),
          delta.renames.map((rename) => rename.renamedAt.toISOString()),
        ],
      );
    }
    await tx.query(
      `insert into authorship_stamps (repository, commits, refreshed_at) values ($1, $2, now())
       on conflict (repository) do update set commits = authorship_stamps.commits + excluded.commits`,
      [delta.repository, delta.commits],
    );
  });
}

/** Forgets a repository's rollup, so the next reader rebuilds it. */
export async function dropAuthorshipStamp(store: StoreSession, repository: string): Promise<void> {
  await store.query('delete from authorship_stamps where repository = $1', [repository]);
}

export async function listAuthorship(
  store: StoreSession,
  repositories: readonly string[],
): Promise<{ rows: AuthorshipRow[]; renames: RenameRow[] }> {
  const rows =
    (await listPackedAuthorship(store, repositories)) ?? (await listAuthorshipRows(store, repositories));
  const renames = await store.query<RawRename>(
    `select repository, old_path, path, renamed_at from authorship_renames where repository = any($1::text[])`,
    [repositories],
  );
  return { rows, renames: renames.map(toRenameRow) };
}

const FIELD = '\u001f';
const RECORD = '\u001e';

/**
 * The rollup as one text, fields and records split by the ASCII unit and record separators: the rollup of a
 * 100k-commit repository is ~20k rows, and decoding them one by one costs five times as much. A path or
 * email holding a separator would misalign the fields: then null, and the caller reads rows.
 */
async function listPackedAuthorship(
  store: StoreSession,
  repositories: readonly string[],
): Promise<AuthorshipRow[] | null> {
  const [packed] = await store.query<{ rows: string | null }>(
    `select string_agg(concat_ws(chr(31), repository, path, author_email, changes,
       (extract(epoch from first_at) * 1000)::bigint), chr(30)) as rows
     from authorship_files where repository = any($1::text[])`,
    [repositories],
  );
  if (!packed?.rows) return [];
  const rows: AuthorshipRow[] = [];
  for (const record of packed.rows.split(RECORD)) {
    const fields = record.split(FIELD);
    if (fields.length !== 5) return null;
    const [repository = '', path = '', authorEmail = '', changes, firstAt] = fields;
    rows.push({
      repository,
      path,
      authorEmail,
      changes: Number(changes),
      firstAt: new Date(Number(firstAt)),
    });
  }
  return rows;
}

async function listAuthorshipRows(
  store: StoreSession,
  repositories: readonly string[],
): Promise<AuthorshipRow[]> {
  const rows = await store.query<{
    repository: string;
    path: string;
    author_email: string;
    changes: number;
    first_at: Date | string;
  }>(
    `select repository, path, author_email, changes, first_at from authorship_files
     where repository = any($1::text[])`,
    [repositories],
  );
  return rows.map((row) => ({
    repository: row.repository,
    path: row.path,
    authorEmail: row.author_email,
    changes: row.changes,
    firstAt: new Date(row.first_at),
  }));
}

/** The same rows computed from the commits authored in a window (no rollup: windows vary), in one pass. */
export async function listAuthorshipInWindow(
  store: StoreSession,
  repositories: readonly string[],
  window: AuthoredWindow,
): Promise<{ rows: AuthorshipRow[]; renames: RenameRow[] }> {
  const [packed] = await store.query<{ rows: string | null }>(
    `with touched as (${TOUCHED_SQL})
     select json_agg(json_build_array(repository, path, old_path, author_email, changes,
       (extract(epoch from first_at) * 1000)::float8, (extract(epoch from last_at) * 1000)::float8))::text as rows
     from touched`,
    [repositories, window.from, window.to],
  );
  const touched = JSON.parse(packed?.rows ?? '[]') as [
    string,
    string,
    string | null,
    string,
    number,
    number,
    number,
  ][];
  const files = new Map<string, AuthorshipRow>();
  const renames = new Map<string, RenameRow>();
  for (const [repository, path, oldPath, authorEmail, changes, firstAt, lastAt] of touched) {
    const key = `${repository}\u0000${path}\u0000${authorEmail}`;
    const row = files.get(key);
    if (!row) files.set(key, { repository, path, authorEmail, changes, firstAt: new Date(firstAt) });
    else {
      row.changes += changes;
      if (firstAt < row.firstAt.getTime()) row.firstAt = new Date(firstAt);
    }
    if (oldPath === null) continue;
    const renameKey = `${repository}\u0000${oldPath}\u0000${path}`;
    const rename = renames.get(renameKey);
    if (!rename) renames.set(renameKey, { repository, oldPath, path, renamedAt: new Date(lastAt) });
    else if (lastAt > rename.renamedAt.getTime()) rename.renamedAt = new Date(lastAt);
  }
  return { rows: [...files.values()], renames: [...renames.values()] };
}

/** Ids of the latest commits by these authors in these repositories, newest first. */
export async function listLatestCommitIds(
  store: StoreSession,
  repositories: readonly string[],
  authorEmails: readonly string[],
  window: AuthoredWindow,
  limit: number,
): Promise<string[]> {
  // The latest few hundred commits of each repository first (a backward walk of the repository index, which
  // the planner takes for `repository = $1` but not for `= any(…)`); only when the authors are not among
  // them, a scan.
  const recent: { id: string; author_email: string; committed_at: Date | string }[] = [];
  for (const repository of repositories) {
    recent.push(
      ...(await store.query<{ id: string; author_email: string; committed_at: Date | string }>(
        `select c.id, c.author_email, c.committed_at from commits c
         where c.repository = $1 and ${WINDOW_FILTER}
         order by c.committed_at desc limit ${RECENT_COMMITS}`,
        [repository, window.from, window.to],
      )),
    );
  }
  recent.sort((a, b) => new Date(b.committed_at).getTime() - new Date(a.committed_at).getTime());
  const wanted = new Set(authorEmails);
  const found = recent.filter((row) => wanted.has(row.author_email)).slice(0, limit);
  if (found.length === limit || recent.length < RECENT_COMMITS * repositories.length)
    return found.map((row) => row.id);
  const rows = await store.query<{ id: string }>(
    `select c.id from commits c
     where c.repository = any($1::text[]) and ${WINDOW_FILTER} and c.author_email = any($4::text[])
     order by c.committed_at desc limit $5`,
    [repositories, window.from, window.to, authorEmails, limit],
  );
  return rows.map((row) => row.id);
}

interface RawRename {
  repository: string;
  old_path: string;
  path: string;
  renamed_at: Date | string;
}

function toRenameRow(row: RawRename): RenameRow {
  return {
    repository: row.repository,
    oldPath: row.old_path,
    path: row.path,
    renamedAt: new Date(row.renamed_at),
  };
}

/** Repositories holding at least one commit. */
export async function listCommitRepositories(store: StoreSession): Promise<string[]> {
  // A skip scan over the (repository, committed_at) index: one index probe per repository, where a
  // plain `select distinct` reads every commit.
  const rows = await store.query<{ repository: string }>(
    `with recursive found(repository) as (
       select min(repository) from commits
       union all
       select (select min(c.repository) from commits c where c.repository > found.repository)
         from found where found.repository is not null)
     select repository from found where repository is not null order by repository collate "C"`,
  );
  return rows.map((row) => row.repository);
}

/** Whether any commit of the repository is stored (an index lookup). */
export async function hasCommits(store: StoreSession, repository: string): Promise<boolean> {
  const rows = await store.query('select 1 from commits where repository = $1 limit 1', [repository]);
  return rows.length > 0;
}
