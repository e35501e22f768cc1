/**
 * A report document as one self-contained HTML page: inline CSS (screen and A4 print), KPI tiles coloured
 * by status, tables, and charts as inline SVG. No script, no external asset, so the file can be mailed,
 * archived or printed to PDF as it is. Pure.
 */
import { renderChartSvg } from './charts.js';
import type { ReportBlock, ReportDocument, ReportFigure } from './document.js';
import { changeArrow, formatCell, formatChange, formatValue } from './format.js';
import { describeHeader, describeStatus } from './markdown.js';
import { REPORT_CSS } from './styles.js';

export function renderHtml(document: ReportDocument): string {
  const sections = document.sections
    .map(
      (section) =>
        `<section id="${escapeHtml(section.id)}"><h2>${escapeHtml(section.title)}</h2>\n${section.blocks
          .map(renderBlock)
          .join('\n')}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)} — ${escapeHtml(document.period.label)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="report-header">
<h1>${escapeHtml(document.title)}</h1>
${document.subtitle ? `<p class="subtitle">${escapeHtml(document.subtitle)}</p>` : ''}
<p class="meta">${escapeHtml(describeHeader(document))}</p>
</header>
<main>
${sections}
</main>
</body>
</html>
`;
}

function renderBlock(block: ReportBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'figures':
      return `<div class="tiles">${block.items.map(renderTile).join('')}</div>`;
    case 'table': {
      const caption = block.caption ? `<caption>${escapeHtml(block.caption)}</caption>` : '';
      if (block.rows.length === 0) {
        const title = block.caption ? `<p class="caption">${escapeHtml(block.caption)}</p>` : '';
        return `${title}<p class="empty">${escapeHtml(block.empty ?? 'Nothing to show.')}</p>`;
      }
      const head = block.columns
        .map(
          (column) => `<th class="${column.align === 'right' ? 'num' : ''}">${escapeHtml(column.label)}</th>`,
        )
        .join('');
      const body = block.rows
        .map(
          (row) =>
            `<tr>${block.columns
              .map(
                (column) =>
                  `<td class="${column.align === 'right' ? 'num' : ''}">${escapeHtml(formatCell(row[column.key], column.unit))}</td>`,
              )
              .join('')}</tr>`,
        )
        .join('\n');
      return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
    }
    case 'chart':
      return `<figure class="chart">${renderChartSvg(block.chart)}<figcaption>${escapeHtml(block.chart.title)}${
        block.chart.target === undefined
          ? ''
          : ` (target ${escapeHtml(formatValue(block.chart.target, block.chart.unit))})`
      }</figcaption></figure>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'callout':
      return `<div class="callout ${block.tone}">${escapeHtml(block.text)}</div>`;
    case 'missing':
      return `<div class="missing"><strong>No data:</strong> ${escapeHtml(block.what)}. Needs ${escapeHtml(block.needs)}.</div>`;
  }
}

function renderTile(item: ReportFigure): string {
  const status = item.status ?? 'none';
  const value = formatValue(item.value, item.unit);
  const arrow = changeArrow(item.value, item.previous);
  const change =
    item.previous === undefined
      ? ''
      : `<div class="change">${arrow} ${escapeHtml(formatChange(item.value, item.previous, item.unit))} <span>vs ${escapeHtml(formatValue(item.previous, item.unit))}</span></div>`;
  const target =
    item.target === undefined || item.target === null
      ? ''
      : `<div class="target">target ${escapeHtml(formatValue(item.target, item.unit))}</div>`;
  const note = item.value === null && item.note ? `<div class="note">${escapeHtml(item.note)}</div>` : '';
  const label = describeStatus(item);
  return `<div class="tile ${status}"><div class="label">${escapeHtml(item.label)}</div><div class="value">${escapeHtml(value)}</div>${change}${target}${note}${
    label ? `<div class="status">${escapeHtml(label)}</div>` : ''
  }</div>`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
