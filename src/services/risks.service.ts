/**
 * The risk register for the interfaces: each risk with its inherent and residual scores, overdue review and
 * mitigations, and its key risk indicators read through the metrics engine over windows ending on the day
 * asked for (today in the workspace time zone by default); and the heat map. The register comes from the
 * loaded workspace; only the indicators need the database.
 */
import { InputError, NotFoundError } from '../domain/errors.js';
import { dateSchema } from '../domain/primitives.js';
import type { KeyRiskIndicator, Risk, RiskRegister } from '../domain/risk.js';
import { type IndicatorVerdict, indicatorWindow, judgeIndicator } from '../governance/risk-indicator.js';
import {
  type Assessment,
  assess,
  buildHeatMap,
  type HeatMap,
  isMitigationOverdue,
  isReviewOverdue,
  residualOf,
} from '../governance/risk-score.js';
import { shiftDayKey, startOfLocalDay, toDayKey } from '../metrics/calendar.js';
import { findMetricDefinition } from '../metrics/definitions.js';
import { type AppContext, type LoadedWorkspace, withReadCache } from './context.js';
import { readMetricValue } from './metric-reading.service.js';
import type { WorkspaceContext } from './workspace.service.js';

export type { HeatMap } from '../governance/risk-score.js';

export interface RegisterDay {
  /** The local day the register is read on, `YYYY-MM-DD`. */
  asOf: string;
  /** The end of that day: the instant metrics are read at. */
  at: Date;
}

/** The day asked for (YYYY-MM-DD), else today in the workspace time zone. */
export function resolveRegisterDay(
  workspace: LoadedWorkspace,
  asOf: string | undefined,
  now: Date,
): RegisterDay {
  const { timezone } = workspace.config;
  if (asOf === undefined) return { asOf: toDayKey(now, timezone), at: now };
  if (!dateSchema.safeParse(asOf).success) {
    throw new InputError('Invalid day', [
      { path: 'asOf', message: 'not a date', found: JSON.stringify(asOf), expected: 'a day as YYYY-MM-DD' },
    ]);
  }
  return { asOf, at: startOfLocalDay(shiftDayKey(asOf, 1), timezone) };
}

export interface IndicatorView extends IndicatorVerdict {
  metric: { id: string; title: string; unit: string };
  /** `org` or the full team or service reference. */
  scope: string;
  window: { from: string; to: string; days: number };
  threshold: number;
  bad: KeyRiskIndicator['bad'];
  statistic: string | null;
  severity: string | null;
  slo: string | null;
  /** How many records are behind the value. */
  records: number;
}

export interface MitigationView {
  action: string;
  owner: { ref: string; name: string };
  due: string;
  status: string;
  overdue: boolean;
}

export interface RiskView {
  id: string;
  title: string;
  description: string | null;
  category: Risk['category'];
  status: Risk['status'];
  owner: { ref: string; name: string };
  teams: string[];
  services: string[];
  okrs: string[];
  reviewDate: string;
  reviewOverdue: boolean;
  inherent: Assessment;
  residual: Assessment & { assessed: boolean };
  mitigations: MitigationView[];
  overdueMitigations: number;
  indicators: IndicatorView[];
  breachedIndicators: number;
}

export interface RiskList {
  asOf: string;
  risks: RiskView[];
  counts: { total: number; reviewOverdue: number; overdueMitigations: number; breachedIndicators: number };
}

export async function listRisks(
  context: AppContext,
  options: { asOf?: string },
  now: Date,
): Promise<RiskList> {
  context = withReadCache(context);
  const day = resolveRegisterDay(context.workspace, options.asOf, now);
  const register = await readRegister(context);
  const risks: RiskView[] = [];
  for (const risk of register.risks) risks.push(await toRiskView(context, risk, day));
  return {
    asOf: day.asOf,
    risks,
    counts: {
      total: risks.length,
      reviewOverdue: risks.filter((risk) => risk.reviewOverdue).length,
      overdueMitigations: risks.reduce((sum, risk) => sum + risk.overdueMitigations, 0),
      breachedIndicators: risks.reduce((sum, risk) => sum + risk.breachedIndicators, 0),
    },
  };
}

