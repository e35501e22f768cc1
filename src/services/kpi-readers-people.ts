/**
 * KPIs read from people data: hiring plan attainment and time to fill (hiring.service), regrettable
 * attrition and internal promotion rate (attrition.service), and developer satisfaction with the platform
 * (the developer-experience survey).
 *
 * Rules and reasons:
 * - Each reads through the service that authorizes and audits the read and guards small groups, under the
 *   capability that service asks for. A viewer without it gets `withheld` before any read, so the scorecard
 *   never raises a refused-access error for a viewer who may see the rest.
 * - Regrettable attrition needs `people.talent`: whether a departure was regretted is shown only to those who
 *   may read each leaver's reason (attrition.service).
 * - A group under the minimum size is `withheld`, never a number.
 */
import { shiftDayKey } from '../domain/day-keys.js';
import { type Capability, hasCapability, type Viewer } from '../domain/privacy.js';
import { median } from '../metrics/stats.js';
import { mayRead } from './access.service.js';
import { attritionSummary, promotionSummary } from './attrition.service.js';
import { workspaceToday } from './budget.service.js';
import { hiringPlan } from './hiring.service.js';
import type { KpiPeriodReading, KpiReader } from './kpi-readers.js';
import { readSurveyItemScores } from './surveys.service.js';

/** The survey areas that speak to the platform: tooling, pipelines, docs, deploys and operations. */
const PLATFORM_AREAS: ReadonlySet<string> = new Set([
  'dev-environment',
  'ci',
  'docs',
  'deploy',
  'monitoring',
  'on-call',
]);

/**
 * Runs `read` only for a viewer holding `capability` over the whole organization: a KPI is the
 * organization's figure, and a manager reads people data of their own teams only.
 */
function requiring(capability: Capability, read: KpiReader): KpiReader {
  return async (context, viewer: Viewer, period, now) => {
    if (mayRead(viewer, capability)) return read(context, viewer, period, now);
    const reason = hasCapability(viewer.role, capability)
      ? `a figure over the whole organization; a manager reads ${capability} for their own teams only`
      : `needs the ${capability} capability`;
    return { kind: 'withheld', reason };
  };
}

const SMALL_GROUP: KpiPeriodReading = { kind: 'withheld', reason: 'a group under the minimum size' };

const readHiringPlan: KpiReader = async (context, viewer, period, now) => {
  const plan = await hiringPlan(
    context,
    viewer,
    { asOf: period.to, from: period.from, to: shiftDayKey(period.to, 1) },
    now,
  );
  if (plan.attainment.kind !== 'value') return { kind: 'no-data', needs: plan.attainment.needs };
  return {
    kind: 'value',
    value: plan.attainment.value,
    n: plan.attainment.due,
    recordIds: plan.attainment.positions.map((id) => `position:${id}`),
  };
};

const readTimeToFill: KpiReader = async (context, viewer, period, now) => {
  const plan = await hiringPlan(
    context,
    viewer,
    { asOf: period.to, from: period.from, to: shiftDayKey(period.to, 1) },
    now,
  );
  const filled = plan.timeToFill.positions.filter(
    (fill) => fill.filled >= period.from && fill.filled <= period.to,
  );
  const middle = median(filled.map((fill) => fill.days));
  if (middle === undefined)
    return { kind: 'no-data', needs: 'a position filled in the period (hiring plan)' };
  return {
    kind: 'value',
    value: middle,
    n: filled.length,
    recordIds: filled.map((fill) => `position:${fill.id}`),
  };
};

const readRegrettableAttrition: KpiReader = async (context, viewer, period, now) => {
  const today = workspaceToday(context, now);
  const summary = await attritionSummary(
    context,
    viewer,
    { from: period.from, to: shiftDayKey(period.to, 1) },
    today,
  );
  const figure = summary.scope;
  if (figure.kind === 'insufficient-data') return { kind: 'no-data', needs: figure.needs };
  if (figure.kind === 'suppressed') return SMALL_GROUP;
  const regrettable = figure.leavers.regrettable;
  if (!regrettable)
    return { kind: 'no-data', needs: 'leavers marked regrettable or not (people-private.yaml)' };
  return { kind: 'value', value: regrettable.annualizedRate, n: figure.n, recordIds: [] };
};

const readPromotionRate: KpiReader = async (context, viewer, period, now) => {
  const today = workspaceToday(context, now);
  const summary = await promotionSummary(
    context,
    viewer,
    { from: period.from, to: shiftDayKey(period.to, 1) },
    today,
  );
  const figure = summary.scope;
  if (figure.kind === 'insufficient-data') return { kind: 'no-data', needs: figure.needs };
  if (figure.kind === 'suppressed') return SMALL_GROUP;
  return { kind: 'value', value: figure.annualizedRate, n: figure.n, recordIds: [] };
};

const readPlatformSatisfaction: KpiReader = async (context, viewer, period) => {
  const scores = await readSurveyItemScores(context, viewer, { asOf: shiftDayKey(period.to, 1) });
  if (!scores.survey || scores.survey.closes < period.from)
    return { kind: 'no-data', needs: 'a developer-experience survey round closed in the period' };
  const items = scores.items.filter((item) => item.area !== null && PLATFORM_AREAS.has(item.area));
  const shown = items.flatMap((item) => (item.figure.kind === 'shown' ? [item.figure] : []));
  if (shown.length === 0)
    return items.length === 0
      ? { kind: 'no-data', needs: 'rated platform items in the survey' }
      : SMALL_GROUP;
  return {
    kind: 'value',
    value: shown.reduce((sum, figure) => sum + figure.mean, 0) / shown.length,
    n: Math.max(...shown.map((figure) => figure.n)),
    recordIds: [`survey:${scores.survey.id}`],
  };
};

/** Each people KPI's reader and the capability its data needs. */
const PEOPLE_KPIS: Readonly<Record<string, { capability: Capability; read: KpiReader }>> = {
  'hiring-plan-attainment': { capability: 'hiring.pipeline', read: readHiringPlan },
  'time-to-fill': { capability: 'hiring.pipeline', read: readTimeToFill },
  'regrettable-attrition': { capability: 'people.talent', read: readRegrettableAttrition },
  'internal-promotion-rate': { capability: 'people.aggregates', read: readPromotionRate },
  'platform-satisfaction': { capability: 'surveys.results', read: readPlatformSatisfaction },
};

export const PEOPLE_KPI_CAPABILITIES: Readonly<Record<string, Capability>> = Object.fromEntries(
  Object.entries(PEOPLE_KPIS).map(([name, kpi]) => [name, kpi.capability]),
);

export const PEOPLE_READERS: Readonly<Record<string, KpiReader>> = Object.fromEntries(
  Object.entries(PEOPLE_KPIS).map(([name, kpi]) => [name, requiring(kpi.capability, kpi.read)]),
);
