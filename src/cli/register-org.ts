/** `sextant org …`: the organization as a whole; `org health` checks the declared model against the evidence. */
import type { Command } from 'commander';
import { lazyRead } from './lazy.js';

export function registerOrgCommands(program: Command): void {
  const org = program
    .command('org')
    .description('the organization as a whole: health findings from evidence');

  org
    .command('health')
    .description(
      "org health findings from evidence: Conway's law mismatches, hub teams, matrix management, hero culture, team size, span of control, cognitive load, stale collaboration, hidden dependencies",
    )
    .option('--team <name>', 'only findings about this team, its services or its people')
    .option('--as-of <date>', 'the day to assess, YYYY-MM-DD (default: today in the workspace time zone)')
    .option('--window <days>', 'days of commits and pages to read, ending with --as-of (default: 90)')
    .option('--rule <rule>', 'only this rule, e.g. hero-culture')
    .option('--json', 'print the report as JSON')
    .action(
      lazyRead(
        () => import('./commands/org-health.js'),
        (m) => m.runOrgHealth,
      ),
    );
}