export async function getRisk(
  context: AppContext,
  id: string,
  options: { asOf?: string },
  now: Date,
): Promise<RiskView & { asOf: string }> {
  context = withReadCache(context);
  const day = resolveRegisterDay(context.workspace, options.asOf, now);
  const register = await readRegister(context);
  const risk = register.risks.find((candidate) => candidate.id === id);
  if (!risk) {
    const known = register.risks.map((candidate) => candidate.id).join(', ') || 'none';
    throw new NotFoundError(`No risk "${id}" in registers/risks.yaml (risks: ${known})`);
  }
  return { asOf: day.asOf, ...(await toRiskView(context, risk, day)) };
}

export interface RiskHeatMap extends HeatMap {
  asOf: string;
  /** Risks with a review or mitigation overdue, by id. */
  overdue: string[];
}

/** The 5×5 counts of the risks still in play, read from the workspace alone. */
export async function riskHeatMap(
  context: WorkspaceContext,
  options: { asOf?: string },
  now: Date,
): Promise<RiskHeatMap> {
  const day = resolveRegisterDay(context.workspace, options.asOf, now);
  const { risks } = await readRegister(context);
  const overdue = risks
    .filter(
      (risk) =>
        isReviewOverdue(risk, day.asOf) ||
        risk.mitigations.some((mitigation) => isMitigationOverdue(mitigation, day.asOf)),
    )
    .map((risk) => risk.id);
  return { asOf: day.asOf, ...buildHeatMap(risks), overdue };
}

async function readRegister(context: WorkspaceContext): Promise<RiskRegister> {
  return (await context.workspace.governance()).risks;
}

async function toRiskView(context: AppContext, risk: Risk, day: RegisterDay): Promise<RiskView> {
  const person = personNamer(context.workspace);
  const mitigations = risk.mitigations.map((mitigation) => ({
    action: mitigation.action,
    owner: person(mitigation.owner),
    due: mitigation.due,
    status: mitigation.status,
    overdue: isMitigationOverdue(mitigation, day.asOf),
  }));
  const indicators: IndicatorView[] = [];
  for (const indicator of risk.indicators) indicators.push(await readIndicator(context, indicator, day));
  return {
    id: risk.id,
    title: risk.title,
    description: risk.description,
    category: risk.category,
    status: risk.status,
    owner: person(risk.owner),
    teams: risk.teams,
    services: risk.services,
    okrs: risk.okrs,
    reviewDate: risk.reviewDate,
    reviewOverdue: isReviewOverdue(risk, day.asOf),
    inherent: assess(risk),
    residual: { ...residualOf(risk), assessed: risk.residual !== null },
    mitigations,
    overdueMitigations: mitigations.filter((mitigation) => mitigation.overdue).length,
    indicators,
    breachedIndicators: indicators.filter((indicator) => indicator.status === 'breached').length,
  };
}

/**
 * One indicator's reading over its window. A metric the engine cannot read for this scope is shown
 * without a verdict, with the reason, so one indicator does not hide the rest of the register.
 */
async function readIndicator(
  context: AppContext,
  indicator: KeyRiskIndicator,
  day: RegisterDay,
): Promise<IndicatorView> {
  const window = indicatorWindow(day.asOf, indicator.windowDays);
  const scope = indicator.scope.kind === 'org' ? 'org' : indicator.scope.ref;
  const definition = findMetricDefinition(indicator.metric)?.definition;
  const base = {
    metric: {
      id: indicator.metric,
      title: definition?.title ?? indicator.metric,
      unit: definition?.unit ?? 'count',
    },
    scope,
    window: { ...window, days: indicator.windowDays },
    threshold: indicator.threshold,
    bad: indicator.bad,
    statistic: indicator.statistic,
    severity: indicator.severity,
    slo: indicator.slo,
  };
  try {
    const reading = await readMetricValue(
      context,
      {
        metric: indicator.metric,
        scope,
        ...window,
        ...(indicator.statistic ? { statistic: indicator.statistic } : {}),
        ...(indicator.severity ? { severity: indicator.severity } : {}),
        ...(indicator.slo ? { slo: indicator.slo } : {}),
      },
      day.at,
    );
    return { ...base, ...judgeIndicator(reading, indicator), records: reading.recordIds.length };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const needs = error.issues.map((issue) => issue.message).join('; ') || error.message;
    return { ...base, status: 'insufficient-data', value: null, n: 0, needs, records: 0 };
  }
}

function personNamer(workspace: LoadedWorkspace) {
  const names = new Map(workspace.model.people.map((person) => [person.ref, person.displayName]));
  return (ref: string) => ({ ref, name: names.get(ref) ?? ref });
}
