/** `sextant vulns …`: vulnerability findings, imports, remediation SLA and overdue lists (docs/vulnerabilities.md). */
import type { Command } from 'commander';
import { lazy, lazyRead } from './lazy.js';

const load = () => import('./commands/vulns.js');

export function registerVulnsCommands(program: Command): void {
  const vulns = program
    .command('vulns')
    .description(
      'vulnerability findings: Dependabot, SARIF and CSV imports, remediation SLA, overdue per team',
    );

  vulns
    .command('import')
    .description('import Dependabot alert JSON, SARIF logs or CSV findings; re-importing updates in place')
    .argument('<files...>', 'files to import')
    .option('--format <format>', 'dependabot, sarif or csv (default: from the file name and content)')
    .option('--repository <name>', 'the repository the findings belong to, when the files do not say')
    .option('--source <name>', 'source name for the findings (default: dependabot, the SARIF tool, or csv)')
    .option('--json', 'print the import summary as JSON')
    .action(lazy(load, (m) => m.runVulnsImport));

  vulns
    .command('list')
    .description('findings with their owning service and team, oldest first')
    .option('--team <name>', 'only findings this team owns')
    .option('--service <name>', 'only findings of this service')
    .option('--severity <list>', 'only these severities, e.g. critical,high')
    .option('--open', 'only findings open now')
    .option('--json', 'print the findings as JSON')
    .action(lazyRead(load, (m) => m.runVulnsList));

  vulns
    .command('sla')
    .description('remediation within SLA and time to remediate by severity, open findings by age')
    .option('--scope <scope>', 'org (default), team:NAME, service:NAME or repo:NAME')
    .option('--from <date>', 'first day of the window, YYYY-MM-DD (default: 12 weeks before this week)')
    .option('--to <date>', 'last day of the window, inclusive (default: the end of last week)')
    .option('--json', 'print the results as JSON (durations in seconds, shares as fractions)')
    .action(lazyRead(load, (m) => m.runVulnsSla));

  vulns
    .command('overdue')
    .description('findings open past their remediation SLA, per team, most overdue first')
    .option('--team <name>', 'only this team')
    .option('--json', 'print the list as JSON')
    .action(lazyRead(load, (m) => m.runVulnsOverdue));
}
