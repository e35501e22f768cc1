/**
 * `sextant talent …`: the talent review (docs/people/talent.md): the performance × potential grid,
 * succession of critical roles, single points of failure and flight risk, and one person's profile. The
 * local operator of the workspace reads as an administrator; every read is still audited.
 */
import type { Command } from 'commander';
import { lazy, lazyRead } from './lazy.js';

const load = () => import('./commands/talent.js');

export function registerTalentCommands(program: Command): void {
  const talent = program
    .command('talent')
    .description('the talent review (registers/talent-review.yaml): grid, succession, risks, profiles');
  talent
    .command('grid')
    .description('people in the nine boxes of performance × potential, after the latest calibration')
    .option('--team <team>', 'only the members and lead of this team')
    .option('--json', 'print the grid as JSON')
    .action(lazyRead(load, (m) => m.runTalentGrid));
  talent
    .command('succession')
    .description('each critical role with its successors (ready now, in 1-2 years) and the coverage')
    .option('--json', 'print the succession plan as JSON')
    .action(lazyRead(load, (m) => m.runTalentSuccession));
  talent
    .command('risks')
    .description('single points of failure (roles without successor, sole experts) and flight risk')
    .option('--json', 'print the risks as JSON')
    .action(lazy(load, (m) => m.runTalentRisks));
  talent
    .command('show')
    .description("one person's box, calibration notes, roles held and roles they could succeed")
    .argument('<person>', 'the person, e.g. ana or person:default/ana')
    .option('--json', 'print the profile as JSON')
    .action(lazyRead(load, (m) => m.runTalentShow));
}
