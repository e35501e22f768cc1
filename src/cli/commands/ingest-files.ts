import path from 'node:path';
import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import { importRecordFiles } from '../../services/import.service.js';
import { refreshMetricFacts } from '../../services/metric-facts.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatImportSummary, reportImportProgress } from './import-output.js';

export async function runIngestFiles(
  files: string[],
  options: { type?: string; source: string; json?: boolean },
  command: Command,
) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const summary = await importRecordFiles(
      context.store,
      files.map((file) => ({ path: path.resolve(file), type: options.type, source: options.source })),
      { onProgress: reportImportProgress },
    );
    await refreshMetricFacts(context);
    if (options.json) {
      printJson(summary);
      return;
    }
    printData(formatImportSummary(summary).join('\n'));
  } finally {
    await closeContext(context);
  }
}
