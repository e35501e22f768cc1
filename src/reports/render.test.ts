import { describe, expect, it } from 'vitest';
import { forAudience } from './document.js';
import { formatValue } from './format.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { buildSampleDocument } from './render.test-fixture.js';

describe('formatValue', () => {
  it('formats each unit the way a leader reads it, and null as a dash', () => {
    expect(formatValue(0.0678, 'fraction')).toBe('6.78%');
    expect(formatValue(0.25, 'fraction')).toBe('25%');
    expect(formatValue(240785, 'seconds')).toBe('2d 18h');
    expect(formatValue(5400, 'seconds')).toBe('1h 30m');
    expect(formatValue(12.25, 'per-week')).toBe('12.3 a week');
    expect(formatValue(12400.4, 'currency')).toBe('€12,400');
    expect(formatValue(1234, 'count')).toBe('1,234');
    expect(formatValue(null, 'count')).toBe('—');
    expect(formatValue(Number.NaN, 'count')).toBe('—');
  });
});

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(buildSampleDocument());

  it('puts the title, the period and the audience at the top', () => {
    expect(markdown.startsWith('# Weekly leadership staff pack\n')).toBe(true);
    expect(markdown).toContain('2026-W47 (2026-11-16 to 2026-11-22) · team version');
  });

  it('shows figures with their previous value, change, target and status', () => {
    expect(markdown).toContain('| Deployments | 59 | 44 | ▲ +15 | — |  |');
    expect(markdown).toContain('| Change failure rate | 6.78% | 4.55% | ▲ +2.2 pp | 10% | on target |');
    expect(markdown).toContain('| Flow efficiency | — (needs waiting statuses) | — |  | — | no data |');
  });

  it('turns a chart into a table of its series, gaps as dashes', () => {
    expect(markdown).toContain('**Incidents per week** (target 2)');
    expect(markdown).toContain('|  | SEV-1 | SEV-2 |');
    expect(markdown).toContain('| 2026-W47 | — | 3 |');
  });

  it('formats table cells by the column unit or their own, and escapes pipes', () => {
    expect(markdown).toContain('| R-01 | 12 | 25% |');
    expect(markdown).toContain('| R-02 | — | 1h 00m |');
    expect(markdown).toContain('lead time | fell');
    expect(markdown).toContain('_No open risk._');
  });

  it('renders lists, callouts and missing data in words', () => {
    expect(markdown).toContain('1. first\n2. second');
    expect(markdown).toContain('> **Critical:** Two SEV-1 incidents.');
    expect(markdown).toContain('> _No data: on-call load. Needs pages from PagerDuty._');
  });

  it('leaves team-depth sections out of the executive version', () => {
    const exec = renderMarkdown(forAudience(buildSampleDocument(), 'exec'));
    expect(exec).not.toContain('## Risks');
    expect(exec).toContain('executive version');
    expect(exec).toContain('| Deployments | 59 | 44 |');
  });
});

describe('renderHtml', () => {
  const html = renderHtml(buildSampleDocument());

  it('is one self-contained page with print CSS for A4 and no external asset', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toMatch(/<script|<link |src="http/);
  });

  it('colours KPI tiles by status and escapes text', () => {
    expect(html).toContain(
      '<div class="tile on-target"><div class="label">Change failure rate</div><div class="value">6.78%</div>',
    );
    expect(html).toContain('<div class="tile off-target"><div class="label">Lead time</div>');
    expect(html).toContain('Acme &lt;Labs&gt;');
  });

  it('draws charts as inline SVG with their caption and target', () => {
    expect(html).toMatch(/<figure class="chart"><svg [^>]*viewBox="0 0 640 260"/);
    expect(html).toContain('<figcaption>Incidents per week (target 2)</figcaption>');
  });

  it('renders tables with right-aligned number columns and the empty text', () => {
    expect(html).toContain('<td class="num">25%</td>');
    expect(html).toContain('<p class="empty">No open risk.</p>');
    expect(html).toContain(
      '<div class="missing"><strong>No data:</strong> on-call load. Needs pages from PagerDuty.</div>',
    );
  });
});
