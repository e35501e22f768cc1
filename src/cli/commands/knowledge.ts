import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import { readKnowledgeConcentration } from '../../services/knowledge.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatKnowledge } from './knowledge-text.js';

export async function runKnowledge(
  options: { service?: string; repository?: string; since?: string; asOf?: string; json?: boolean },
  command: Command,
) {
  const { json, ...query } = options;
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const results = await readKnowledgeConcentration(context, query);
    if (json) printJson(results);
    else printData(formatKnowledge(results));
  } finally {
    await closeContext(context);
  }
}
