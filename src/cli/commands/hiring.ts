/** `sextant hiring plan|funnel|sources|candidates|calibration|import`, run as the local operator. */
import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { InputError } from '../../domain/errors.js';
import { IMPORT_FORMATS } from '../../domain/hiring.js';
import { dateSchema } from '../../domain/primitives.js';
import { LOCAL_OPERATOR } from '../../domain/privacy.js';
import { type AppContext, closeContext, openContext } from '../../services/context.js';
import {
  hiringFunnel,
  hiringPlan,
  hiringSources,
  interviewerCalibration,
  listCandidates,
} from '../../services/hiring.service.js';
import { importHiringFiles } from '../../services/hiring-import.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';
import {
  formatCalibration,
  formatCandidates,
  formatFunnel,
  formatPlan,
  formatSources,
} from './hiring-text.js';

const windowOptions = z.object({
  asOf: dateSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  position: z.string().min(1).optional(),
  team: z.string().min(1).optional(),
  json: z.boolean().optional(),
});
type Options = z.input<typeof windowOptions>;

function parseOptions(options: Options) {
  const parsed = windowOptions.safeParse(options);
  if (parsed.success) return parsed.data;
  throw new InputError(
    'Invalid options',
    parsed.error.issues.map((issue) => ({
      path: `--${String(issue.path[0] ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
      message: issue.message,
    })),
  );
}

async function withContext(command: Command, run: (context: AppContext) => Promise<void>) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    await run(context);
  } finally {
    await closeContext(context);
  }
}

export async function runHiringPlan(options: Options, command: Command) {
  const query = parseOptions(options);
  await withContext(command, async (context) => {
    const plan = await hiringPlan(context, LOCAL_OPERATOR, query, new Date());
    if (query.json) printJson(plan);
    else printData(formatPlan(plan));
  });
}

export async function runHiringFunnel(options: Options, command: Command) {
  const query = parseOptions(options);
  await withContext(command, async (context) => {
    const funnel = await hiringFunnel(context, LOCAL_OPERATOR, query, new Date());
    if (query.json) printJson(funnel);
    else printData(formatFunnel(funnel));
  });
}

export async function runHiringSources(options: Options, command: Command) {
  const query = parseOptions(options);
  await withContext(command, async (context) => {
    const sources = await hiringSources(context, LOCAL_OPERATOR, query, new Date());
    if (query.json) printJson(sources);
    else printData(formatSources(sources));
  });
}

export async function runHiringCandidates(options: Options, command: Command) {
  const query = parseOptions(options);
  await withContext(command, async (context) => {
    const list = await listCandidates(context, LOCAL_OPERATOR, { position: query.position });
    if (query.json) printJson(list);
    else printData(formatCandidates(list));
  });
}

export async function runHiringCalibration(options: Options, command: Command) {
  await withContext(command, async (context) => {
    const calibration = await interviewerCalibration(context, LOCAL_OPERATOR);
    if (options.json) printJson(calibration);
    else printData(formatCalibration(calibration));
  });
}

export async function runHiringImport(
  file: string,
  options: { format?: string; source?: string; json?: boolean },
  command: Command,
) {
  const format = options.format ?? (file.toLowerCase().endsWith('.json') ? 'greenhouse' : 'csv');
  if (!(IMPORT_FORMATS as readonly string[]).includes(format))
    throw new InputError('Invalid options', [
      {
        path: '--format',
        message: 'unknown export format',
        found: format,
        expected: IMPORT_FORMATS.join(' | '),
      },
    ]);
  await withContext(command, async (context) => {
    const summary = await importHiringFiles(context, LOCAL_OPERATOR, [
      { path: path.resolve(file), format: format as (typeof IMPORT_FORMATS)[number], source: options.source },
    ]);
    if (options.json) printJson(summary);
    else for (const entry of summary.files) say(`Imported ${entry.source}: ${entry.summary}.`);
  });
}
