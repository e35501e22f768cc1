/**
 * Builds the delivery part of the advisor snapshot from the services that already compute each figure: the
 * metric overview (DORA and flow from the metric facts kept at ingest), the pull-request and build reports,
 * releases (each production deployment with whether it failed), incident metrics and postmortems, SLO
 * reports, on-call and vulnerabilities. Nothing is recomputed here; figures are copied into plain data.
 *
 * Windows: the last 12 weeks up to `asOf` and the 12 weeks before (DORA trends); pull-request review time
 * over three consecutive 4-week periods (month-over-month trend). The caller gives a context with a read
 * cache (`withReadCache`), so the many scopes share one read of each record type.
 */
import type {
  DayWindow,
  DeliveryFigure,
  DeliveryPart,
  DomainWeekdays,
  FigurePair,
  IncidentDelivery,
  OverdueVulnerabilities,
  ReviewTrend,
  ScopeDelivery,
  SloDelivery,
  WeekdayOutcome,
} from '../../advisor/snapshot-delivery.js';
import { shiftDayKey } from '../../domain/day-keys.js';
import { toDayKey, toIsoWeekday } from '../../metrics/calendar.js';
import type { AppContext } from '../context.js';
import { computeIncidentMetricsReport } from '../incident-metrics.service.js';
import { resolveWindow } from '../metrics/query.js';
import { computeBuildReport, computeOverview, computePullRequestReport } from '../metrics.service.js';
import { computeOncallReport } from '../oncall.service.js';
import { listPostmortemActionItems } from '../postmortems.service.js';
import { readReleases } from '../release-records.js';
import { computeReleaseMetricsReport } from '../releases.service.js';
import { listSloReports } from '../slos.service.js';
import { listOwnedServices } from '../team-filter.js';
import { listOverdueVulnerabilities } from '../vulnerabilities.service.js';

const WINDOW_DAYS = 84;
const REVIEW_PERIOD_DAYS = 28;
const REVIEW_PERIODS = 3;
const MAX_RECORDS = 20;
/** The severities whose recovery time the rules judge (the playbook's major incidents). */
const MAJOR_SEVERITIES = ['SEV-1', 'SEV-2'] as const;

/** What every metric result carries that a figure needs. */
interface ResultLike {
  kind: string;
  n: number;
  /** Absent from the overview's figures, which leave their records out. */
  recordIds?: string[];
  value?: number;
  median?: number;
}

function toFigure(result: ResultLike, pick: 'value' | 'median' = 'value'): DeliveryFigure | null {
  const value = result[pick];
  if (result.kind !== 'value' || typeof value !== 'number') return null;
  return { value, n: result.n, recordIds: (result.recordIds ?? []).slice(0, MAX_RECORDS) };
}

function toWindow(to: string, days: number): DayWindow {
  return { from: shiftDayKey(to, -(days - 1)), to };
}

export async function buildDeliveryPart(context: AppContext, asOf: string, now: Date): Promise<DeliveryPart> {
  const window = toWindow(asOf, WINDOW_DAYS);
  const previousWindow = toWindow(shiftDayKey(window.from, -1), WINDOW_DAYS);
  const deployments = await readOrgDeployments(context, { from: previousWindow.from, to: window.to }, now);
  const current = deployments.filter((deployment) => deployment.day >= window.from);
  const scopes: ScopeDelivery[] = [];
  const reviewTrends: ReviewTrend[] = [];
  const windows = { current: window, previous: previousWindow };
  for (const subject of ['org', ...context.workspace.model.teams.map((team) => team.ref)]) {
    const review = await readReviewTrend(context, subject, asOf, now);
    const services = subject === 'org' ? null : listOwnedServices(context.workspace, subject);
    const failedIds = current
      .filter((deployment) => deployment.failed && (!services || services.has(deployment.service)))
      .map((deployment) => deployment.id)
      .slice(0, MAX_RECORDS);
    scopes.push(await readScope(context, subject, windows, failedIds, review.mergedWithoutReview, now));
    if (subject !== 'org') reviewTrends.push(review.trend);
  }
  return {
    window,
    previousWindow,
    scopes,
    domainWeekdays: tallyDomainWeekdays(context, deployments, { from: previousWindow.from, to: window.to }),
    reviewTrends,
    incidents: await readIncidents(context, window, now),
    slos: await readSlos(context, now),
    vulnerabilities: await readOverdueVulnerabilities(context, now),
  };
}

