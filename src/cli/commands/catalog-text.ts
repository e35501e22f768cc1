/** The catalog import report as text: what changed, then what was defaulted, not kept, skipped or rejected. */
import { formatIssue } from '../../domain/errors.js';
import type { CatalogImportSummary } from '../../services/catalog.service.js';

export function formatImport(summary: CatalogImportSummary): string {
  const { added, updated, unchanged } = summary.counts;
  const verb = summary.dryRun ? 'would add' : 'added';
  const lines = [
    `Read ${summary.descriptors} descriptors from ${summary.files} files: ${verb} ${added}, ${summary.dryRun ? 'would update' : 'updated'} ${updated}, ${unchanged} unchanged.`,
  ];
  if (summary.dryRun) lines.push('Dry run: nothing was written.');
  else if (summary.written) lines.push(`Wrote ${summary.changedFiles.join(', ')}; the workspace is valid.`);
  else lines.push('Nothing to write: the workspace already holds all of it.');

  const changes = summary.entries.filter((entry) => entry.outcome !== 'unchanged');
  if (changes.length > 0) {
    lines.push('', summary.dryRun ? 'Would change:' : 'Changed:');
    for (const entry of changes) lines.push(`  ${entry.outcome.padEnd(8)} ${entry.ref}`);
  }
  if (summary.defaulted.length > 0) {
    lines.push('', 'Defaulted (Backstage has no such field, or it was not given):');
    for (const item of summary.defaulted) {
      lines.push(`  ${item.ref} ${item.field} = ${item.value}: ${item.reason} (${item.file}:${item.line})`);
    }
  }
  if (summary.notKept.length > 0) {
    lines.push('', 'Not kept:');
    for (const item of summary.notKept)
      lines.push(`  ${item.ref} ${item.field}: ${item.reason} (${item.file}:${item.line})`);
  }
  if (summary.skipped.length > 0) {
    lines.push('', 'Skipped:');
    for (const item of summary.skipped)
      lines.push(`  ${item.entity}: ${item.reason} (${item.file}:${item.line})`);
  }
  if (summary.rejected.length > 0) {
    lines.push('', 'Rejected (not imported):');
    for (const issue of summary.rejected) lines.push(formatIssue(issue));
  }
  return lines.join('\n');
}
