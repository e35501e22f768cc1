/**
 * What the one-page board update chooses: the headline KPIs (five to seven, those with data first), three
 * highlights and the asks of the board, each drawn from figures the other sections already read.
 */
import type { Viewer } from '../../domain/privacy.js';
import type { ReportFigure } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import { type KpiCard, readKpiScorecard } from '../kpis.service.js';
import type { ObjectiveView } from '../okrs.service.js';
import type { RiskView } from '../risks.service.js';
import { apiPath, figureAt, type SourcedResult } from './kind-source.js';

/** The KPIs a board reads first, in this order, when they have data. */
export const BOARD_KPIS = [
  'delivery.deployment-frequency',
  'delivery.change-failure-rate',
  'reliability.recovery-time',
  'reliability.slo-attainment',
  'delivery.roadmap-predictability',
  'cost.cloud-cost-per-unit',
  'delivery.change-lead-time',
] as const;

const MIN_TILES = 5;
const MAX_TILES = 7;

export async function readScorecard(context: AppContext, viewer: Viewer, asOf: string, now: Date) {
  const scorecard = await readKpiScorecard(context, viewer, { asOf }, now);
  return {
    kpis: scorecard.kpis,
    result: { path: apiPath('/api/kpis', { asOf }), body: scorecard } as SourcedResult,
  };
}

/** Five to seven KPIs: the board list with data first, then any other KPI with data, then the rest. */
export function chooseBoardKpis(kpis: readonly KpiCard[]): { kpi: KpiCard; index: number }[] {
  const indexed = kpis.map((kpi, index) => ({ kpi, index }));
  const rank = (id: string) => {
    const at = (BOARD_KPIS as readonly string[]).indexOf(id);
    return at < 0 ? BOARD_KPIS.length : at;
  };
  const hasData = (entry: { kpi: KpiCard }) => entry.kpi.value !== null && entry.kpi.status !== 'withheld';
  const preferred = indexed.filter((entry) => rank(entry.kpi.id) < BOARD_KPIS.length && hasData(entry));
  preferred.sort((a, b) => rank(a.kpi.id) - rank(b.kpi.id));
  const chosen = preferred.slice(0, MAX_TILES);
  for (const entry of indexed.filter(hasData)) {
    if (chosen.length >= MIN_TILES) break;
    if (!chosen.includes(entry)) chosen.push(entry);
  }
  return chosen;
}

export function kpiTile(result: SourcedResult, entry: { kpi: KpiCard; index: number }): ReportFigure {
  const { kpi, index } = entry;
  const previous = kpi.trend.length >= 2 ? (kpi.trend.at(-2)?.value ?? null) : null;
  return {
    ...figureAt(result, `/kpis/${index}/value`, {
      label: kpi.title,
      unit: kpi.unit,
      direction: kpi.direction,
    }),
    previous,
    target: kpi.target.value,
    status: kpi.status,
  };
}

/** Three good-news lines: KPIs on target and improving, objectives on track, then KPIs on target. */
export function chooseHighlights(kpis: readonly KpiCard[], objectives: readonly ObjectiveView[]): string[] {
  const lines: string[] = [];
  for (const kpi of kpis) {
    if (kpi.status === 'on-target' && kpi.trendDirection === 'improving')
      lines.push(`${kpi.title} meets its target and is still improving.`);
  }
  for (const objective of objectives) {
    if (objective.rollUp.status === 'on-track') lines.push(`Objective on track: ${objective.title}.`);
  }
  for (const kpi of kpis) {
    if (kpi.status === 'on-target' && kpi.trendDirection !== 'improving')
      lines.push(`${kpi.title} holds its target.`);
  }
  return lines.slice(0, 3);
}

export interface BoardAskInputs {
  risks: readonly RiskView[];
  /** Year-end forecast variance flag of the budget (`over`, `under`, `on-plan`). */
  forecastFlag: string | null;
  forecastPercent: number | null;
  /** Hiring positions past their target date, when the viewer may read them. */
  overduePositions: readonly { id: string; role: string; daysOverdue: number }[];
}

/** At most three asks: what only the board can unblock, from the register, the budget and the hiring plan. */
export function chooseAsks(inputs: BoardAskInputs): string[] {
  const riskAsks: string[] = [];
  const otherAsks: string[] = [];
  for (const risk of inputs.risks) {
    if (risk.residual.level !== 'high' && risk.overdueMitigations === 0 && risk.breachedIndicators === 0)
      continue;
    const reasons = [
      risk.residual.level === 'high' ? `residual score ${risk.residual.score}` : null,
      risk.breachedIndicators > 0 ? plural(risk.breachedIndicators, 'breached indicator') : null,
      risk.overdueMitigations > 0 ? plural(risk.overdueMitigations, 'overdue mitigation') : null,
    ].filter((reason): reason is string => reason !== null);
    riskAsks.push(`${risk.id}: confirm its mitigation plan or accept the exposure (${reasons.join(', ')}).`);
  }
  if (inputs.forecastFlag === 'over') {
    otherAsks.push(
      `Approve or cut the forecast overspend of ${inputs.forecastPercent ?? '?'}% against the annual budget.`,
    );
  }
  const late = inputs.overduePositions[0];
  if (late) {
    otherAsks.push(
      `Back the hiring of ${late.role} (${late.id}), ${late.daysOverdue} days past its target date.`,
    );
  }
  // One risk first, then budget and hiring, then more risks: the board sees each kind of ask.
  return [...riskAsks.slice(0, 1), ...otherAsks, ...riskAsks.slice(1)].slice(0, 3);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
