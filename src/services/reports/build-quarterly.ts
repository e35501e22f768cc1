/**
 * The quarterly engineering review: OKRs, DORA trends over thirteen weeks, reliability, investment
 * balance, headcount, hiring and budget, and the risks and high findings the quarter leaves open. The team
 * version adds the detail tables; both show the same figures.
 */
import type { ReportDocument, ReportSection } from '../../reports/document.js';
import { type AppContext, withReadCache } from '../context.js';
import { completeWeeks, doraFigures, doraTrendBlocks, readOverview } from './kind-delivery.js';
import { okrSections, readOkrs } from './kind-okrs.js';
import {
  budgetFigures,
  budgetTable,
  headcountBlocks,
  hiringBlocks,
  investmentBlocks,
  readBudget,
  readCapacity,
  readHeadcount,
  readHiring,
} from './kind-plan.js';
import {
  incidentCountFigures,
  postmortemFigures,
  readReliability,
  resolveTimeFigures,
  sloBlocks,
} from './kind-reliability.js';
import {
  findingsTable,
  rankRisks,
  readFindings,
  readRisks,
  riskScoreFigure,
  riskTable,
} from './kind-risks.js';
import { lastFullDay, reportAsOf } from './kind-source.js';
import type { ReportInput } from './types.js';

const TREND_WEEKS = 13;

export async function buildQuarterlyReport(shared: AppContext, input: ReportInput): Promise<ReportDocument> {
  // One read of each record set for every figure of the report.
  const context = withReadCache(shared);
  const asOf = reportAsOf(context, input);
  const window = { from: input.period.from, to: lastFullDay(context, input) };
  const { now, viewer } = input;

  const okrs = await readOkrs(context, input.period.label, asOf, now);
  const overview = await readOverview(context, window, now);
  const previous = await readOverview(context, input.period.previous, now);
  const trend = await doraTrendBlocks(context, completeWeeks(window.to, TREND_WEEKS), now);
  const reliability = await readReliability(context, window, now);
  const slo = sloBlocks(reliability);
  const capacity = investmentBlocks(await readCapacity(context, window.from, window.to, asOf, now));
  const headcount = headcountBlocks(await readHeadcount(context, asOf));
  const budget = await readBudget(context, now);
  const hiring = hiringBlocks(await readHiring(context, viewer, asOf, now));
  const { risks, result: riskResult } = await readRisks(context, asOf, now);
  const ranked = rankRisks(risks);
  const high = await readFindings(context, viewer, asOf, now, { severity: ['high'] });

  const sections: ReportSection[] = [
    ...okrSections(okrs.objectives, okrs.result),
    {
      id: 'delivery',
      title: 'Delivery (DORA)',
      blocks: [
        {
          type: 'paragraph',
          text: `The four keys over ${window.from} to ${window.to}, against the previous quarter; the charts show the last ${TREND_WEEKS} complete weeks.`,
        },
        { type: 'figures', items: doraFigures(overview, previous) },
        ...trend,
      ],
    },
    {
      id: 'reliability',
      title: 'Reliability',
      blocks: [
        { type: 'figures', items: incidentCountFigures(reliability) },
        { type: 'figures', items: resolveTimeFigures(reliability) },
        ...slo.summary,
      ],
    },
    {
      id: 'reliability-detail',
      title: 'Reliability in detail',
      depth: 'team',
      blocks: [{ type: 'figures', items: postmortemFigures(reliability) }, slo.table],
    },
    { id: 'investment', title: 'Investment balance', blocks: capacity.summary },
    { id: 'investment-detail', title: 'Investment balance by team', depth: 'team', blocks: [capacity.table] },
    {
      id: 'people-budget',
      title: 'Headcount and budget',
      blocks: [
        {
          type: 'paragraph',
          text: `The organization model holds ${headcount.total} people across its teams on ${asOf}.`,
        },
        ...hiring,
        { type: 'figures', items: budgetFigures(budget) },
      ],
    },
    {
      id: 'people-budget-detail',
      title: 'Headcount and budget in detail',
      depth: 'team',
      blocks: [headcount.table, budgetTable(budget)],
    },
    {
      id: 'risks',
      title: 'Risks and high findings',
      blocks: [
        {
          type: 'figures',
          items: ranked.slice(0, 3).map(({ risk, index }) => riskScoreFigure(riskResult, index, risk)),
        },
        riskTable(ranked, 5),
        findingsTable(high, 'High-severity findings open at the end of the quarter', 8),
      ],
    },
    {
      id: 'risks-detail',
      title: 'The whole register',
      depth: 'team',
      blocks: [
        riskTable(ranked, ranked.length),
        findingsTable(high, 'Every high-severity finding', high.length),
      ],
    },
  ];

  return {
    kind: 'quarterly',
    title: `Quarterly engineering review ${input.period.label}`,
    subtitle: `${input.period.from} to ${input.period.to}, read on ${asOf}`,
    org: context.workspace.config.org.name,
    audience: input.audience,
    period: input.period,
    generatedAt: input.now.toISOString(),
    sections: input.audience === 'team' ? sections : sections.filter((section) => section.depth !== 'team'),
  };
}
