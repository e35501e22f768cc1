import type {
  CascadeNode,
  CheckInResult,
  KeyResultView,
  OkrDetail,
  OkrLint,
  OkrList,
  OkrTree,
} from '../../services/okrs.service.js';
import { formatTable, shortName } from '../table.js';

const STATUS_LABEL: Record<KeyResultView['status'], string> = {
  'on-track': 'on track',
  'at-risk': 'AT RISK',
  'off-track': 'OFF TRACK',
  'not-started': 'not started',
  'no-data': 'no data',
};

const percent = (value: number | null) => (value === null ? '-' : `${Math.round(value * 100)}%`);

function number(value: number | null, unit: string): string {
  if (value === null) return '-';
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/\.?0+$/, '');
  return unit === 'percent' ? `${shown}%` : unit === 'count' || unit === 'score' ? shown : `${shown} ${unit}`;
}

function keyResultRows(keyResults: readonly KeyResultView[]): string[][] {
  return keyResults.map((kr) => [
    `  ${kr.id}`,
    number(kr.baseline, kr.unit),
    number(kr.current?.value ?? null, kr.unit),
    number(kr.target, kr.unit),
    percent(kr.progress),
    percent(kr.expected),
    STATUS_LABEL[kr.status],
    kr.source === 'metric' ? (kr.metric?.id ?? '') : `check-in ${kr.current?.asOf ?? 'none'}`,
  ]);
}

export function formatOkrList(list: OkrList): string {
  if (list.objectives.length === 0) return 'No OKRs: okrs/ holds no objectives for this quarter.';
  const rows = list.objectives.flatMap((objective) => [
    [
      `${objective.id} (${objective.level}, ${objective.quarter})`,
      '',
      '',
      '',
      '',
      '',
      STATUS_LABEL[objective.rollUp.status],
      '',
    ],
    ...keyResultRows(objective.keyResults),
  ]);
  const header = [
    'objective / key result',
    'baseline',
    'current',
    'target',
    'progress',
    'expected',
    'status',
    'source',
  ];
  return [`OKRs on ${list.today}`, '', formatTable(header, rows)].join('\n');
}

export function formatOkrDetail(detail: OkrDetail): string {
  if (detail.kind === 'objective') {
    const { objective } = detail;
    return [
      `${objective.title} (${objective.id})`,
      `  ${objective.level} objective of ${objective.quarter} · owner ${shortName(objective.owner)}` +
        (objective.team ? ` · team ${shortName(objective.team)}` : '') +
        (objective.parent ? ` · serves ${objective.parent}` : ''),
      `  ${STATUS_LABEL[objective.rollUp.status]}: progress ${percent(objective.rollUp.progress)} of ${percent(objective.rollUp.expected)} expected · ${objective.at}`,
      detail.children.length > 0 ? `  served by ${detail.children.join(', ')}` : '  no objective below it',
      '',
      ...objective.keyResults.map((kr) => `  ${kr.id}: ${kr.title} — ${describeKeyResult(kr)}`),
    ].join('\n');
  }
  const kr = detail.keyResult;
  const lines = [
    `${kr.title} (${kr.id}, objective ${kr.objective})`,
    `  owner ${shortName(kr.owner)} · ${kr.at}`,
    `  ${describeKeyResult(kr)}`,
  ];
  if (kr.metric)
    lines.push(
      `  metric ${kr.metric.id} for ${kr.metric.scope}${kr.evidence ? `, n = ${kr.evidence.n}` : ''}`,
    );
  if (kr.why) lines.push(`  ${kr.why}`);
  if (detail.history.length > 0) {
    lines.push(
      '',
      formatTable(
        ['to', 'value', 'n'],
        detail.history.map((p) => [p.to, number(p.value, kr.unit), String(p.n)]),
      ),
    );
  }
  return lines.join('\n');
}

function describeKeyResult(kr: KeyResultView): string {
  const now = kr.current ? `${number(kr.current.value, kr.unit)} on ${kr.current.asOf}` : 'no current value';
  return `${STATUS_LABEL[kr.status]}: ${number(kr.baseline, kr.unit)} → ${number(kr.target, kr.unit)}, now ${now}, progress ${percent(kr.progress)} of ${percent(kr.expected)} expected`;
}

export function formatOkrTree(tree: OkrTree): string {
  if (tree.roots.length === 0) return 'No OKRs: okrs/ holds no objectives for this quarter.';
  const lines: string[] = [`OKR cascade on ${tree.today}`];
  const walk = (node: CascadeNode, depth: number) => {
    const indent = '  '.repeat(depth);
    lines.push(
      `${indent}${node.id} [${node.level}] ${node.title} — ${STATUS_LABEL[node.rollUp.status]} (${percent(node.rollUp.progress)} of ${percent(node.rollUp.expected)})`,
    );
    for (const kr of node.keyResults)
      lines.push(`${indent}  · ${kr.id}: ${STATUS_LABEL[kr.assessment.status]}`);
    for (const child of node.children) walk(child, depth + 1);
  };
  for (const root of tree.roots) walk(root, 0);
  return lines.join('\n');
}

export function formatOkrLint(lint: OkrLint): string {
  if (lint.findings.length === 0) return `No OKR anti-patterns found on ${lint.today}.`;
  return lint.findings
    .map(
      (finding) =>
        `${finding.at.file}:${finding.at.line}:${finding.at.column} ${finding.rule} ${finding.keyResult ?? finding.objective}: ${finding.message}\n  → ${finding.action}`,
    )
    .join('\n');
}

export function formatCheckIn(result: CheckInResult): string {
  const note = result.checkIn.note ? ` (${result.checkIn.note})` : '';
  return `Recorded ${result.checkIn.value} on ${result.checkIn.date} for ${result.keyResult}${note} in ${result.file}`;
}
