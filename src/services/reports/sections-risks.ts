/**
 * The risk register in reports, as of the period's last day: the register's counts as figures and the top
 * open risks by residual score. Source: `/api/risks?asOf=`.
 */
import type { ReportBlock } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import { listRisks } from '../risks.service.js';
import type { ReportInput } from './types.js';

export async function buildRiskBlocks(
  context: AppContext,
  input: ReportInput,
  options: { limit?: number } = {},
): Promise<ReportBlock[]> {
  const asOf = input.period.to;
  const list = await listRisks(context, { asOf }, input.now);
  if (list.risks.length === 0) {
    return [{ type: 'missing', what: 'the risk register', needs: 'registers/risks.yaml in the workspace' }];
  }
  const path = `/api/risks?asOf=${asOf}`;
  const count = (label: string, key: keyof typeof list.counts) => ({
    label,
    value: list.counts[key],
    unit: 'count',
    direction: 'lower-is-better' as const,
    source: { path, pointer: `/counts/${key}` },
  });
  const open = list.risks
    .filter((risk) => risk.status !== 'closed')
    .sort((a, b) => b.residual.score - a.residual.score || b.inherent.score - a.inherent.score);
  const limit = (options.limit ?? 5) * (input.audience === 'team' ? 2 : 1);
  return [
    {
      type: 'figures',
      items: [
        { ...count('Risks in the register', 'total'), direction: undefined },
        count('Breached risk indicators', 'breachedIndicators'),
        count('Overdue mitigations', 'overdueMitigations'),
        count('Reviews overdue', 'reviewOverdue'),
      ].map(({ direction, ...figure }) => (direction ? { ...figure, direction } : figure)),
    },
    {
      type: 'table',
      caption: 'Top open risks by residual score',
      columns: [
        { key: 'id', label: 'Risk' },
        { key: 'title', label: 'Title' },
        { key: 'residual', label: 'Residual', align: 'right' },
        { key: 'level', label: 'Level' },
        { key: 'owner', label: 'Owner' },
        { key: 'status', label: 'Status' },
      ],
      rows: open.slice(0, limit).map((risk) => ({
        id: risk.id,
        title: risk.title,
        residual: risk.residual.score,
        level: risk.residual.level,
        owner: risk.owner.name,
        status: risk.status,
      })),
      empty: 'No open risk.',
    },
  ];
}
