/**
 * Bringing SLI samples into the store: from CSV, from Prometheus range-query responses, or as samples
 * posted to the API. Every batch is checked as a whole first (timestamps on whole minutes, counts, one
 * value per minute) and written in one transaction, so a bad batch writes nothing. Gaps are not errors:
 * they are reported and stay missing data.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { mapPrometheusSli, type SliKind } from '../connectors/prometheus/map.js';
import { ImportError, InputError, type Location, NotFoundError } from '../domain/errors.js';
import { toRefString } from '../domain/refs.js';
import type { Service } from '../domain/service.js';
import type { SliFileFormat, Slo } from '../domain/slo.js';
import { type CheckedSliSamples, checkSliSamples, type SliSampleColumns } from '../metrics/slo/samples.js';
import { writeSliDays } from '../store/slo.repo.js';
import type { StoreSession } from '../store/store.js';
import type { AppContext } from './context.js';
import { parseSliCsv } from './slo-csv.js';

/** Gaps listed one by one in a summary; the count and the missing minutes cover them all. */
const LISTED_GAPS = 20;

export interface SliImportSummary {
  service: string;
  slo: string;
  samples: number;
  repeated: number;
  first: string | null;
  last: string | null;
  days: number;
  missingMinutes: number;
  gapCount: number;
  gaps: { from: string; to: string; minutes: number }[];
  /** Prometheus only: minutes present in one of the two series, left out as missing. */
  unpaired: number;
}

export interface SliTarget {
  service: Service;
  slo: Slo;
}

/** The declared SLO a service name (or reference) and SLO name point at. */
export function findSlo(context: AppContext, service: string, slo: string): SliTarget {
  const ref = toRefString(service, 'service');
  const found = context.workspace.model.services.find((candidate) => candidate.ref === ref);
  if (!found) throw new NotFoundError(`No service ${ref} in this workspace`);
  const objective = found.slos.find((candidate) => candidate.name === slo);
  if (!objective) {
    const names = found.slos.map((candidate) => candidate.name);
    throw new NotFoundError(
      `Service ${found.name} declares no SLO "${slo}" (it declares ${names.length > 0 ? names.join(', ') : 'none'})`,
    );
  }
  return { service: found, slo: objective };
}

export interface ParsedSli {
  columns: SliSampleColumns;
  locate: (index: number) => Location;
  unpaired: number;
}

/** Checks a parsed batch; throws an ImportError naming every problem. */
export function checkParsedSli(parsed: ParsedSli, what: string): CheckedSliSamples {
  const result = checkSliSamples(parsed.columns, parsed.locate);
  if (result.kind === 'invalid') throw new ImportError(`${what}: nothing was imported`, result.issues);
  return result.checked;
}

/** Writes a checked batch (joining the caller's transaction if there is one) and sums it up. */
export async function writeCheckedSli(
  store: StoreSession,
  target: SliTarget,
  checked: CheckedSliSamples,
  unpaired: number,
): Promise<SliImportSummary> {
  const days = await writeSliDays(store, { service: target.service.ref, slo: target.slo.name }, checked.days);
  return {
    service: target.service.name,
    slo: target.slo.name,
    samples: checked.samples,
    repeated: checked.repeated,
    first: checked.first?.toISOString() ?? null,
    last: checked.last?.toISOString() ?? null,
    days,
    missingMinutes: checked.missingMinutes,
    gapCount: checked.gaps.length,
    gaps: checked.gaps.slice(0, LISTED_GAPS).map((gap) => ({
      from: gap.from.toISOString(),
      to: gap.to.toISOString(),
      minutes: gap.minutes,
    })),
    unpaired,
  };
}

export const postedSamplesSchema = z.strictObject({
  samples: z
    .array(
      z.strictObject({
        timestamp: z.iso.datetime({ offset: true }),
        good: z.number(),
        valid: z.number(),
      }),
    )
    .min(1),
});

