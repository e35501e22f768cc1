/** `sextant surveys list|results|trend|import|export`. The CLI acts as the local operator, still authorized and audited. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { InputError } from '../../domain/errors.js';
import { LOCAL_OPERATOR } from '../../domain/privacy.js';
import { toSurveyExportCsv } from '../../services/survey-export.js';
import { describeSurveyImport, importSurveyResponses } from '../../services/survey-import.service.js';
import {
  listSurveys,
  readSurveyExport,
  readSurveyOpenText,
  readSurveyResults,
  readSurveyTrend,
} from '../../services/surveys.service.js';
import { printData, printJson, say } from '../output.js';
import { withContext } from '../with-context.js';
import { formatOpenText, formatSurveyList, formatSurveyResults, formatSurveyTrend } from './surveys-text.js';

function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new InputError(
    'Invalid options',
    parsed.error.issues.map((issue) => ({
      path: `--${String(issue.path[0])}`,
      message: issue.message,
      found: JSON.stringify((raw as Record<string, unknown>)[String(issue.path[0])]),
    })),
  );
}

export async function runSurveysList(options: { json?: boolean }, command: Command) {
  await withContext(command, async (context) => {
    const list = await listSurveys(context, LOCAL_OPERATOR, new Date());
    if (options.json) printJson(list);
    else printData(formatSurveyList(list));
  });
}

const resultsOptions = z.strictObject({
  team: z.string().min(1).optional(),
  by: z.enum(['team', 'tenure']).optional(),
  openText: z.boolean().optional(),
  json: z.boolean().optional(),
});

export async function runSurveysResults(id: string, raw: Record<string, unknown>, command: Command) {
  const options = parseOptions(resultsOptions, raw);
  await withContext(command, async (context) => {
    const results = await readSurveyResults(
      context,
      LOCAL_OPERATOR,
      id,
      {
        team: options.team,
        by: options.by,
      },
      new Date(),
    );
    const openText = options.openText
      ? await readSurveyOpenText(context, LOCAL_OPERATOR, id, { team: options.team }, new Date())
      : undefined;
    if (options.json) return printJson(openText ? { ...results, openText } : results);
    printData(formatSurveyResults(results));
    if (openText) printData(formatOpenText(openText));
  });
}

export async function runSurveysTrend(kind: string, options: { json?: boolean }, command: Command) {
  await withContext(command, async (context) => {
    const trend = await readSurveyTrend(context, LOCAL_OPERATOR, kind, new Date());
    if (options.json) printJson(trend);
    else printData(formatSurveyTrend(trend));
  });
}

export async function runSurveysImport(
  id: string,
  file: string,
  options: { json?: boolean },
  command: Command,
) {
  await withContext(command, async (context) => {
    const result = await importSurveyResponses(context, LOCAL_OPERATOR, [
      { survey: id, path: path.resolve(file) },
    ]);
    if (options.json) return printJson(result);
    for (const line of describeSurveyImport(result).files)
      say(`Survey responses ${line.source}: ${line.summary}.`);
  });
}

const exportOptions = z.strictObject({
  format: z.enum(['csv', 'json']),
  output: z.string().min(1).optional(),
  json: z.boolean().optional(),
});

export async function runSurveysExport(id: string, raw: Record<string, unknown>, command: Command) {
  const options = parseOptions(exportOptions, raw);
  const format = options.json ? 'json' : options.format;
  await withContext(command, async (context) => {
    const data = await readSurveyExport(context, LOCAL_OPERATOR, id, format, new Date());
    const text = format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : toSurveyExportCsv(data.sections);
    if (!options.output) return printData(text);
    await writeFile(options.output, text);
    say(`Wrote the results of ${id} to ${options.output}.`);
  });
}
