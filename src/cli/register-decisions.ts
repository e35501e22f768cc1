/** `sextant who-decides <topic>`: decision rights and escalation paths (docs/organization/decision-rights.md). */
import type { Command } from 'commander';
import { lazy } from './lazy.js';

const load = () => import('./commands/who-decides.js');

export function registerDecisionCommands(program: Command): void {
  program
    .command('who-decides')
    .description('who decides a topic alone, whom they consult, what needs approval, and whom to escalate to')
    .argument('<topic...>', 'a decision area id, title or keyword, e.g. "vendor" or "production freeze"')
    .option('--json', 'print the answer as JSON')
    .action(lazy(load, (m) => m.runWhoDecides));
}
