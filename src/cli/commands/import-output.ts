import type { ImportProgress, ImportSummary } from '../../services/import.service.js';
import { say } from '../output.js';

const count = (n: number) => n.toLocaleString('en');

/** Reports import progress on stderr as batches complete. */
export function reportImportProgress(progress: ImportProgress): void {
  say(
    `  ${progress.file}: ${count(progress.records)} records (${count(Math.round(progress.ratePerSecond))}/s)`,
  );
}

/** One line per record type: how many were read and what became of them. */
export function formatImportSummary(summary: ImportSummary): string[] {
  return summary.types.map(
    (entry) =>
      `${entry.type}: ${count(entry.read)} read, ${count(entry.inserted)} new, ` +
      `${count(entry.updated)} updated, ${count(entry.unchanged)} unchanged`,
  );
}
