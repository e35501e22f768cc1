import path from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import {
  costAgainstForecast,
  costNamedScenario,
  importCostActuals,
  parseAdHocScenario,
  showBudget,
} from '../../services/budget.service.js';
import { closeContext, openContext } from '../../services/context.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';
import { formatBudget, formatForecast, formatImport, formatScenario } from './budget-text.js';

type YearOptions = { year?: string; json?: boolean };

async function withContext<T>(
  command: Command,
  run: (context: Awaited<ReturnType<typeof openContext>>) => Promise<T>,
) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    return await run(context);
  } finally {
    await closeContext(context);
  }
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.replace(/^FY/i, ''))) {
    throw new InputError('Invalid option', [
      {
        path: '--year',
        message: 'not a fiscal year',
        found: text,
        expected: 'a year such as 2026 or FY2026',
      },
    ]);
  }
  return Number(text.replace(/^FY/i, ''));
}

export async function runBudgetShow(options: YearOptions, command: Command) {
  const year = parseYear(options.year);
  const view = await withContext(command, (context) => showBudget(context, { year, now: new Date() }));
  if (options.json) printJson(view);
  else printData(formatBudget(view));
}

export async function runBudgetForecast(options: YearOptions, command: Command) {
  const year = parseYear(options.year);
  const view = await withContext(command, (context) => showBudget(context, { year, now: new Date() }));
  if (options.json) {
    printJson({
      year: view.year,
      currency: view.currency,
      asOf: view.asOf,
      closedMonths: view.closedMonths,
      categories: view.categories.map(({ category, plan, yearToDate, runRate, forecast }) => ({
        category,
        plan,
        yearToDate,
        runRate,
        forecast,
      })),
      total: view.total,
    });
  } else printData(formatForecast(view));
}

export async function runBudgetImport(
  files: string[],
  options: { source?: string; json?: boolean },
  command: Command,
) {
  const summary = await withContext(command, (context) =>
    importCostActuals(
      context,
      files.map((file) => ({ path: path.resolve(file), source: options.source })),
    ),
  );
  if (options.json) printJson(summary);
  else {
    for (const file of summary.files) say(`  ${file.path}: ${file.lines} cost lines (${file.source})`);
    printData(formatImport(summary));
  }
}

export async function runBudgetScenario(
  name: string | undefined,
  options: { levels?: string; from?: string; teamSize?: string; json?: boolean },
  command: Command,
) {
  const adHoc = options.levels !== undefined || options.from !== undefined || options.teamSize !== undefined;
  if (name !== undefined && adHoc) {
    throw new InputError('Give a scenario name or --levels/--from, not both');
  }
  if (name === undefined && (options.levels === undefined || options.from === undefined)) {
    throw new InputError(
      'Name a scenario of registers/scenarios.yaml, or give --levels and --from (e.g. --levels IC4:2,IC3:3 --from 2026-05)',
    );
  }
  const teamSize = options.teamSize === undefined ? undefined : Number(options.teamSize);
  if (teamSize !== undefined && !Number.isInteger(teamSize)) {
    throw new InputError('Invalid option', [
      {
        path: '--team-size',
        message: 'not a whole number',
        found: options.teamSize,
        expected: 'a whole number of people',
      },
    ]);
  }
  // Arguments are checked before the database is opened.
  const adHocScenario =
    name === undefined
      ? parseAdHocScenario({ levels: options.levels ?? '', from: options.from ?? '', teamSize })
      : undefined;
  const cost = await withContext(command, (context) =>
    adHocScenario
      ? costAgainstForecast(context, adHocScenario, new Date())
      : costNamedScenario(context, name ?? '', new Date()),
  );
  if (options.json) printJson(cost);
  else printData(formatScenario(cost));
}
