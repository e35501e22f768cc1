/** `sextant attrition summary|leavers|promotions|equity|export`. The local operator acts as an administrator. */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import { LOCAL_OPERATOR } from '../../domain/privacy.js';
import {
  attritionSummary,
  type Breakdown,
  listLeavers,
  promotionSummary,
} from '../../services/attrition.service.js';
import { equityReview } from '../../services/attrition-equity.service.js';
import { exportAttrition, toCsv } from '../../services/attrition-export.js';
import { printData, printJson, say } from '../output.js';
import { withContext } from '../with-context.js';
import { formatEquity, formatLeavers, formatPromotions, formatSummary } from './attrition-text.js';

type WindowOptions = { from?: string; to?: string; json?: boolean };

const today = () => new Date().toISOString().slice(0, 10);
const windowOf = (options: WindowOptions) => ({
  ...(options.from ? { from: options.from } : {}),
  ...(options.to ? { to: options.to } : {}),
});

export async function runAttritionSummary(options: WindowOptions & { by?: string }, command: Command) {
  await withContext(command, async (context) => {
    const summary = await attritionSummary(
      context,
      LOCAL_OPERATOR,
      { ...windowOf(options), ...(options.by ? { by: options.by as Breakdown } : {}) },
      today(),
    );
    if (options.json) printJson(summary);
    else printData(formatSummary(summary));
  });
}

export async function runAttritionLeavers(options: WindowOptions, command: Command) {
  await withContext(command, async (context) => {
    const list = await listLeavers(context, LOCAL_OPERATOR, windowOf(options), today());
    if (options.json) printJson(list);
    else printData(formatLeavers(list));
  });
}

export async function runAttritionPromotions(options: WindowOptions, command: Command) {
  await withContext(command, async (context) => {
    const summary = await promotionSummary(context, LOCAL_OPERATOR, windowOf(options), today());
    if (options.json) printJson(summary);
    else printData(formatPromotions(summary));
  });
}

export async function runAttritionEquity(options: WindowOptions & { dimension?: string }, command: Command) {
  await withContext(command, async (context) => {
    const review = await equityReview(
      context,
      LOCAL_OPERATOR,
      { ...windowOf(options), ...(options.dimension ? { dimension: options.dimension } : {}) },
      today(),
    );
    if (options.json) printJson(review);
    else printData(formatEquity(review));
  });
}

export async function runAttritionExport(
  options: WindowOptions & { format: string; output?: string },
  command: Command,
) {
  const format = options.json ? 'json' : options.format;
  if (format !== 'csv' && format !== 'json')
    throw new InputError('Unknown export format', [
      { path: '--format', found: format, expected: 'csv | json', message: 'not a format' },
    ]);
  await withContext(command, async (context) => {
    const rows = await exportAttrition(context, LOCAL_OPERATOR, windowOf(options), today());
    const text = format === 'csv' ? toCsv(rows) : `${JSON.stringify({ rows }, null, 2)}\n`;
    if (!options.output) return printData(text);
    await writeFile(options.output, text);
    say(`Wrote ${rows.length} rows to ${options.output}.`);
  });
}
