/** `sextant report <kind>`: the leader's reports in Markdown, HTML, PDF or JSON (docs/reports/index.md). */
import type { Command } from 'commander';
import { lazy } from './lazy.js';

const load = () => import('./commands/report.js');

export function registerReportCommands(program: Command): void {
  program
    .command('report')
    .description(
      'a report from one document model: weekly-staff, ops-review, monthly-exec, quarterly, board, …',
    )
    .argument(
      '<kind>',
      'weekly-staff, ops-review, monthly-exec, quarterly, board, risk-memo, decision-brief or assessment',
    )
    .option('--period <period>', '2026-W47, 2026-11, 2026-Q4 or FROM..TO (default: the last complete period)')
    .option('--format <format>', 'md, html, pdf or json', 'md')
    .option('--audience <audience>', 'exec (shorter) or team (more detail; the same numbers)')
    .option('--item <id>', 'the risk (risk-memo) or decision (decision-brief) the report is about')
    .option('-o, --output <file>', 'write the report to this file instead of stdout')
    .action(lazy(load, (m) => m.runReport));
}
