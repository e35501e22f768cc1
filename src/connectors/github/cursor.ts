/**
 * Where a GitHub sync resumes, kept per repository. For each listing that can be asked for "what changed",
 * the time the last successful run started reading it: pull requests are listed most recently updated
 * first down to that time, incident issues `since` it, workflow runs `created>=` it. A workflow run is
 * listed by creation but recorded only once finished, so the runs' time is the creation of the oldest run
 * still unfinished at that sync when there is one. Deployments, their statuses, releases and tags cannot
 * be asked that way and are re-listed each run; their ETags and bodies are kept here so an unchanged page
 * costs a 304 (free of rate budget on api.github.com). Times are read back one minute early: GitHub's
 * clock and ours differ a little, and re-reading a record is an idempotent upsert while missing one is a
 * gap. What shapes the records (repository and service names, incident labels and severity) is kept too:
 * when it differs, the cursor is dropped and a full sync rewrites every record.
 */
import { z } from 'zod';
import type { EtagCache, EtagEntry } from './client.js';

export const INCREMENTAL_STEPS = ['pull-requests', 'workflow-runs', 'incidents'] as const;
export type IncrementalStep = (typeof INCREMENTAL_STEPS)[number];

/** How much earlier than the stored time a listing is read from (clock skew between GitHub and us). */
export const CURSOR_OVERLAP_MS = 60_000;

const instantSchema = z.iso.datetime({ offset: true });

const shapeSchema = z.object({
  ref: z.string(),
  service: z.string(),
  incidentLabels: z.array(z.string()),
  defaultIncidentSeverity: z.string().nullable(),
});
export type GithubRecordShape = z.infer<typeof shapeSchema>;

const etagEntrySchema = z.object({ etag: z.string(), body: z.unknown(), next: z.string().optional() });

export const githubCursorSchema = z.object({
  version: z.literal(1),
  shape: shapeSchema,
  /** Per listing, the time the next run reads from (ISO 8601). */
  since: z.partialRecord(z.enum(INCREMENTAL_STEPS), instantSchema),
  /** Request URL → ETag, body and next link of the re-listed pages. */
  etags: z.record(z.string(), etagEntrySchema),
});
export type GithubCursor = z.infer<typeof githubCursorSchema>;

export type CursorReading =
  | { kind: 'none' }
  | { kind: 'resumed'; cursor: GithubCursor }
  | { kind: 'reset'; reason: string };

/** A stored value as a cursor for records of this shape, or why it cannot serve. */
export function readGithubCursor(value: unknown, shape: GithubRecordShape): CursorReading {
  if (value === undefined) return { kind: 'none' };
  const parsed = githubCursorSchema.safeParse(value);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return {
      kind: 'reset',
      reason: `the stored cursor is unreadable (${issue?.path.join('.')}: ${issue?.message})`,
    };
  }
  const changed = (Object.keys(shape) as (keyof GithubRecordShape)[]).filter(
    (field) => JSON.stringify(parsed.data.shape[field]) !== JSON.stringify(shape[field]),
  );
  if (changed.length > 0)
    return { kind: 'reset', reason: `${changed.join(', ')} changed since the last sync` };
  return { kind: 'resumed', cursor: parsed.data };
}

/** The times each listing is read from, overlap included. */
export function readChangedSince(cursor: GithubCursor): Partial<Record<IncrementalStep, Date>> {
  const since: Partial<Record<IncrementalStep, Date>> = {};
  for (const step of INCREMENTAL_STEPS) {
    const stored = cursor.since[step];
    if (stored) since[step] = new Date(Date.parse(stored) - CURSOR_OVERLAP_MS);
  }
  return since;
}

/**
 * The cursor after a successful run: the listings it read move to its start (runs to the oldest
 * unfinished run, if earlier), the others keep their time, and the ETags are those the run used.
 */
export function advanceGithubCursor(
  previous: GithubCursor | undefined,
  run: {
    startedAt: Date;
    steps: ReadonlySet<string>;
    shape: GithubRecordShape;
    oldestUnfinishedRunAt: Date | undefined;
    etags: Record<string, EtagEntry>;
  },
): GithubCursor {
  const since = { ...previous?.since };
  for (const step of INCREMENTAL_STEPS) {
    if (!run.steps.has(step)) continue;
    const from =
      step === 'workflow-runs' && run.oldestUnfinishedRunAt && run.oldestUnfinishedRunAt < run.startedAt
        ? run.oldestUnfinishedRunAt
        : run.startedAt;
    since[step] = from.toISOString();
  }
  return { version: 1, shape: run.shape, since, etags: run.etags };
}

/**
 * Pages re-listed every run, whose ETags are worth keeping between runs. Other pages (a pull request's
 * reviews, a run's jobs) are read only when their parent changed, so a stored ETag would rarely pay
 * for its room in the cursor.
 */
export function isRelistedPage(url: string): boolean {
  return /\/(deployments(\/\d+\/statuses)?|releases|tags)$/.test(new URL(url).pathname);
}

/**
 * An ETag cache seeded from a cursor that remembers which re-listed pages this run used, so the next
 * cursor holds exactly those (a deployment gone from the listing takes its statuses' entry with it).
 */
export function createRecordingEtagCache(seed: GithubCursor['etags'] = {}): {
  cache: EtagCache;
  used: () => Record<string, EtagEntry>;
} {
  const entries = new Map<string, EtagEntry>(
    Object.entries(seed).map(([url, entry]) => [url, { ...entry, next: entry.next }]),
  );
  const used = new Set<string>();
  return {
    cache: {
      get(url) {
        const entry = entries.get(url);
        if (entry) used.add(url);
        return entry;
      },
      set(url, entry) {
        entries.set(url, entry);
        used.add(url);
      },
    },
    used: () => {
      const kept: Record<string, EtagEntry> = {};
      for (const url of used) {
        const entry = entries.get(url);
        if (entry && isRelistedPage(url)) kept[url] = entry;
      }
      return kept;
    },
  };
}

/** `2026-01-02T03:04:05Z`: GitHub's `since` and `created` take whole seconds; the floor reads a little more. */
export function toGithubTime(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
