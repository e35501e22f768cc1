import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { buildBriefing } from '../../services/briefing.service.js';
import { closeContext, openContext } from '../../services/context.js';
import { createDemoWorkspace } from '../../services/demo.service.js';
import { syncWorkspace } from '../../services/sync.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, say } from '../output.js';
import { adviseAfterSync, formatKpiSummary, formatRunSummary, storeKpisAfterSync } from './after-sync.js';
import { formatBriefing } from './briefing-text.js';
import { reportImportProgress } from './import-output.js';
import { serveUntilStopped } from './serve-until-stopped.js';

/** The zero-setup path: demo workspace if missing → load → briefing → serve. */
export async function runStart(options: { port?: string; host?: string }, command: Command) {
  const dir = resolveWorkspaceDir(command);
  if (!existsSync(path.join(dir, 'sextant.yaml'))) {
    say(`No workspace in ${dir}; creating the demo organization there…`);
    await createDemoWorkspace(dir, { seed: '1', now: new Date() });
  }
  const context = await openContext(dir);
  try {
    say(`Loading ${dir} into the ${context.store.engine} database…`);
    await syncWorkspace(context, { onProgress: reportImportProgress });
    say(formatRunSummary(await adviseAfterSync(context)));
    say(formatKpiSummary(await storeKpisAfterSync(context)));
    printData(formatBriefing(await buildBriefing(context, new Date())));
  } catch (error) {
    await closeContext(context);
    throw error;
  }
  await serveUntilStopped(context, options);
}
