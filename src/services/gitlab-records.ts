/**
 * Writing what the GitLab mappers made: every record type in one transaction (a webhook or a sync either
 * lands whole or not at all; upserts make a re-run complete it), with counts per type that say what was
 * read, written, skipped on purpose and rejected as malformed.
 */

import type { MapOutcome } from '../connectors/gitlab/map.js';
import type { Issue } from '../domain/errors.js';
import type { ObservedRecord, RecordType } from '../domain/records/index.js';
import { recordIngestRun, type StoreSession, upsertRecords } from '../store/index.js';

export interface GitLabTypeCounts {
  type: RecordType;
  /** Payloads read for this type. */
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Well-formed payloads that are not records by a documented rule (e.g. a running pipeline). */
  ignored: number;
  /** Malformed payloads, reported in `issues` and skipped. */
  malformed: number;
}

export interface GitLabWriteResult {
  types: GitLabTypeCounts[];
  /** Malformed payloads, skipped. */
  issues: Issue[];
  /** Records written with part of their data missing (a merge request's size without its cut files). */
  warnings: Issue[];
}

export interface GitLabBatch {
  type: RecordType;
  outcome: MapOutcome<ObservedRecord>;
}

export async function writeGitLabRecords(
  store: StoreSession,
  batches: readonly GitLabBatch[],
  options: { label: string; now?: () => Date },
): Promise<GitLabWriteResult> {
  const now = options.now ?? (() => new Date());
  const types: GitLabTypeCounts[] = [];
  await store.transaction(async (tx) => {
    for (const { type, outcome } of batches) {
      const startedAt = now();
      const counts = await upsertRecords(tx, type, outcome.records);
      const read = outcome.records.length + outcome.ignored + outcome.malformed;
      if (outcome.records.length > 0) {
        await recordIngestRun(tx, {
          source: 'gitlab',
          type,
          file: options.label,
          read: outcome.records.length,
          ...counts,
          startedAt,
          finishedAt: now(),
        });
      }
      types.push({ type, read, ...counts, ignored: outcome.ignored, malformed: outcome.malformed });
    }
  });
  return {
    types,
    issues: batches.flatMap((batch) => batch.outcome.issues),
    warnings: batches.flatMap((batch) => batch.outcome.warnings),
  };
}
