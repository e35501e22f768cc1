/** `sextant surveys …`: survey definitions, protected results, trends, imports and exports (docs/people/surveys.md). */
import type { Command } from 'commander';
import { lazy, lazyRead } from './lazy.js';
import { addDxScorecardCommand } from './register-dx-scorecard.js';

const load = () => import('./commands/surveys.js');

export function registerSurveysCommands(program: Command): void {
  const surveys = program
    .command('surveys')
    .description(
      'developer-experience, pulse and eNPS surveys (surveys/*.yaml): results for groups of 5 or more',
    );
  surveys
    .command('list', { isDefault: true })
    .description('every survey with its window, status and respondents (the default)')
    .option('--json', 'print the surveys as JSON')
    .action(lazyRead(load, (m) => m.runSurveysList));
  surveys
    .command('results')
    .description('per item mean, distribution, favourable share and change; eNPS; groups under 5 withheld')
    .argument('<id>', 'the survey id, e.g. dx-2026-q3')
    .option('--team <team>', 'one team (decided together with the other teams)')
    .option('--by <breakdown>', 'break down by team or tenure')
    .option('--open-text', 'also print the open answers (needs surveys.open-text)')
    .option('--json', 'print the results as JSON')
    .action(lazyRead(load, (m) => m.runSurveysResults));
  surveys
    .command('trend')
    .description('every round of a kind for the whole organization, with its change against the round before')
    .argument('<kind>', 'dx, pulse or enps')
    .option('--json', 'print the trend as JSON')
    .action(lazyRead(load, (m) => m.runSurveysTrend));
  surveys
    .command('import')
    .description('import responses from CSV: response_id, submitted_at, team, tenure?, one column per item')
    .argument('<id>', 'the survey id')
    .argument('<file>', 'the CSV file')
    .option('--json', 'print the import summary as JSON')
    .action(lazy(load, (m) => m.runSurveysImport));
  surveys
    .command('export')
    .description('the protected figures of a survey (never individual responses)')
    .argument('<id>', 'the survey id')
    .option('--format <format>', 'csv or json', 'csv')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--json', 'same as --format json')
    .action(lazyRead(load, (m) => m.runSurveysExport));
  addDxScorecardCommand(surveys);
}