/** `POST /api/slos/:service/:slo/sli`: `{ samples: [{ timestamp, good, valid }] }`. */
export async function importPostedSli(
  context: AppContext,
  service: string,
  slo: string,
  body: unknown,
): Promise<SliImportSummary> {
  const target = findSlo(context, service, slo);
  const parsed = postedSamplesSchema.safeParse(body);
  if (!parsed.success) {
    throw new InputError(
      'SLI samples not understood',
      parsed.error.issues.slice(0, 20).map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
        expected: '{ "samples": [{ "timestamp": "2026-11-02T10:00:00Z", "good": 998, "valid": 1000 }] }',
      })),
    );
  }
  const samples = parsed.data.samples;
  const checked = checkParsedSli(
    {
      columns: {
        timestamps: samples.map((sample) => Date.parse(sample.timestamp)),
        good: samples.map((sample) => sample.good),
        valid: samples.map((sample) => sample.valid),
      },
      locate: (index) => ({ path: `samples[${index}]` }),
      unpaired: 0,
    },
    'SLI samples refused',
  );
  return writeCheckedSli(context.store, target, checked, 0);
}

export interface SliFileOptions {
  service: string;
  slo: string;
  /** One file: CSV, or a Prometheus response holding both series. */
  file?: string;
  /** Prometheus: a file per series instead. */
  goodFile?: string;
  validFile?: string;
  format?: SliFileFormat;
  /** Prometheus: the kind of the single series in `file` when it has no label. */
  kind?: SliKind;
  label?: string;
}

/** Reads and checks SLI files without writing; `sextant sync` checks them all before writing any. */
export async function readSliFiles(options: SliFileOptions): Promise<ParsedSli> {
  const single = options.file;
  const format = options.format ?? (single && /\.csv$/i.test(single) ? 'csv' : 'prometheus');
  if (format === 'csv') {
    if (!single)
      throw new InputError('A CSV SLI import needs one file with timestamp, good and valid columns');
    const parsed = parseSliCsv(await readText(single), single);
    if (parsed.kind === 'invalid') throw new ImportError(`${single}: nothing was imported`, parsed.issues);
    return { ...parsed, unpaired: 0 };
  }
  const payloads = [
    ...(single ? [{ file: single, kind: options.kind }] : []),
    ...(options.goodFile ? [{ file: options.goodFile, kind: 'good' as const }] : []),
    ...(options.validFile ? [{ file: options.validFile, kind: 'valid' as const }] : []),
  ];
  if (payloads.length === 0) throw new InputError('No SLI file given: a file, or --good and --valid files');
  const loaded = await Promise.all(
    payloads.map(async (payload) => ({
      ...payload,
      json: parseJson(await readText(payload.file), payload.file),
    })),
  );
  const mapped = mapPrometheusSli(
    loaded.map(({ file, json, kind }) => (kind ? { file, json, kind } : { file, json })),
    options.label,
  );
  if (mapped.kind === 'invalid') {
    throw new ImportError(`${loaded.map((p) => p.file).join(', ')}: nothing was imported`, mapped.issues);
  }
  return mapped;
}

/** `sextant slos import`: one SLO's samples from files, checked as a whole, written in one transaction. */
export async function importSliFiles(
  context: AppContext,
  options: SliFileOptions,
): Promise<SliImportSummary> {
  const target = findSlo(context, options.service, options.slo);
  const parsed = await readSliFiles(options);
  const files = [options.file, options.goodFile, options.validFile]
    .filter(Boolean)
    .map((f) => path.basename(f ?? ''));
  const checked = checkParsedSli(parsed, `${files.join(', ')}: nothing was imported`);
  return writeCheckedSli(context.store, target, checked, parsed.unpaired);
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(
      `Cannot read SLI file ${file}`,
      [{ file, message: 'file not readable', found: String(error), expected: 'a readable file' }],
      { cause: error },
    );
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportError(`${file}: nothing was imported`, [
      {
        file,
        message: 'not JSON',
        found: String(error),
        expected: 'a Prometheus range-query response (JSON)',
      },
    ]);
  }
}
