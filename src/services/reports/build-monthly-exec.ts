/**
 * The monthly executive report: the month's KPI scorecard, the DORA trend over six months, reliability,
 * delivery against OKRs, the top findings, people headline figures (under the viewer's capabilities) and
 * budget variance. The team version adds the full scorecard table and more rows; numbers are the same.
 */
import type { ReportDocument, ReportSection } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import { buildBudgetBlocks } from './sections-budget.js';
import { buildDoraTrendBlocks, readDeliveryFigures } from './sections-dora.js';
import { buildFindingsBlocks } from './sections-findings.js';
import { buildKpiSummaryBlocks, buildKpiTilesBlocks } from './sections-kpis.js';
import { buildStaffingBlocks } from './sections-people.js';
import { buildOkrBlocks } from './sections-planning.js';
import { buildSloBlocks, readIncidentFigures, readRecoveryFigures } from './sections-reliability.js';
import type { ReportInput } from './types.js';

const TREND_MONTHS = 6;

export async function buildMonthlyExecReport(
  context: AppContext,
  input: ReportInput,
): Promise<ReportDocument> {
  const summary = await buildKpiSummaryBlocks(context, input);
  const offTarget = await buildKpiTilesBlocks(context, input, { filter: 'off-target' });
  const delivery = await readDeliveryFigures(context, input);
  const trend = await buildDoraTrendBlocks(context, input, { grain: 'month', count: TREND_MONTHS });
  const incidents = await readIncidentFigures(context, input);
  const recovery = await readRecoveryFigures(context, input);
  const slos = await buildSloBlocks(context, input);
  const okrs = await buildOkrBlocks(context, input);
  const findings = await buildFindingsBlocks(context, input, { limit: 5 });
  const people = await buildStaffingBlocks(context, input);
  const budget = await buildBudgetBlocks(context, input);

  const [counts, scorecardTable] = summary;
  const sections: ReportSection[] = [
    {
      id: 'scorecard',
      title: 'KPI scorecard',
      blocks: [...(counts ? [counts] : []), { type: 'paragraph', text: 'KPIs off target:' }, ...offTarget],
    },
    {
      id: 'scorecard-detail',
      title: 'Every KPI',
      blocks: scorecardTable ? [scorecardTable] : [],
      depth: 'team',
    },
    {
      id: 'delivery',
      title: 'Delivery (DORA)',
      blocks: [{ type: 'figures', items: delivery }, ...trend],
    },
    {
      id: 'reliability',
      title: 'Reliability',
      blocks: [{ type: 'figures', items: incidents }, { type: 'figures', items: recovery }, ...slos],
    },
    { id: 'okrs', title: 'Delivery against OKRs', blocks: okrs },
    { id: 'findings', title: 'Top findings', blocks: findings },
    { id: 'people', title: 'People', blocks: people },
    { id: 'budget', title: 'Budget variance', blocks: budget },
  ];
  return {
    kind: input.kind,
    title: 'Monthly engineering report',
    subtitle: `${input.period.label}, compared with ${input.period.previous.label}`,
    org: context.workspace.config.org.name,
    audience: input.audience,
    period: input.period,
    generatedAt: input.now.toISOString(),
    sections,
  };
}
