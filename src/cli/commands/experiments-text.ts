import type { ExperimentDetail, ExperimentView } from '../../services/experiments.service.js';
import { formatTable, shortName } from '../table.js';
import { formatDuration } from './metrics-text.js';

export function formatExperimentList(experiments: ExperimentView[]): string {
  if (experiments.length === 0) return 'No experiments: experiments.yaml declares none.';
  return formatTable(
    ['ID', 'TITLE', 'SCOPE', 'METRIC', 'BASELINE', 'EXPERIMENT', 'STATUS', 'DECISION'],
    experiments.map((experiment) => [
      experiment.id,
      experiment.title,
      describeScope(experiment),
      `${experiment.hypothesis.metric} (${experiment.hypothesis.direction})`,
      `${experiment.baseline.from}..${experiment.baseline.to}`,
      `${experiment.experiment.from}..${experiment.experiment.to}`,
      experiment.status,
      experiment.decision ? `${experiment.decision.outcome} ${experiment.decision.date}` : '-',
    ]),
  );
}

const VERDICTS = {
  improved: 'improved',
  worsened: 'worsened',
  'no-significant-change': 'no significant change',
  'insufficient-data': 'insufficient data',
} as const;

export function formatExperimentDetail(detail: ExperimentDetail): string {
  const { comparison, hypothesis } = detail;
  const figure = (value: number | null) => (value === null ? '-' : formatValue(value, detail.metric.unit));
  const size = hypothesis.size === null ? '' : ` by at least ${hypothesis.size}%`;
  const lines = [
    `${detail.id}  ${detail.title}  (${detail.status})`,
    `  owner ${detail.owner.name} · scope ${describeScope(detail)}`,
    `  change: ${hypothesis.change}`,
    `  expected outcome: ${hypothesis.outcome}`,
    `  measured by ${detail.metric.title} (${detail.metric.id}), expected to ${hypothesis.direction}${size}`,
    '',
    formatTable(
      ['WINDOW', 'DAYS', 'N', 'MEDIAN'],
      [
        [
          'baseline',
          `${detail.baseline.from}..${detail.baseline.to}`,
          String(comparison.baseline.n),
          figure(comparison.baseline.median),
        ],
        [
          'experiment',
          `${detail.experiment.from}..${detail.experiment.to}`,
          String(comparison.experiment.n),
          figure(comparison.experiment.median),
        ],
      ],
    ),
    '',
  ];
  if (comparison.change) {
    const relative =
      comparison.change.relative === null ? '' : ` (${signed(comparison.change.relative * 100, 1)}%)`;
    const absolute = comparison.change.absolute;
    lines.push(`  change of the median: ${absolute < 0 ? '-' : '+'}${figure(Math.abs(absolute))}${relative}`);
  }
  if (comparison.test) {
    const { test } = comparison;
    lines.push(
      `  Mann-Whitney U ${test.u} (${test.method}), p ${formatP(test.p)}, rank-biserial ${signed(test.rankBiserial, 2)}`,
    );
  }
  lines.push(
    `  verdict: ${VERDICTS[comparison.verdict]}${comparison.needs ? ` (needs ${comparison.needs})` : ''}`,
  );
  if (comparison.hypothesisHeld !== null) {
    lines.push(
      `  hypothesis ${comparison.hypothesisHeld ? 'held' : 'did not hold'} (significance ${comparison.significance})`,
    );
  }
  if (detail.partial) lines.push('  the experiment window is still open: observations so far');
  if (detail.decision) {
    lines.push(`  decision: ${detail.decision.outcome} on ${detail.decision.date}: ${detail.decision.note}`);
  }
  return lines.join('\n');
}

function describeScope(experiment: ExperimentView): string {
  return experiment.scope.kind === 'org' ? 'organization' : experiment.scope.refs.map(shortName).join(', ');
}

function formatValue(value: number, unit: string): string {
  if (unit === 'seconds') return formatDuration(value);
  if (unit === 'lines') return `${Math.round(value)} lines`;
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

function signed(value: number, digits: number): string {
  return `${value > 0 ? '+' : ''}${value.toFixed(digits)}`;
}

function formatP(p: number): string {
  return p < 0.0001 ? '< 0.0001' : p.toFixed(4);
}
