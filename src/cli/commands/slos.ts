/** `sextant slos list|show|import`. */
import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import { closeContext, openContext } from '../../services/context.js';
import { importSliFiles } from '../../services/slo-import.js';
import { getSloDetail, listSloReports } from '../../services/slos.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';
import { formatSloDetail, formatSloList } from './slos-text.js';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parseAt(at: string | undefined): Date {
  if (at === undefined) return new Date();
  if (!INSTANT.test(at) || Number.isNaN(Date.parse(at))) {
    throw new InputError('--at is not an instant', [
      {
        path: '--at',
        message: 'not an instant',
        found: at,
        expected: 'ISO 8601 with an offset, e.g. 2026-11-23T12:00:00Z',
      },
    ]);
  }
  return new Date(at);
}

export async function runSlosList(
  options: { service?: string; at?: string; json?: boolean },
  command: Command,
) {
  const now = parseAt(options.at);
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const reports = await listSloReports(context, {
      now,
      ...(options.service ? { service: options.service } : {}),
    });
    if (options.json) printJson(reports);
    else printData(formatSloList(reports));
  } finally {
    await closeContext(context);
  }
}

export async function runSlosShow(id: string, options: { at?: string; json?: boolean }, command: Command) {
  const [service, slo, ...rest] = id.split('/');
  if (!service || !slo || rest.length > 0) {
    throw new InputError('Which SLO?', [
      { message: 'not service/slo', found: id, expected: 'e.g. checkout-api/availability' },
    ]);
  }
  const now = parseAt(options.at);
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const detail = await getSloDetail(context, { now, service, slo });
    if (options.json) printJson(detail);
    else printData(formatSloDetail(detail));
  } finally {
    await closeContext(context);
  }
}

interface ImportOptions {
  service: string;
  slo: string;
  format?: string;
  kind?: string;
  good?: string;
  valid?: string;
  label?: string;
  json?: boolean;
}

export async function runSlosImport(file: string | undefined, options: ImportOptions, command: Command) {
  if (options.format !== undefined && options.format !== 'csv' && options.format !== 'prometheus') {
    throw new InputError('Unknown SLI format', [
      { path: '--format', message: 'not a format', found: options.format, expected: 'csv or prometheus' },
    ]);
  }
  if (options.kind !== undefined && options.kind !== 'good' && options.kind !== 'valid') {
    throw new InputError('Unknown series kind', [
      { path: '--kind', message: 'not a kind', found: options.kind, expected: 'good or valid' },
    ]);
  }
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const summary = await importSliFiles(context, {
      service: options.service,
      slo: options.slo,
      ...(file ? { file } : {}),
      ...(options.good ? { goodFile: options.good } : {}),
      ...(options.valid ? { validFile: options.valid } : {}),
      ...(options.format ? { format: options.format } : {}),
      ...(options.kind ? { kind: options.kind } : {}),
      ...(options.label ? { label: options.label } : {}),
    });
    if (options.json) {
      printJson(summary);
      return;
    }
    const lines = [
      `Imported ${summary.samples.toLocaleString('en')} minutes for ${summary.service}/${summary.slo} (${summary.first} to ${summary.last}), ${summary.days} day rows written.`,
    ];
    if (summary.repeated > 0)
      lines.push(`${summary.repeated} repeated samples with the same counts kept once.`);
    if (summary.unpaired > 0)
      lines.push(`${summary.unpaired} minutes present in only one of the two series, left out as missing.`);
    if (summary.gapCount > 0) {
      lines.push(
        `${summary.gapCount} gaps, ${summary.missingMinutes} minutes without data (not counted as good or bad):`,
      );
      for (const gap of summary.gaps) lines.push(`  ${gap.from} to ${gap.to} (${gap.minutes} min)`);
      if (summary.gapCount > summary.gaps.length)
        lines.push(`  … and ${summary.gapCount - summary.gaps.length} more`);
    }
    say(lines.join('\n'));
  } finally {
    await closeContext(context);
  }
}
