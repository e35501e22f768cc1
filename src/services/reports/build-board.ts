/**
 * The one-page board update: headline KPIs with status, three highlights, three risks with their
 * mitigation, headcount and spend against plan, and what the board is asked for. Short by design: it must
 * print on one A4 page, so both audiences get the same page (the detail lives in the quarterly review).
 */
import type { ReportDocument, ReportSection } from '../../reports/document.js';
import { type AppContext, withReadCache } from '../context.js';
import type { RiskView } from '../risks.service.js';
import { chooseAsks, chooseBoardKpis, chooseHighlights, kpiTile, readScorecard } from './kind-board.js';
import { readOkrs } from './kind-okrs.js';
import { budgetFigures, overduePositions, readBudget, readHeadcount, readHiring } from './kind-plan.js';
import { rankRisks, readRisks, riskScoreFigure } from './kind-risks.js';
import { figureAt, readPointer, reportAsOf } from './kind-source.js';
import type { ReportInput } from './types.js';

export async function buildBoardReport(shared: AppContext, input: ReportInput): Promise<ReportDocument> {
  const context = withReadCache(shared);
  const { now, viewer } = input;
  const asOf = reportAsOf(context, input);
  const scorecard = await readScorecard(context, viewer, asOf, now);
  const { objectives } = await readOkrs(context, input.period.label, asOf, now);
  const { risks, result: riskResult } = await readRisks(context, asOf, now);
  const ranked = rankRisks(risks).slice(0, 3);
  const budget = await readBudget(context, now);
  const hiring = await readHiring(context, viewer, asOf, now);
  const headcount = await readHeadcount(context, asOf);

  const tiles = chooseBoardKpis(scorecard.kpis).map((entry) => kpiTile(scorecard.result, entry));
  const highlights = chooseHighlights(scorecard.kpis, objectives);
  const forecastFlag = readPointer(budget.body, '/total/forecast/variance/flag');
  const forecastPercent = readPointer(budget.body, '/total/forecast/variance/percent');
  const asks = chooseAsks({
    risks: ranked.map(({ risk }) => risk),
    forecastFlag: typeof forecastFlag === 'string' ? forecastFlag : null,
    forecastPercent: typeof forecastPercent === 'number' ? forecastPercent : null,
    overduePositions: overduePositions(hiring),
  });
  const people = (headcount.body as { items: { profile: { size?: { headcount?: number } } }[] }).items.reduce(
    (sum, team) => sum + (team.profile.size?.headcount ?? 0),
    0,
  );
  const [, spent, variance, forecast] = budgetFigures(budget);

  const sections: ReportSection[] = [
    {
      // Highlights share the KPI section: one heading less keeps the page to one A4 sheet.
      id: 'kpis',
      title: 'Headline KPIs and highlights',
      blocks: [
        tiles.length > 0
          ? { type: 'figures', items: tiles }
          : {
              type: 'missing',
              what: 'Headline KPIs',
              needs: 'deployments, incidents and SLO data from the connectors',
            },
        highlights.length > 0
          ? { type: 'list', items: highlights }
          : { type: 'paragraph', text: 'No KPI or objective is on target this period.' },
      ],
    },
    {
      id: 'risks',
      title: 'Top risks',
      blocks: [
        {
          type: 'figures',
          items: ranked.map(({ risk, index }) => ({
            ...riskScoreFigure(riskResult, index, risk),
            label: `${risk.id} residual score`,
          })),
        },
        {
          type: 'list',
          items: ranked.map(({ risk }) => `${risk.id} ${risk.title}: ${shortMitigation(risk)}.`),
        },
      ],
    },
    {
      id: 'plan',
      title: 'Headcount and spend against plan',
      blocks: [
        {
          type: 'figures',
          items: [
            ...(hiring
              ? [
                  {
                    ...figureAt(hiring, '/attainment/value', {
                      label: 'Hiring plan attainment',
                      unit: 'fraction',
                      direction: 'higher-is-better' as const,
                    }),
                  },
                ]
              : []),
            ...[spent, variance, forecast].filter((figure) => figure !== undefined),
          ],
        },
      ],
    },
    {
      id: 'asks',
      title: 'Asks of the board',
      blocks: [
        asks.length > 0
          ? { type: 'list', items: asks, ordered: true }
          : { type: 'paragraph', text: 'Nothing needs a board decision this period.' },
      ],
    },
  ];

  return {
    kind: 'board',
    title: `Board update ${input.period.label}`,
    // Space on the one page is scarce: the people count rides in the subtitle.
    subtitle: `Read on ${asOf}; ${people} people in the organization model${hiring ? '' : ' (hiring progress withheld for this reader)'}`,
    org: context.workspace.config.org.name,
    audience: input.audience,
    period: input.period,
    generatedAt: now.toISOString(),
    sections,
  };
}

/** The most urgent open mitigation in a few words: the action and its date, overdue marked. */
function shortMitigation(risk: RiskView): string {
  const open = risk.mitigations.filter((mitigation) => mitigation.status !== 'done');
  const first = open.find((mitigation) => mitigation.overdue) ?? open[0];
  if (!first) return 'no open mitigation';
  const action = first.action.charAt(0).toLowerCase() + first.action.slice(1);
  return `${action}, due ${first.due}${first.overdue ? ' (overdue)' : ''}`;
}
