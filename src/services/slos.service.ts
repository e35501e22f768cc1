/**
 * SLOs and error budgets: the objectives declared in services.yaml, the SLI counts in the store and the
 * pure computations in metrics/slo. Each SLO is evaluated at the end of its latest SLI sample, never
 * later than `now`: a status describes what the data shows, and `lagMinutes` says how far behind now
 * that is. Release checks read `errorBudgetStates`.
 */

import { NotFoundError } from '../domain/errors.js';
import { toRefString } from '../domain/refs.js';
import type { Slo } from '../domain/slo.js';
import { BURN_WINDOWS } from '../metrics/slo/burn-rate.js';
import { DAY_MS, floorToMinute, MINUTE_MS, MINUTES_PER_DAY, startOfUtcDay } from '../metrics/slo/series.js';
import { computeSloStatus, lookBackMinutes, type SloStatus } from '../metrics/slo/status.js';
import {
  readSliCoverage,
  readSliDayTotals,
  readSliSeries,
  type SliCoverage,
  type SliReadRequest,
} from '../store/slo.repo.js';
import type { AppContext } from './context.js';
import { findSlo, type SliTarget } from './slo-import.js';
import { listOwnedServices, resolveTeamFilter } from './team-filter.js';

export type ErrorBudgetStateName = 'ok' | 'at-risk' | 'exhausted';

export interface ErrorBudgetStateSummary {
  /** The service's name as in services.yaml. */
  service: string;
  slo: string;
  state: ErrorBudgetStateName;
  /** Whether the error-budget policy freezes releases of this service now. */
  freeze: boolean;
  /** Error budget remaining as a fraction of the whole budget (negative once overspent). */
  remaining: number;
}

export interface SloReport {
  service: string;
  serviceRef: string;
  slo: string;
  indicator: string;
  target: number;
  windowDays: number;
  thresholdMs: number | null;
  /** What the store holds for this SLO; null without any SLI data. */
  data: { firstDay: string; end: string; days: number } | null;
  /** Minutes between the end of the latest sample and now. */
  lagMinutes: number | null;
  status: SloStatus | null;
}

export interface SloDetail extends SloReport {
  /** Per UTC day of the window: the day's events and missing minutes. */
  days: { day: string; good: number; valid: number; missingMinutes: number; attainment: number | null }[];
}

/** The longest burn-rate window: minutes are unpacked for the days it touches. */
const LONGEST_BURN_MS = Math.max(...Object.values(BURN_WINDOWS)) * MINUTE_MS;

/** Every declared SLO's status at `now`, optionally for one service. */
export async function listSloReports(
  context: AppContext,
  options: { now: Date; service?: string; team?: string },
): Promise<SloReport[]> {
  const serviceRef = options.service ? toRefString(options.service, 'service') : undefined;
  if (options.service) findServiceOrThrow(context, options.service);
  const owned = options.team
    ? listOwnedServices(context.workspace, resolveTeamFilter(context.workspace, options.team))
    : undefined;
  const targets = context.workspace.model.services
    .filter((service) => serviceRef === undefined || service.ref === serviceRef)
    .filter((service) => owned === undefined || owned.has(service.ref))
    .flatMap((service) => service.slos.map((slo) => ({ service, slo })));
  return evaluate(context, targets, options.now);
}

/** One SLO's status with its window's days. */
export async function getSloDetail(
  context: AppContext,
  options: { now: Date; service: string; slo: string },
): Promise<SloDetail> {
  const target = findSlo(context, options.service, options.slo);
  const [report] = await evaluate(context, [target], options.now);
  if (!report) throw new Error('an evaluated SLO for the one asked about');
  if (!report.status) return { ...report, days: [] };
  const windowFrom = Date.parse(report.status.window.from);
  const windowTo = Date.parse(report.status.window.to);
  const totals = await readSliDayTotals(
    context.store,
    { service: target.service.ref, slo: target.slo.name },
    startOfUtcDay(windowFrom),
    startOfUtcDay(windowTo - 1),
  );
  const listed = totals.map((day) => ({
    day: new Date(day.day).toISOString().slice(0, 10),
    good: day.good,
    valid: day.valid,
    missingMinutes: MINUTES_PER_DAY - day.presentMinutes,
    attainment: day.valid > 0 ? day.good / day.valid : null,
  }));
  return { ...report, days: listed };
}

