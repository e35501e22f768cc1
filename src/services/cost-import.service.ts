/**
 * Importing cost actuals from CSV (`sextant budget import`, and the `actuals:` files of the budget files on
 * `sextant sync`). Every file is read and checked before anything is written; one bad row anywhere means
 * an ImportError listing every problem and nothing stored. Then all files are written in one transaction,
 * each replacing the lines of its source, so a re-run after a crash completes the import exactly once.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImportError, type Issue } from '../domain/errors.js';
import { type CostActualCounts, type CostActualRow, replaceCostActualSource } from '../store/index.js';
import type { AppContext } from './context.js';
import { parseCostCsv } from './cost-csv.js';
import { MAX_LISTED_ISSUES } from './import.service.js';

export interface CostImportFile {
  /** Absolute path. */
  path: string;
  /** Source name; `cost:<file name>` when absent. */
  source?: string | undefined;
}

export interface CostImportSummary {
  files: ({ path: string; source: string; lines: number } & CostActualCounts)[];
}

export async function importCostActuals(
  context: AppContext,
  files: readonly CostImportFile[],
): Promise<CostImportSummary> {
  const governance = await context.workspace.governance();
  const settings = {
    budgets: governance.budget.years,
    fiscalYearStart: context.workspace.config.fiscalYearStart,
  };
  const issues: Issue[] = [];
  const read: { path: string; source: string; rows: CostActualRow[] }[] = [];
  for (const file of files) {
    const shown = path.relative(context.workspace.dir, file.path) || file.path;
    let text: string;
    try {
      text = await readFile(file.path, 'utf8');
    } catch (error) {
      issues.push({
        file: shown,
        message: 'cannot read the file',
        found: (error as Error).message,
        expected: 'a readable CSV file',
      });
      continue;
    }
    const parsed = parseCostCsv(text, shown, settings);
    if (parsed.kind === 'invalid') {
      issues.push(...parsed.issues);
      continue;
    }
    const source = file.source ?? `cost:${path.basename(file.path)}`;
    read.push({ path: file.path, source, rows: parsed.rows.map((row) => ({ ...row, source })) });
  }
  if (issues.length > 0) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES);
    if (issues.length > listed.length)
      listed.push({ message: `… and ${issues.length - listed.length} more issues` });
    const problems = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    throw new ImportError(`Nothing was imported: ${problems} in the cost actuals`, listed);
  }
  const summary: CostImportSummary = { files: [] };
  await context.store.transaction(async (tx) => {
    for (const file of read) {
      const counts = await replaceCostActualSource(tx, file.source, file.rows);
      summary.files.push({ path: file.path, source: file.source, lines: file.rows.length, ...counts });
    }
  });
  return summary;
}

/** Imports the `actuals:` files every budget file lists; null when none lists any. */
export async function syncCostActualFiles(context: AppContext): Promise<CostImportSummary | null> {
  const { budget } = await context.workspace.governance();
  const files = [...new Set(budget.years.flatMap((year) => year.actualsFiles))].map((file) => ({
    path: path.resolve(context.workspace.dir, file),
  }));
  return files.length > 0 ? importCostActuals(context, files) : null;
}
