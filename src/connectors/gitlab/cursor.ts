/**
 * Where a GitLab sync resumes, kept per project: the time the last successful run started. Merge
 * requests, pipelines and deployments are then listed with `updated_after` that time, read back one
 * minute early (GitLab's clock and ours differ a little; re-reading is an idempotent upsert, missing a
 * change is a gap). A pipeline or deployment unfinished at that run is updated when it finishes, so it
 * comes back. The repository and service names the records were written with are kept too: when they
 * differ, the cursor is dropped and a full sync rewrites every record. So is a cursor of an older version:
 * version 1 runs wrote merge requests without their size, which only a full read fills in.
 */
import { z } from 'zod';

/** How much earlier than the stored time the listings are read from. */
export const CURSOR_OVERLAP_MS = 60_000;

const shapeSchema = z.object({ repository: z.string().nullable(), service: z.string().nullable() });
export type GitLabRecordShape = z.infer<typeof shapeSchema>;

/** 2: merge requests carry their size (from `…/diffs`). */
export const GITLAB_CURSOR_VERSION = 2;

export const gitlabCursorSchema = z.object({
  version: z.literal(GITLAB_CURSOR_VERSION),
  shape: shapeSchema,
  /** When the last successful sync started (ISO 8601). */
  syncedFrom: z.iso.datetime({ offset: true }),
});
export type GitLabCursor = z.infer<typeof gitlabCursorSchema>;

export type GitLabCursorReading =
  | { kind: 'none' }
  | { kind: 'resumed'; cursor: GitLabCursor }
  | { kind: 'reset'; reason: string };

/** A stored value as a cursor for records of this shape, or why it cannot serve. */
export function readGitLabCursor(value: unknown, shape: GitLabRecordShape): GitLabCursorReading {
  if (value === undefined) return { kind: 'none' };
  if ((value as { version?: unknown } | null)?.version === 1) {
    return { kind: 'reset', reason: 'merge request sizes were added since the last sync' };
  }
  const parsed = gitlabCursorSchema.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return {
      kind: 'reset',
      reason: `the stored cursor is unreadable (${issue?.path.join('.')}: ${issue?.message})`,
    };
  }
  const changed = (Object.keys(shape) as (keyof GitLabRecordShape)[]).filter(
    (field) => parsed.data.shape[field] !== shape[field],
  );
  if (changed.length > 0)
    return { kind: 'reset', reason: `${changed.join(', ')} changed since the last sync` };
  return { kind: 'resumed', cursor: parsed.data };
}

/** The `updated_after` a resumed run asks for: the stored start, overlap included. */
export function readUpdatedAfter(cursor: GitLabCursor): string {
  return new Date(Date.parse(cursor.syncedFrom) - CURSOR_OVERLAP_MS).toISOString();
}