/** The error-budget policy state of every SLO with SLI data in its window, at `now`. */
export async function errorBudgetStates(
  context: AppContext,
  options: { now: Date },
): Promise<ErrorBudgetStateSummary[]> {
  const reports = await listSloReports(context, { now: options.now });
  return reports.flatMap((report) => {
    const status = report.status;
    if (status?.policy.kind !== 'value' || status.budget.kind !== 'value') return [];
    return [
      {
        service: report.service,
        slo: report.slo,
        state: status.policy.state,
        freeze: status.policy.freeze,
        remaining: status.budget.remaining,
      },
    ];
  });
}

async function evaluate(context: AppContext, targets: readonly SliTarget[], now: Date): Promise<SloReport[]> {
  const coverage = new Map<string, SliCoverage>();
  for (const entry of await readSliCoverage(context.store))
    coverage.set(`${entry.service} ${entry.slo}`, entry);
  const latest = floorToMinute(now.getTime());
  const requests = new Map<string, SliReadRequest & { at: number }>();
  for (const { service, slo } of targets) {
    const covered = coverage.get(`${service.ref} ${slo.name}`);
    if (covered)
      requests.set(`${service.ref} ${slo.name}`, planRead(service.ref, slo, Math.min(latest, covered.end)));
  }
  const stored = await readSliSeries(context.store, [...requests.values()]);
  return targets.map(({ service, slo }) => {
    const key = `${service.ref} ${slo.name}`;
    const covered = coverage.get(key);
    const request = requests.get(key);
    const series = stored.get(key);
    return {
      service: service.name,
      serviceRef: service.ref,
      slo: slo.name,
      indicator: slo.indicator,
      target: slo.target,
      windowDays: slo.windowDays,
      thresholdMs: slo.thresholdMs ?? null,
      data: covered
        ? {
            firstDay: new Date(covered.firstDay).toISOString().slice(0, 10),
            end: new Date(covered.end).toISOString(),
            days: covered.days,
          }
        : null,
      lagMinutes: covered ? Math.max(0, (latest - covered.end) / MINUTE_MS) : null,
      status: request && series ? computeSloStatus(slo, series, request.at) : null,
    };
  });
}

/**
 * What one SLO's status at `at` reads: whole days of its window older than the longest burn window as one
 * sum, the recent days one by one, and minutes only of the days a window starts or ends inside.
 */
function planRead(service: string, slo: Slo, at: number): SliReadRequest & { at: number } {
  const from = at - lookBackMinutes(slo) * MINUTE_MS;
  const firstDay = startOfUtcDay(from);
  const recentFrom = startOfUtcDay(at - LONGEST_BURN_MS);
  const bulkFrom = from === firstDay ? firstDay : firstDay + DAY_MS;
  const hasBulk = bulkFrom < recentFrom;
  const starts = [from, ...Object.values(BURN_WINDOWS).map((minutes) => at - minutes * MINUTE_MS), at];
  const minuteDays = new Set(
    starts.filter((instant) => instant % DAY_MS !== 0).map((instant) => startOfUtcDay(instant)),
  );
  return {
    service,
    slo: slo.name,
    at,
    bulkFrom: hasBulk ? bulkFrom : recentFrom,
    bulkTo: hasBulk ? recentFrom : recentFrom,
    detailFrom: hasBulk ? recentFrom : firstDay,
    detailTo: startOfUtcDay(at - 1),
    extraDay: hasBulk && firstDay < bulkFrom ? firstDay : null,
    minuteDays: [...minuteDays],
  };
}

function findServiceOrThrow(context: AppContext, name: string): void {
  const ref = toRefString(name, 'service');
  if (!context.workspace.model.services.some((service) => service.ref === ref)) {
    throw new NotFoundError(`No service ${ref} in this workspace`);
  }
}
