/** `sextant budget …`: plan against actuals, the run-rate forecast, cost imports and headcount scenarios (docs/governance/budget.md). */
import type { Command } from 'commander';
import { lazy } from './lazy.js';

const load = () => import('./commands/budget.js');

export function registerBudgetCommands(program: Command): void {
  const budget = program
    .command('budget')
    .description('the engineering budget: plan vs actuals by category and month, forecast, scenarios');
  budget
    .command('show', { isDefault: true })
    .description('plan, actuals and variance per category and month, year to date, unit costs')
    .option('--year <FY>', 'fiscal year, named by the calendar year it starts in (default: the current one)')
    .option('--json', 'print the view as JSON')
    .action(lazy(load, (m) => m.runBudgetShow));
  budget
    .command('forecast')
    .description('the run-rate forecast for the fiscal year per category against the plan')
    .option('--year <FY>', 'fiscal year (default: the current one)')
    .option('--json', 'print the forecast as JSON')
    .action(lazy(load, (m) => m.runBudgetForecast));
  budget
    .command('import')
    .description('import cost actuals from CSV (month, category, amount, currency, vendor, description, id)')
    .argument('<files...>', 'CSV files')
    .option('--source <name>', 'source name for the lines (default: cost:<file name>)')
    .option('--json', 'print the import summary as JSON')
    .action(lazy(load, (m) => m.runBudgetImport));
  budget
    .command('scenario')
    .description('cost a headcount scenario over the fiscal year against the headcount plan')
    .argument('[name]', 'a scenario of registers/scenarios.yaml')
    .option('--levels <mix>', 'ad hoc level mix, e.g. IC4:2,IC3:3')
    .option('--from <month>', 'ad hoc first month, YYYY-MM')
    .option('--team-size <n>', 'ad hoc team size (checked against the level mix)')
    .option('--json', 'print the scenario cost as JSON')
    .action(lazy(load, (m) => m.runBudgetScenario));
}
