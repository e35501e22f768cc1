/** `sextant dependencies …`: cross-team dependencies and the views over them (docs/organization/dependencies.md). */
import type { Command } from 'commander';
import { lazy } from './lazy.js';

const load = () => import('./commands/dependencies.js');

const AS_OF = 'the day to judge from, YYYY-MM-DD (default: today in the workspace time zone)';

export function registerDependenciesCommands(program: Command): void {
  const dependencies = program
    .command('dependencies')
    .description('cross-team dependencies: matrix, graph, blocking chains, critical path, hidden ones');

  const filtered = (command: Command) =>
    command
      .option('--team <name>', 'only dependencies this team provides or consumes')
      .option('--status <status>', 'not-started, in-progress, available, done or cancelled')
      .option('--type <type>', 'blocking, non-blocking or soft')
      .option('--as-of <date>', AS_OF);

  filtered(
    dependencies
      .command('list')
      .description('dependencies most urgent first, with days to or past needed-by and a suggested strategy'),
  )
    .option('--json', 'print the list as JSON')
    .action(lazy(load, (m) => m.runDependenciesList));

  filtered(
    dependencies
      .command('matrix')
      .description('providing teams × consuming teams, with open, overdue and blocking counts per pair'),
  )
    .option('--json', 'print the matrix as JSON')
    .action(lazy(load, (m) => m.runDependenciesMatrix));

  filtered(dependencies.command('graph').description('teams and the dependencies between them'))
    .option('--format <format>', 'text (default), mermaid or dot')
    .option('--json', 'print the nodes and edges as JSON')
    .action(lazy(load, (m) => m.runDependenciesGraph));

  dependencies
    .command('chains')
    .description('who waits on whom through open blocking dependencies, transitively; cycles listed')
    .option('--team <name>', 'only the chains starting at this team')
    .option('--as-of <date>', AS_OF)
    .option('--limit <count>', 'at most this many chains (default 1000)')
    .option('--json', 'print the chains and cycles as JSON')
    .action(lazy(load, (m) => m.runDependenciesChains));

  dependencies
    .command('critical-path')
    .description('what must be delivered before a date for a team (or a dependency) to go ahead')
    .requiredOption('--to <date>', 'the target date, YYYY-MM-DD')
    .option('--team <name>', 'the consuming team')
    .option('--dependency <name>', 'start from this dependency instead of a team')
    .option('--as-of <date>', AS_OF)
    .option('--json', 'print the path and every required dependency as JSON')
    .action(lazy(load, (m) => m.runDependenciesCriticalPath));

  dependencies
    .command('hidden')
    .description('services calling another team’s services with no declared dependency between the teams')
    .option('--team <name>', 'only those this team is on either side of')
    .option('--json', 'print them as JSON')
    .action(lazy(load, (m) => m.runDependenciesHidden));
}
