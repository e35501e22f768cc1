/** A hand-made report document for the renderer tests: every block type, one of each status. */
import type { ReportDocument } from './document.js';

export function buildSampleDocument(overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    kind: 'weekly-staff',
    title: 'Weekly leadership staff pack',
    subtitle: 'Week 2026-W47',
    org: 'Acme <Labs>',
    audience: 'team',
    period: {
      label: '2026-W47',
      from: '2026-11-16',
      to: '2026-11-22',
      previous: { label: '2026-W46', from: '2026-11-09', to: '2026-11-15' },
    },
    generatedAt: '2026-11-23T08:00:00.000Z',
    sections: [
      {
        id: 'delivery',
        title: 'Delivery status',
        blocks: [
          { type: 'paragraph', text: 'Deployments rose; lead time | fell.' },
          {
            type: 'figures',
            items: [
              {
                label: 'Deployments',
                value: 59,
                previous: 44,
                unit: 'count',
                source: { path: '/api/x', pointer: '/a' },
              },
              {
                label: 'Change failure rate',
                value: 0.0678,
                previous: 0.0455,
                target: 0.1,
                unit: 'fraction',
                status: 'on-target',
              },
              { label: 'Lead time', value: 240785, unit: 'seconds', target: 86400, status: 'off-target' },
              {
                label: 'Flow efficiency',
                value: null,
                unit: 'fraction',
                status: 'no-data',
                note: 'needs waiting statuses',
              },
            ],
          },
          {
            type: 'chart',
            chart: {
              kind: 'stacked-bar',
              title: 'Incidents per week',
              unit: 'count',
              x: ['2026-W46', '2026-W47'],
              series: [
                { name: 'SEV-1', values: [1, null] },
                { name: 'SEV-2', values: [0, 3] },
              ],
              target: 2,
            },
          },
        ],
      },
      {
        id: 'risks',
        title: 'Risks',
        blocks: [
          {
            type: 'table',
            caption: 'Top risks',
            columns: [
              { key: 'id', label: 'Risk' },
              { key: 'score', label: 'Score', align: 'right' },
              { key: 'share', label: 'Share', unit: 'fraction', align: 'right' },
            ],
            rows: [
              { id: 'R-01', score: 12, share: 0.25 },
              { id: 'R-02', score: null, share: { value: 3600, unit: 'seconds' } },
            ],
          },
          { type: 'table', columns: [{ key: 'a', label: 'A' }], rows: [], empty: 'No open risk.' },
          { type: 'list', items: ['first', 'second'], ordered: true },
          { type: 'callout', tone: 'critical', text: 'Two SEV-1 incidents.' },
          { type: 'missing', what: 'on-call load', needs: 'pages from PagerDuty' },
        ],
        depth: 'team',
      },
    ],
    ...overrides,
  };
}
