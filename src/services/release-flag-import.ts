/**
 * Feature flags into the store, from the three ways they arrive: a file named on the command line, a
 * `type: flags` source in `sextant.yaml` (run by `sextant sync`, `sync --source` and the schedule), and a
 * request body sent to `POST /api/releases/flags`. All three parse with release-flags.ts, so they accept
 * and refuse the same rows with the same messages, and write all of a file's flags or none.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImportError, InputError } from '../domain/errors.js';
import type { SourceConfig } from '../domain/sources.js';
import { upsertFeatureFlags } from '../store/releases.repo.js';
import type { AppContext } from './context.js';
import { type FlagFormat, parseFeatureFlags } from './release-flags.js';

export type FlagSourceConfig = Extract<SourceConfig, { type: 'flags' }>;

export interface FlagImportResult {
  file: string;
  flags: number;
  /** Flags new or changed; a re-import of the same export writes none. */
  written: number;
}

async function readFlagsFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new ImportError(
      `Cannot read ${file}`,
      [{ file, message: 'cannot be read', found: String(error) }],
      { cause: error },
    );
  }
}

/** Imports a flags file (CSV, JSON or JSON Lines, by its name); validates every row first. */
export async function importFeatureFlags(context: AppContext, file: string): Promise<FlagImportResult> {
  const text = await readFlagsFile(file);
  const { model, config } = context.workspace;
  const flags = parseFeatureFlags(file, text, model, config.timezone);
  const written = await upsertFeatureFlags(context.store, flags, path.basename(file));
  return { file, flags: flags.length, written };
}

/** Runs one declared flags source: its file, resolved against the workspace. */
export async function runFlagSource(
  context: AppContext,
  source: FlagSourceConfig,
): Promise<FlagImportResult> {
  return importFeatureFlags(context, path.resolve(context.workspace.dir, source.path));
}

/** Every declared flags source, for `sextant sync`; they are local files, so each run reads them whole. */
export async function syncFlagSources(context: AppContext): Promise<FlagImportResult[]> {
  const results: FlagImportResult[] = [];
  for (const source of context.workspace.config.sources) {
    if (source.type === 'flags') results.push(await runFlagSource(context, source));
  }
  return results;
}

/** Which format a request body is in: the `format` query wins, else its content type, else JSON. */
export function resolveFlagBodyFormat(
  contentType: string | undefined,
  format: string | undefined,
): FlagFormat {
  if (format !== undefined) {
    if (format === 'csv' || format === 'json' || format === 'jsonl') return format;
    throw new InputError('Unknown flags format', [
      {
        path: 'format',
        message: 'is not a flags format',
        found: JSON.stringify(format),
        expected: 'csv, json or jsonl',
      },
    ]);
  }
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/csv') return 'csv';
  if (type === 'application/x-ndjson' || type === 'application/jsonl') return 'jsonl';
  return 'json';
}

/** Imports flags sent in a request body; issues name the body as their file. */
export async function importFeatureFlagPayload(
  context: AppContext,
  payload: { text: string; format: FlagFormat },
): Promise<FlagImportResult> {
  const { model, config } = context.workspace;
  const flags = parseFeatureFlags('body', payload.text, model, config.timezone, payload.format);
  const written = await upsertFeatureFlags(context.store, flags, 'api');
  return { file: 'body', flags: flags.length, written };
}
