import type { Command } from 'commander';
import { InputError } from '../../domain/errors.js';
import { closeContext, openContext } from '../../services/context.js';
import {
  computeMetricReport,
  computeOverview,
  explainMetric,
  isReportFamily,
  listMetricDefinitions,
  REPORT_FAMILIES,
} from '../../services/metrics.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatExplanation, formatReport } from './metrics-text.js';

export interface MetricOptions {
  scope?: string;
  from?: string;
  to?: string;
  compat?: string;
  bands?: string;
  orgAsOf?: string;
  json?: boolean;
}

function toQuery(options: MetricOptions) {
  const { json: _json, ...query } = options;
  return query;
}

export async function runMetrics(family: string, options: MetricOptions, command: Command) {
  if (!isReportFamily(family)) {
    throw new InputError(`Unknown metric family "${family}"; expected one of ${REPORT_FAMILIES.join(', ')}`);
  }
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const report = await computeMetricReport(context, family, toQuery(options), new Date());
    if (options.json) printJson(report.results);
    else printData(formatReport(report));
  } finally {
    await closeContext(context);
  }
}

/** `metrics overview`: DORA and flow together, read from the metric facts. */
export async function runMetricsOverview(options: MetricOptions, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const overview = await computeOverview(context, toQuery(options), new Date());
    if (options.json) {
      printJson(overview);
      return;
    }
    const { dora, flow, source } = overview.results;
    printData(
      [
        formatReport({ ...overview, family: 'dora', results: dora }),
        formatReport({ ...overview, family: 'flow', results: flow }),
        `(read from the ${source === 'facts' ? 'metric facts' : 'records'})`,
      ].join('\n'),
    );
  } finally {
    await closeContext(context);
  }
}

export async function runMetricsExplain(metric: string, options: MetricOptions, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const explanation = await explainMetric(context, metric, toQuery(options), new Date());
    if (options.json) printJson(explanation);
    else printData(formatExplanation(explanation));
  } finally {
    await closeContext(context);
  }
}

export async function runMetricsList(options: { json?: boolean }) {
  const families = listMetricDefinitions();
  if (options.json) {
    printJson(families);
    return;
  }
  const lines: string[] = [];
  const width = Math.max(...families.flatMap(({ definitions }) => definitions.map(({ id }) => id.length)));
  for (const { family, report, definitions } of families) {
    lines.push(`${family}  (${report.command})`);
    for (const definition of definitions) lines.push(`  ${definition.id.padEnd(width)} ${definition.title}`);
  }
  printData(lines.join('\n'));
}
