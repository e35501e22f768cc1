/** `sextant services knowledge`: knowledge concentration per repository and service, the truck factor (docs/organization/knowledge.md). */
import type { Command } from 'commander';
import { lazyRead } from './lazy.js';

const load = () => import('./commands/knowledge.js');

export function registerKnowledgeCommands(parent: Command): void {
  parent
    .command('knowledge')
    .description(
      'knowledge concentration from git: top authors and the truck factor per repository and service',
    )
    .option('--service <name>', 'only this service (the files of its repositories)')
    .option('--repository <name>', 'only this repository')
    .option('--since <date>', 'count commits authored from this day on, YYYY-MM-DD (default: all history)')
    .option('--as-of <date>', 'count commits authored up to this day, inclusive (default: all history)')
    .option('--json', 'print the results as JSON (shares as fractions)')
    .action(lazyRead(load, (m) => m.runKnowledge));
}
