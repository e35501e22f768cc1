import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import { describePeopleSync } from '../../services/people-sync.js';
import { findSource, runSource } from '../../services/sources.service.js';
import { syncWorkspace } from '../../services/sync.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';
import { adviseAfterSync, formatKpiSummary, formatRunSummary, storeKpisAfterSync } from './after-sync.js';
import { formatImportSummary, reportImportProgress } from './import-output.js';

export async function runSync(
  options: { json?: boolean; source?: string[]; advisor?: boolean; kpis?: boolean },
  command: Command,
) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    say(`Loading ${context.workspace.dir} into the ${context.store.engine} database…`);
    const result = await syncWorkspace(context, { onProgress: reportImportProgress });
    const sources: Record<string, Record<string, number>> = {};
    for (const name of options.source ?? []) {
      const source = findSource(context, name);
      say(`Syncing source ${name} (${source.type})…`);
      sources[name] = await runSource(context, source, { log: say });
    }
    // The findings follow what was loaded, so reports and the digest read them instead of waiting on a run.
    const advisor = options.advisor === false ? null : await adviseAfterSync(context);
    // Today's KPI cards too, so the first overview after a sync reads them instead of computing them.
    const kpis = options.kpis === false ? null : await storeKpisAfterSync(context);
    if (options.json) printJson({ ...result, sources, advisor, kpis });
    else
      printData(
        [
          formatSync(result),
          ...Object.entries(sources).map(formatSourceCounts),
          ...(advisor ? [formatRunSummary(advisor)] : []),
          ...(kpis ? [formatKpiSummary(kpis)] : []),
        ].join('\n'),
      );
  } finally {
    await closeContext(context);
  }
}

function formatSourceCounts([name, counts]: [string, Record<string, number>]): string {
  const parts = Object.entries(counts).map(([type, count]) => `${count.toLocaleString('en')} ${type}`);
  return `Source ${name}: ${parts.join(', ') || 'nothing read'}`;
}

export function formatSync(result: Awaited<ReturnType<typeof syncWorkspace>>): string {
  const { model, imports } = result;
  const lines = [
    `Model: ${model.teams} teams, ${model.people} people, ${model.services} services, ${model.dependencies} dependencies.`,
  ];
  if (imports) lines.push(...formatImportSummary(imports));
  const { slis } = result;
  if (slis.imported.length + slis.unchanged > 0) {
    lines.push(
      `SLI files: ${slis.imported.length} imported, ${slis.unchanged} unchanged (see sextant slos).`,
    );
  }
  for (const flags of result.flags) {
    lines.push(`Feature flags ${flags.file}: ${flags.flags} read, ${flags.written} new or changed.`);
  }
  for (const file of result.costs?.files ?? []) {
    lines.push(`Cost actuals ${file.source}: ${file.lines} lines (see sextant budget).`);
  }
  lines.push(...describePeopleSync(result.people));
  return lines.join('\n');
}
