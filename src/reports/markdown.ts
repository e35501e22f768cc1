/**
 * A report document as Markdown (GitHub-flavoured tables). A chart becomes a small table of its series,
 * so nothing a chart shows is lost in a text-only medium. Pure.
 */
import type { ReportBlock, ReportChart, ReportDocument, ReportFigure } from './document.js';
import { changeArrow, formatCell, formatChange, formatValue } from './format.js';

export function renderMarkdown(document: ReportDocument): string {
  const lines: string[] = [`# ${document.title}`, ''];
  if (document.subtitle) lines.push(`_${document.subtitle}_`, '');
  lines.push(describeHeader(document), '');
  for (const section of document.sections) {
    lines.push(`## ${section.title}`, '');
    for (const block of section.blocks) lines.push(...renderBlock(block), '');
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** The line under the title: organization, period, audience and when it was built. */
export function describeHeader(document: ReportDocument): string {
  const { period } = document;
  const audience = document.audience === 'exec' ? 'executive version' : 'team version';
  return `${document.org} · ${period.label} (${period.from} to ${period.to}) · ${audience} · generated ${document.generatedAt.slice(0, 16).replace('T', ' ')} UTC`;
}

function renderBlock(block: ReportBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.text];
    case 'figures':
      return renderFigures(block.items);
    case 'table': {
      const lines: string[] = [];
      if (block.caption) lines.push(`**${block.caption}**`, '');
      if (block.rows.length === 0) return [...lines, `_${block.empty ?? 'Nothing to show.'}_`];
      const header = block.columns.map((column) => column.label);
      const rows = block.rows.map((row) =>
        block.columns.map((column) => formatCell(row[column.key], column.unit)),
      );
      const aligns = block.columns.map((column) => column.align ?? 'left');
      return [...lines, ...table(header, rows, aligns)];
    }
    case 'chart':
      return renderChartTable(block.chart);
    case 'list':
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${item}`);
    case 'callout': {
      const label = block.tone === 'critical' ? 'Critical' : block.tone === 'warning' ? 'Warning' : 'Note';
      return [`> **${label}:** ${block.text}`];
    }
    case 'missing':
      return [`> _No data: ${block.what}. Needs ${block.needs}._`];
  }
}

function renderFigures(items: readonly ReportFigure[]): string[] {
  const withTarget = items.some((item) => item.target !== undefined && item.target !== null);
  const withPrevious = items.some((item) => item.previous !== undefined);
  const header = ['Figure', 'Value'];
  if (withPrevious) header.push('Previous', 'Change');
  if (withTarget) header.push('Target');
  header.push('Status');
  const rows = items.map((item) => {
    const value = item.value === null && item.note ? `— (${item.note})` : formatValue(item.value, item.unit);
    const row = [item.label, value];
    if (withPrevious) {
      const arrow = changeArrow(item.value, item.previous);
      const change = formatChange(item.value, item.previous, item.unit);
      row.push(formatValue(item.previous, item.unit), arrow ? `${arrow} ${change}` : '');
    }
    if (withTarget) row.push(formatValue(item.target, item.unit));
    row.push(describeStatus(item));
    return row;
  });
  const aligns = header.map((_, index) => (index === 0 || index === header.length - 1 ? 'left' : 'right'));
  return table(header, rows, aligns);
}

/** The status word of a figure: its own status, else nothing. */
export function describeStatus(item: ReportFigure): string {
  if (item.status === 'on-target') return 'on target';
  if (item.status === 'off-target') return 'off target';
  if (item.status === 'no-data') return 'no data';
  if (item.status === 'withheld') return 'withheld';
  return '';
}

/** A chart's series as rows, one per category, so the numbers stay readable without the picture. */
function renderChartTable(chart: ReportChart): string[] {
  const header = ['', ...chart.series.map((series) => series.name)];
  const rows = chart.x.map((label, index) => [
    label,
    ...chart.series.map((series) => formatValue(series.values[index] ?? null, chart.unit)),
  ]);
  const aligns = header.map((_, index) => (index === 0 ? 'left' : 'right'));
  const target = chart.target === undefined ? '' : ` (target ${formatValue(chart.target, chart.unit)})`;
  return [`**${chart.title}**${target}`, '', ...table(header, rows, aligns)];
}

function table(header: string[], rows: string[][], aligns: readonly ('left' | 'right')[]): string[] {
  const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${header.map(escapeCell).join(' | ')} |`,
    `| ${aligns.map((align) => (align === 'right' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ];
}
