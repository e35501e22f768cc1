import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import { type AppContext, closeContext, openContext } from '../../services/context.js';
import {
  checkReleaseAntiPatterns,
  computeReleaseMetricsReport,
  importFeatureFlags,
  listReleases,
  showRelease,
  signOffRelease,
} from '../../services/releases.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';
import {
  formatAntiPatterns,
  formatRelease,
  formatReleaseList,
  formatReleaseMetrics,
} from './releases-text.js';

interface WindowOptions {
  scope?: string;
  service?: string;
  from?: string;
  to?: string;
  json?: boolean;
}

async function withContext<T>(command: Command, run: (context: AppContext) => Promise<T>): Promise<T> {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    return await run(context);
  } finally {
    await closeContext(context);
  }
}

function toQuery(options: WindowOptions) {
  const { json: _json, ...query } = options;
  return query;
}

export async function runReleasesList(options: WindowOptions, command: Command) {
  const result = await withContext(command, (context) => listReleases(context, toQuery(options), new Date()));
  if (options.json) printJson(result);
  else printData(formatReleaseList(result));
}

export async function runReleasesShow(id: string, options: { json?: boolean }, command: Command) {
  const result = await withContext(command, (context) => showRelease(context, id, new Date()));
  if (options.json) printJson(result);
  else printData(formatRelease(result));
}

export async function runReleasesSignoff(
  id: string,
  item: string,
  options: { by?: string; note?: string; json?: boolean },
  command: Command,
) {
  if (options.by === undefined) {
    throw new InputError('Say who signs off', [
      { path: '--by', message: 'is missing', expected: 'a person in model/people.yaml, e.g. --by ana-lopez' },
    ]);
  }
  const input = { item, by: options.by, ...(options.note === undefined ? {} : { note: options.note }) };
  const result = await withContext(command, (context) => signOffRelease(context, id, input, new Date()));
  if (options.json) printJson(result);
  else
    say(
      `signed off ${result.signoff.item} of ${result.release.service} ${result.release.version} (${result.release.id}) by ${result.signoff.person}`,
    );
}

export async function runReleasesMetrics(options: WindowOptions, command: Command) {
  const result = await withContext(command, (context) =>
    computeReleaseMetricsReport(context, toQuery(options), new Date()),
  );
  if (options.json) printJson(result);
  else printData(formatReleaseMetrics(result));
}

export async function runReleasesCheck(options: WindowOptions, command: Command) {
  const result = await withContext(command, (context) =>
    checkReleaseAntiPatterns(context, toQuery(options), new Date()),
  );
  if (options.json) printJson(result);
  else printData(formatAntiPatterns(result));
}

export async function runReleasesFlagsImport(file: string, options: { json?: boolean }, command: Command) {
  const result = await withContext(command, (context) => importFeatureFlags(context, file));
  if (options.json) printJson(result);
  else say(`imported ${result.flags} feature flags from ${result.file} (${result.written} new or changed)`);
}
