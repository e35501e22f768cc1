/**
 * The weekly leadership staff pack: what the weekly engineering leadership meeting walks through, in its
 * order: delivery status, risks, staffing, incident learnings and the metrics review. The team version
 * adds the detail tables; the numbers are the same in both.
 */
import type { ReportDocument, ReportSection } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import { readDeliveryFigures } from './sections-dora.js';
import { buildFindingsBlocks } from './sections-findings.js';
import { buildActionItemBlocks, buildPostmortemsPublishedBlocks } from './sections-followups.js';
import { buildKpiTilesBlocks } from './sections-kpis.js';
import { buildStaffingBlocks } from './sections-people.js';
import { buildOkrBlocks, buildRoadmapDueBlocks } from './sections-planning.js';
import { buildIncidentTableBlocks, readIncidentFigures } from './sections-reliability.js';
import { buildRiskBlocks } from './sections-risks.js';
import type { ReportInput } from './types.js';

export async function buildWeeklyStaffReport(
  context: AppContext,
  input: ReportInput,
): Promise<ReportDocument> {
  // Sequential on purpose: the readings share one read cache and the store serves one query at a time.
  const delivery = await readDeliveryFigures(context, input);
  const okrs = await buildOkrBlocks(context, input);
  const roadmap = await buildRoadmapDueBlocks(context, input);
  const risks = await buildRiskBlocks(context, input);
  const findings = await buildFindingsBlocks(context, input, { severity: ['high'], limit: 5 });
  const staffing = await buildStaffingBlocks(context, input);
  const incidents = await readIncidentFigures(context, input);
  const incidentTable = await buildIncidentTableBlocks(context, input);
  const postmortems = await buildPostmortemsPublishedBlocks(context, input);
  const actions = await buildActionItemBlocks(context, input);
  const kpis = await buildKpiTilesBlocks(context, input, { filter: 'off-target' });

  const sections: ReportSection[] = [
    {
      id: 'delivery',
      title: 'Delivery status',
      blocks: [
        {
          type: 'paragraph',
          text: `Deployments, lead time, change failure rate and time to restore for ${input.period.label}, against ${input.period.previous.label}.`,
        },
        { type: 'figures', items: delivery },
        ...okrs,
      ],
    },
    { id: 'roadmap', title: 'Roadmap items due', blocks: roadmap, depth: 'team' },
    {
      id: 'risks',
      title: 'Risks',
      blocks: [...risks, { type: 'paragraph', text: 'High-severity findings of the advisor:' }, ...findings],
    },
    { id: 'staffing', title: 'Staffing', blocks: staffing },
    {
      id: 'incidents',
      title: 'Incident learnings',
      blocks: [{ type: 'figures', items: incidents }, ...incidentTable, ...postmortems, ...actions],
    },
    { id: 'metrics', title: 'Metrics review: KPIs off target', blocks: kpis },
  ];
  return {
    kind: input.kind,
    title: 'Weekly leadership staff pack',
    subtitle: `Week ${input.period.label}`,
    org: context.workspace.config.org.name,
    audience: input.audience,
    period: input.period,
    generatedAt: input.now.toISOString(),
    sections,
  };
}
