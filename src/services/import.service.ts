/**
 * Importing observed records from JSON Lines and CSV files. All files are read and validated before
 * anything is written: one bad row anywhere means an ImportError listing every problem, and nothing
 * stored. Then all files of the call are written in ONE transaction. That is the simplest way to honour
 * "never half-written": a crash or a failing batch rolls everything back, and since writes are upserts
 * keyed by `source:key`, running the same import again completes it exactly once. The cost — a large
 * import holds one long transaction — is acceptable for file imports; connectors that stream millions
 * of records commit per batch instead.
 */

import { readRecordFile } from '../connectors/files/client.js';
import { ImportError, type Issue } from '../domain/errors.js';
import type { ObservedRecord, RecordType } from '../domain/records/index.js';
import { recordIngestRun, type StoreSession, upsertRecords } from '../store/index.js';

export interface ImportFile {
  path: string;
  /** Record type; from the file name when absent. */
  type?: string | undefined;
  /** Source for records that do not name one. */
  source?: string | undefined;
}

export interface ImportProgress {
  file: string;
  /** Records read (while reading) or written (while writing) so far. */
  records: number;
  ratePerSecond: number;
}

export interface ImportTypeSummary {
  type: RecordType;
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  files: { path: string; type: RecordType; records: number }[];
  /** One entry per record type imported, in the order first met. */
  types: ImportTypeSummary[];
}

/** How many issues an ImportError lists before summarizing the rest. */
export const MAX_LISTED_ISSUES = 50;

interface ReadFile {
  path: string;
  type: RecordType;
  source: string | undefined;
  records: ObservedRecord[];
}

export async function importRecordFiles(
  store: StoreSession,
  files: readonly ImportFile[],
  options: { onProgress?: (progress: ImportProgress) => void; now?: () => Date } = {},
): Promise<ImportSummary> {
  const now = options.now ?? (() => new Date());
  const read = await readAllFiles(files, options.onProgress);
  const summaries = new Map<RecordType, ImportTypeSummary>();
  await store.transaction(async (tx) => {
    for (const file of read) {
      const startedAt = now();
      const counts = await upsertRecords(tx, file.type, file.records, {
        onBatch: (written) => options.onProgress?.(measureProgress(file.path, written, startedAt, now())),
      });
      await recordIngestRun(tx, {
        source: file.source ?? describeSources(file.records),
        type: file.type,
        file: file.path,
        read: file.records.length,
        ...counts,
        startedAt,
        finishedAt: now(),
      });
      const summary = summaries.get(file.type) ?? {
        type: file.type,
        read: 0,
        inserted: 0,
        updated: 0,
        unchanged: 0,
      };
      summary.read += file.records.length;
      summary.inserted += counts.inserted;
      summary.updated += counts.updated;
      summary.unchanged += counts.unchanged;
      summaries.set(file.type, summary);
    }
  });
  return {
    files: read.map((file) => ({ path: file.path, type: file.type, records: file.records.length })),
    types: [...summaries.values()],
  };
}

async function readAllFiles(
  files: readonly ImportFile[],
  onProgress: ((progress: ImportProgress) => void) | undefined,
): Promise<ReadFile[]> {
  const read: ReadFile[] = [];
  const issues: Issue[] = [];
  for (const file of files) {
    const startedAt = new Date();
    try {
      const result = await readRecordFile(file.path, { type: file.type, source: file.source });
      issues.push(...result.issues);
      read.push({ path: file.path, type: result.type, source: file.source, records: result.records });
      onProgress?.(measureProgress(file.path, result.records.length, startedAt, new Date()));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (issues.length > 0) throw createImportError(files.length, issues);
  return read;
}

function createImportError(fileCount: number, issues: Issue[]): ImportError {
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  const more = issues.length - listed.length;
  if (more > 0) listed.push({ message: `… and ${more} more issues` });
  const files = fileCount === 1 ? 'the file' : `the ${fileCount} files`;
  const problems = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return new ImportError(`Nothing was imported: ${problems} in ${files}`, listed);
}

function measureProgress(file: string, records: number, from: Date, to: Date): ImportProgress {
  const seconds = Math.max((to.getTime() - from.getTime()) / 1000, 0.001);
  return { file, records, ratePerSecond: records / seconds };
}

function describeSources(records: readonly ObservedRecord[]): string {
  return [...new Set(records.map((record) => record.source))].sort().join(',') || 'files';
}
