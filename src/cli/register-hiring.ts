/** `sextant hiring …`: the hiring plan, the pipeline's funnel and sources, candidates and calibration (docs/people/hiring.md). */
import type { Command } from 'commander';
import { lazy, lazyRead } from './lazy.js';

const load = () => import('./commands/hiring.js');

export function registerHiringCommands(program: Command): void {
  const hiring = program
    .command('hiring')
    .description('the hiring plan (registers/hiring.yaml) and the imported ATS pipeline');
  const asOf = ['--as-of <date>', 'read the plan on this day, YYYY-MM-DD (default: today)'] as const;
  const from = [
    '--from <date>',
    'applications from this day, YYYY-MM-DD (default: a year before --as-of)',
  ] as const;
  const to = [
    '--to <date>',
    'applications before this day, YYYY-MM-DD (default: the day after --as-of)',
  ] as const;
  hiring
    .command('plan')
    .description('positions by status, hiring plan attainment, overdue positions and time to fill')
    .option(...asOf)
    .option(...from)
    .option(...to)
    .option('--json', 'print the plan as JSON (rates as fractions)')
    .action(lazyRead(load, (m) => m.runHiringPlan));
  hiring
    .command('funnel')
    .description('applications reaching each stage, conversion, time in stage and the bottleneck')
    .option('--position <id>', 'one position of the plan')
    .option('--team <team>', 'the positions of one team')
    .option(...asOf)
    .option(...from)
    .option(...to)
    .option('--json', 'print the funnel as JSON')
    .action(lazyRead(load, (m) => m.runHiringFunnel));
  hiring
    .command('sources')
    .description('per source: applications, reached the interview loop, hires and hire rate')
    .option(...asOf)
    .option(...from)
    .option(...to)
    .option('--json', 'print the sources as JSON')
    .action(lazyRead(load, (m) => m.runHiringSources));
  hiring
    .command('candidates')
    .description('individual candidates with their stage history and scorecards')
    .option('--position <id>', 'one position of the plan')
    .option('--json', 'print the candidates as JSON')
    .action(lazyRead(load, (m) => m.runHiringCandidates));
  hiring
    .command('calibration')
    .description('per interviewer: mean deviation from the other interviewers of the same candidates')
    .option('--json', 'print the calibration as JSON')
    .action(lazyRead(load, (m) => m.runHiringCalibration));
  hiring
    .command('import')
    .description('import an ATS export (all or nothing; importing it again changes nothing)')
    .argument('<file>', 'the export file')
    .option('--format <format>', 'csv or greenhouse (default: greenhouse for .json files, else csv)')
    .option('--source <name>', 'source name for the stable ids (default: ats-<file name>)')
    .option('--json', 'print the summary as JSON')
    .action(lazy(load, (m) => m.runHiringImport));
}