async function readScope(
  context: AppContext,
  subject: string,
  windows: { current: DayWindow; previous: DayWindow },
  failedIds: string[],
  mergedWithoutReview: DeliveryFigure | null,
  now: Date,
): Promise<ScopeDelivery> {
  const query = (days: DayWindow) => ({ ...(subject === 'org' ? {} : { scope: subject }), ...days });
  // The overview reads the metric facts kept at ingest: the same figures as the DORA report, without
  // recomputing attribution per team. Its records are left out, so a scope's failed deployments are given.
  const overview = (await computeOverview(context, query(windows.current), now)).results;
  const before = (await computeOverview(context, query(windows.previous), now)).results;
  const pair = (pick: (results: typeof overview) => DeliveryFigure | null): FigurePair => ({
    current: pick(overview),
    previous: pick(before),
  });
  const builds = (await computeBuildReport(context, query(windows.current), now)).report.results;
  const releases = (await computeReleaseMetricsReport(context, query(windows.current), now)).results;
  const team = subject === 'org' ? {} : { team: subject };
  const oncall = (await computeOncallReport(context, { ...team, ...windows.current }, now)).health;
  const oncallFigure = (value: (health: Extract<typeof oncall, { kind: 'value' }>) => number) =>
    oncall.kind === 'value'
      ? {
          value: value(oncall),
          n: oncall.pages,
          recordIds: [...new Set(oncall.people.flatMap((person) => person.incidentIds))].slice(
            0,
            MAX_RECORDS,
          ),
        }
      : null;
  const cfr = (results: typeof overview) =>
    toFigure({ ...results.dora.changeFailureRate, recordIds: failedIds });
  return {
    subject,
    owner: subject === 'org' ? null : subject,
    changeFailureRate: { current: cfr(overview), previous: cfr(before) },
    leadTime: pair((results) => toFigure(results.dora.leadTime, 'median')),
    deployments: pair((results) => toFigure(results.dora.deploymentFrequency)),
    mergedWithoutReview,
    buildSuccessRate: toFigure(builds.successRate),
    flakyBuilds: toFigure(builds.flaky),
    buildDuration: toFigure(builds.duration, 'median'),
    wipToThroughput: toFigure(overview.flow.wipToThroughput),
    rollbackRate: toFigure(releases.rollbackRate),
    hotfixesPerMonth:
      releases.hotfixFrequency.kind === 'value'
        ? {
            value: releases.hotfixFrequency.value,
            n: releases.hotfixFrequency.count,
            recordIds: releases.hotfixFrequency.recordIds.slice(0, MAX_RECORDS),
          }
        : null,
    pagesPerPersonWeek: oncallFigure((health) => health.pagesPerPersonWeek),
    outOfHoursShare: oncallFigure((health) => health.outOfHoursShare),
  };
}

/** Median time to first review over consecutive 4-week periods, and the last period's unreviewed merges. */
async function readReviewTrend(
  context: AppContext,
  subject: string,
  asOf: string,
  now: Date,
): Promise<{ trend: ReviewTrend; mergedWithoutReview: DeliveryFigure | null }> {
  const periods: ReviewTrend['periods'] = [];
  let mergedWithoutReview: DeliveryFigure | null = null;
  // The organization needs only the last period (its unreviewed merges); teams need the trend.
  for (let index = subject === 'org' ? 0 : REVIEW_PERIODS - 1; index >= 0; index -= 1) {
    const days = toWindow(shiftDayKey(asOf, -index * REVIEW_PERIOD_DAYS), REVIEW_PERIOD_DAYS);
    const scope = subject === 'org' ? {} : { scope: subject };
    const { results } = (await computePullRequestReport(context, { ...scope, ...days }, now)).report;
    periods.push({ window: days, figure: toFigure(results.timeToFirstReview, 'median') });
    mergedWithoutReview = toFigure(results.mergedWithoutReview);
  }
  return { trend: { subject, owner: subject, periods }, mergedWithoutReview };
}

interface DeploymentOutcome {
  id: string;
  service: string;
  /** Local day and ISO weekday it finished on. */
  day: string;
  weekday: number;
  failed: boolean;
}

/**
 * The organization's production releases (one per production deployment) in a window, each with whether it
 * failed. A deployment whose job failed never reached users and is left out, as the change failure rate does.
 */
async function readOrgDeployments(
  context: AppContext,
  days: DayWindow,
  now: Date,
): Promise<DeploymentOutcome[]> {
  const timeZone = context.workspace.config.timezone;
  const releases = await readReleases(context, undefined, resolveWindow(days, now, timeZone));
  return releases
    .filter((release) => release.result !== 'failure')
    .map((release) => {
      const finished = new Date(release.at);
      return {
        id: release.id,
        service: normalizeService(release.service),
        day: toDayKey(finished, timeZone),
        weekday: toIsoWeekday(finished, timeZone),
        failed: release.failed,
      };
    });
}

