/**
 * Importing cost actuals from CSV (`sextant budget import`, and the `actuals:` files of the budget files on
 * `sextant sync`). Every file is read and checked before anything is written; one bad row anywhere means
 * an ImportError listing every problem and nothing stored. Then all files are written in one transaction,
 * each replacing the lines of its source, so a re-run after a crash completes the import exactly once.
 */
import path from 'node:path';
import { type CostActualCounts, type CostActualRow, replaceCostActualSource } from '../store/index.js';
import type { AppContext } from './context.js';
import { parseCostCsv } from './cost-csv.js';
import { type FileCheck, readImportFiles } from './import-files.js';

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
  const checked = await readImportFiles(
    context.workspace.dir,
    files,
    { subject: 'the cost actuals', expected: 'a readable CSV file' },
    (text, shown, file): FileCheck<CostActualRow[]> => {
      const parsed = parseCostCsv(text, shown, settings);
      if (parsed.kind === 'invalid') return parsed;
      const source = file.source ?? `cost:${path.basename(file.path)}`;
      return { kind: 'valid', value: parsed.rows.map((row) => ({ ...row, source })) };
    },
  );
  const read = checked.map(({ file, value }) => ({
    path: file.path,
    source: file.source ?? `cost:${path.basename(file.path)}`,
    rows: value,
  }));
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
