/**
 * `sextant report <kind>`: builds the report as the local operator, renders it and writes it to stdout or
 * `-o FILE`. A PDF goes to stdout only when stdout is not a terminal; progress goes to stderr.
 */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import { LOCAL_OPERATOR } from '../../domain/privacy.js';
import {
  assertReportKind,
  buildReport,
  REPORT_AUDIENCES,
  REPORT_FORMATS,
  type ReportAudience,
  type ReportFormat,
  renderReport,
} from '../../services/reports/index.js';
import { say } from '../output.js';
import { withContext } from '../with-context.js';

interface Options {
  period?: string;
  format: string;
  audience?: string;
  item?: string;
  output?: string;
}

export async function runReport(kindText: string, options: Options, command: Command) {
  const kind = assertReportKind(kindText);
  const format = parseChoice<ReportFormat>('format', options.format, REPORT_FORMATS);
  const audience =
    options.audience === undefined
      ? undefined
      : parseChoice<ReportAudience>('audience', options.audience, REPORT_AUDIENCES);
  if (format === 'pdf' && !options.output && process.stdout.isTTY) {
    throw new InputError('A PDF needs a file', [
      {
        path: 'output',
        message: 'give -o FILE, or redirect stdout to a file or pipe',
        expected: '-o report.pdf',
      },
    ]);
  }
  await withContext(command, async (context) => {
    const started = Date.now();
    say(`building the ${kind} report…`);
    const document = await buildReport(context, LOCAL_OPERATOR, {
      kind,
      ...(options.period ? { period: options.period } : {}),
      ...(audience ? { audience } : {}),
      ...(options.item ? { item: options.item } : {}),
    });
    if (format === 'pdf') say('printing the PDF with Chromium…');
    const body = await renderReport(document, format);
    if (options.output) {
      await writeFile(options.output, body);
      say(
        `${document.title}, ${document.period.label}: written to ${options.output} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    } else {
      process.stdout.write(body);
    }
  });
}

function parseChoice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Invalid --${name}`, [
    { path: name, message: `not a ${name}`, found: JSON.stringify(value), expected: choices.join(', ') },
  ]);
}