/** Production deployments and failures per domain and weekday (a weekday is rare, so both windows count). */
function tallyDomainWeekdays(
  context: AppContext,
  deployments: DeploymentOutcome[],
  window: DayWindow,
): DomainWeekdays[] {
  const { model } = context.workspace;
  const domainOfSystem = new Map(model.systems.map((system) => [system.ref, system.domain]));
  const domainOfService = new Map(
    model.services.map((service) => [
      service.ref,
      service.system ? domainOfSystem.get(service.system) : null,
    ]),
  );
  const tallies = new Map<string, WeekdayOutcome[]>();
  for (const deployment of deployments) {
    const domain = domainOfService.get(deployment.service);
    if (!domain) continue;
    const weekdays = tallies.get(domain) ?? emptyWeek();
    tallies.set(domain, weekdays);
    const day = weekdays[deployment.weekday - 1];
    if (!day) continue;
    day.deployments += 1;
    if (!deployment.failed) continue;
    day.failed += 1;
    if (day.failedIds.length < MAX_RECORDS) day.failedIds.push(deployment.id);
  }
  return model.domains
    .filter((domain) => tallies.has(domain.ref))
    .map((domain) => ({
      subject: domain.ref,
      owner: domain.owner,
      window,
      weekdays: tallies.get(domain.ref) ?? emptyWeek(),
    }));
}

function normalizeService(text: string): string {
  return text.includes(':') ? text : `service:default/${text}`;
}

function emptyWeek(): WeekdayOutcome[] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, deployments: 0, failed: 0, failedIds: [] }));
}

async function readIncidents(context: AppContext, window: DayWindow, now: Date): Promise<IncidentDelivery> {
  const { results } = await computeIncidentMetricsReport(context, window, now);
  const completion = results.postmortemCompletion;
  const items = await listPostmortemActionItems(context, { overdue: true }, now);
  return {
    timeToResolve: MAJOR_SEVERITIES.map((severity) => ({
      severity,
      figure: toFigure(results.timeToResolve[severity], 'median'),
    })),
    recurrence: toFigure(results.recurrence),
    missingPostmortems:
      completion.kind === 'value'
        ? completion.due
            .filter((due) => due.state === 'missing')
            .map((due) => ({ incident: due.incident, severity: due.severity, dueDay: due.dueDay }))
        : [],
    overdueActionItems: items
      .filter((item) => item.daysOverdue !== undefined)
      .map((item) => ({
        incident: item.incident,
        title: item.title,
        owner: item.owner ?? null,
        due: item.due ?? '',
        daysOverdue: item.daysOverdue ?? 0,
      })),
  };
}

async function readSlos(context: AppContext, now: Date): Promise<SloDelivery[]> {
  const services = new Map(context.workspace.model.services.map((service) => [service.ref, service]));
  const slos: SloDelivery[] = [];
  for (const report of await listSloReports(context, { now })) {
    const status = report.status;
    if (status?.attainment.kind !== 'value') continue;
    const service = services.get(report.serviceRef);
    slos.push({
      subject: report.serviceRef,
      owner: service?.owner ?? null,
      tier: service?.tier ?? 4,
      slo: report.slo,
      objective: report.target,
      attainment: status.attainment.value,
      budgetRemaining: status.budget.kind === 'value' ? status.budget.remaining : null,
      n: status.attainment.valid,
      window: { from: status.window.from.slice(0, 10), to: status.window.to.slice(0, 10) },
      recordId: `sli:${report.serviceRef}/${report.slo}`,
    });
  }
  return slos;
}

async function readOverdueVulnerabilities(context: AppContext, now: Date): Promise<OverdueVulnerabilities[]> {
  const { slaDays, result } = await listOverdueVulnerabilities(context, {}, now);
  if (result.kind !== 'value') return [];
  return result.teams
    .filter((team) => team.count > 0)
    .map((team) => ({
      subject: team.team ?? 'org',
      owner: team.team,
      bySeverity: Object.entries(team.bySeverity).map(([severity, count]) => ({
        severity,
        count: count ?? 0,
        slaDays: (slaDays as Record<string, number | undefined>)[severity] ?? null,
        maxDaysOverdue: Math.max(
          0,
          ...team.findings.filter((finding) => finding.severity === severity).map((f) => f.daysOverdue),
        ),
      })),
      recordIds: team.findings.map((finding) => finding.id).slice(0, MAX_RECORDS),
    }));
}
