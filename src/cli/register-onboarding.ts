/** `sextant onboarding …`: new hires' 30-60-90 day plans and how fast they became productive (docs/people/onboarding.md). */
import type { Command } from 'commander';
import { lazyRead } from './lazy.js';

const load = () => import('./commands/onboarding.js');

export function registerOnboardingCommands(program: Command): void {
  const onboarding = program
    .command('onboarding')
    .description("new hires' 30-60-90 day plans (registers/onboarding.yaml) and time to first contribution");
  const asOf = ['--as-of <date>', 'read the plans on this day, YYYY-MM-DD (default: today)'] as const;
  onboarding
    .command('list', { isDefault: true })
    .description('every plan: phase, overdue check-ins, days to first merged pull request and deployment')
    .option(...asOf)
    .option('--json', 'print the plans as JSON')
    .action(lazyRead(load, (m) => m.runOnboardingList));
  onboarding
    .command('show')
    .description("one new hire's plan: goals, checkpoints, check-ins, first pull request and deployment")
    .argument('<person>', 'the new hire, e.g. sofia-schneider')
    .option(...asOf)
    .option('--json', 'print the plan as JSON')
    .action(lazyRead(load, (m) => m.runOnboardingShow));
  onboarding
    .command('cohort')
    .description(
      'per fiscal quarter of first days: median days to first merged pull request and the share within 14 days (closed quarters of 5 or more)',
    )
    .option('--year <year>', 'the fiscal year, named by the year it starts in (default: the current one)')
    .option(...asOf)
    .option('--json', 'print the cohort as JSON')
    .action(lazyRead(load, (m) => m.runOnboardingCohort));
}
