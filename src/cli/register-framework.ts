/** `sextant framework …`: the engineering leadership framework, its adoption and coverage (docs/governance/framework.md). */
import type { Command } from 'commander';
import { lazy } from './lazy.js';

const load = () => import('./commands/framework.js');

export function registerFrameworkCommands(program: Command): void {
  const framework = program
    .command('framework')
    .description(
      'the built-in framework of concerns, policies and procedures, with adoption from registers/policies.yaml',
    );
  framework
    .command('list', { isDefault: true })
    .description(
      'every procedure by concern with its adoption status, owner and the Sextant feature behind it (the default)',
    )
    .option('--area <area>', 'only one area: tech, people, ops or culture')
    .option('--json', 'print the catalog with adoption as JSON')
    .action(lazy(load, (m) => m.runFrameworkList));
  framework
    .command('show')
    .description('one area, concern, policy or procedure by id, with its feature and adoption')
    .argument('<id>', 'an id from `sextant framework list`, e.g. tech.reliability')
    .option('--json', 'print the entry as JSON')
    .action(lazy(load, (m) => m.runFrameworkShow));
  framework
    .command('coverage')
    .description(
      'adoption by area and concern, stale or missing evidence, overdue reviews, what Sextant carries out',
    )
    .option('--json', 'print the coverage as JSON (shares as fractions)')
    .action(lazy(load, (m) => m.runFrameworkCoverage));
}
