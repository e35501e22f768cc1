/**
 * The KPI scorecard: every KPI of the catalog with its current value, target (workspace override or
 * default), status, trend over the last six review periods, owner and review frequency. A KPI with no
 * data says which source would feed it.
 *
 * Rules and reasons:
 * - The current value is the latest complete review period's (kpis-periods.ts); the trend is the six periods
 *   ending with it, so the last trend point is always the card's value.
 * - One read cache serves the whole scorecard: six periods of forty KPIs read the same records many times.
 * - The workspace's `kpiTargets` and `kpiOwners` win over the catalog's defaults; the card says which applied.
 */
import { z } from 'zod';
import { InputError, NotFoundError } from '../domain/errors.js';
import { dateSchema } from '../domain/primitives.js';
import type { Viewer } from '../domain/privacy.js';
import {
  findKpi,
  KPI_CATALOG,
  KPI_SECTIONS,
  type KpiCatalogSection,
  type KpiDefinition,
} from '../metrics/kpis.js';
import {
  type KpiPeriod,
  kpiTargetStatus,
  kpiTrendDirection,
  listKpiPeriods,
} from '../metrics/kpis-periods.js';
import { type AppContext, withReadCache } from './context.js';
import { type KpiPeriodReading, readKpiPeriod } from './kpi-readers.js';
import { resolveRegisterDay } from './risks.service.js';

export type { KpiCatalogSection, KpiDefinition, KpiFrequency } from '../metrics/kpis.js';
export { KPI_SECTIONS } from '../metrics/kpis.js';

/** `withheld`: the viewer may not see it (people figures), or its group is under the minimum size. */
export type KpiStatus = 'on-target' | 'off-target' | 'no-data' | 'withheld';
export const KPI_STATUSES: readonly KpiStatus[] = ['on-target', 'off-target', 'no-data', 'withheld'];

export interface KpiPeriodValue {
  /** `2026-W47`, `2026-11`, `2026-Q4`. */
  label: string;
  from: string;
  to: string;
  value: number | null;
  n: number;
}

export interface KpiCard extends Omit<KpiDefinition, 'target' | 'targetText'> {
  target: { value: number; text: string; source: 'default' | 'workspace' };
  /** The latest complete review period's value; null when there is no data. */
  value: number | null;
  period: { label: string; from: string; to: string };
  status: KpiStatus;
  /** Oldest first, six periods ending with `period`. */
  trend: KpiPeriodValue[];
  /** Whether the trend moves toward the target: improving, worsening, flat, or unknown with too few points. */
  trendDirection: 'improving' | 'worsening' | 'flat' | 'unknown';
  /** A person, team or role. */
  owner: string;
  /** Whether the owner comes from the workspace's `kpiOwners` or is the catalog's role. */
  ownerSource: 'default' | 'workspace';
  /** When status is no-data: the source that would feed this KPI. */
  needs: string | null;
  /** When status is withheld: why. */
  withheldReason: string | null;
  /** Records behind the current value (at most 50 ids). */
  recordIds: string[];
}

export interface KpiScorecard {
  asOf: string;
  kpis: KpiCard[];
  /** Cards per status over the KPIs read (the section or ids asked for), before the status filter. */
  counts: Record<KpiStatus, number>;
}

export interface KpiScorecardOptions {
  /** The last local day to read (defaults to today in the workspace time zone). */
  asOf?: string;
  /** Only these KPI ids. */
  ids?: readonly string[];
  /** Only the KPIs of this section of the catalog. */
  section?: KpiCatalogSection;
  /** Only the cards with this status. */
  status?: KpiStatus;
}

export const MAX_RECORD_IDS = 50;

/** The scorecard's filters as the CLI and the API take them (`asOf`, `section`, `status`). */
export const kpiScorecardQuerySchema = z.strictObject({
  asOf: dateSchema.optional(),
  section: z.enum(KPI_SECTIONS as [KpiCatalogSection, ...KpiCatalogSection[]]).optional(),
  status: z.enum(KPI_STATUSES as [KpiStatus, ...KpiStatus[]]).optional(),
});

/** Validates the filters, naming the field and the values allowed. */
export function parseKpiScorecardQuery(input: unknown): KpiScorecardOptions {
  const parsed = kpiScorecardQuerySchema.safeParse(input);
  if (parsed.success) return dropUndefined(parsed.data);
  throw new InputError(
    'Invalid KPI scorecard query',
    parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '');
      return {
        path: field,
        message: issue.message,
        found: JSON.stringify((input as Record<string, unknown>)[field]),
        expected:
          field === 'section'
            ? KPI_SECTIONS.join(' | ')
            : field === 'status'
              ? KPI_STATUSES.join(' | ')
              : 'a day, YYYY-MM-DD',
      };
    }),
  );
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

export function listKpiCatalog(section?: KpiCatalogSection): readonly KpiDefinition[] {
  return section ? KPI_CATALOG.filter((kpi) => kpi.section === section) : KPI_CATALOG;
}

/** The catalog entry, or a NotFoundError listing the ids there are. */
export function getKpiDefinition(id: string): KpiDefinition {
  const kpi = findKpi(id);
  if (!kpi)
    throw new NotFoundError(`No KPI ${id}; the KPIs are: ${KPI_CATALOG.map((entry) => entry.id).join(', ')}`);
  return kpi;
}

export async function readKpiScorecard(
  context: AppContext,
  viewer: Viewer,
  options: KpiScorecardOptions = {},
  now: Date = new Date(),
): Promise<KpiScorecard> {
  const asOf = resolveAsOf(context, options.asOf, now);
  const kpis = selectKpis(options);
  const cached = withReadCache(context);
  const cards: KpiCard[] = [];
  // One KPI after another: the embedded database answers one query at a time, and the read cache shares
  // the records a KPI read with the next ones of the same family.
  for (const kpi of kpis) cards.push(await readKpiCard(cached, viewer, kpi, asOf, now));
  const shown = options.status ? cards.filter((card) => card.status === options.status) : cards;
  return { asOf, kpis: shown, counts: countStatuses(cards) };
}

/** One KPI's card, for `sextant kpis show` and `GET /api/kpis/:id`. */
export async function readKpi(
  context: AppContext,
  viewer: Viewer,
  id: string,
  options: Pick<KpiScorecardOptions, 'asOf'> = {},
  now: Date = new Date(),
): Promise<KpiCard> {
  const kpi = getKpiDefinition(id);
  return readKpiCard(withReadCache(context), viewer, kpi, resolveAsOf(context, options.asOf, now), now);
}

async function readKpiCard(
  context: AppContext,
  viewer: Viewer,
  kpi: KpiDefinition,
  asOf: string,
  now: Date,
): Promise<KpiCard> {
  const { config } = context.workspace;
  const periods = listKpiPeriods(kpi.frequency, asOf, config.fiscalYearStart);
  const readings: KpiPeriodReading[] = [];
  for (const [index, period] of periods.entries()) {
    const current = index === periods.length - 1;
    readings.push(await readKpiPeriod(context, viewer, kpi, { ...period, current }, now));
  }
  const current = readings.at(-1) as KpiPeriodReading;
  const period = periods.at(-1) as KpiPeriod;
  const override = config.kpiTargets[kpi.id];
  const target =
    override === undefined
      ? { value: kpi.target, text: kpi.targetText, source: 'default' as const }
      : { value: override, text: `${override} (set in sextant.yaml)`, source: 'workspace' as const };
  const owner = config.kpiOwners[kpi.id];
  const trend = periods.map((entry, index) => toPeriodValue(entry, readings[index] as KpiPeriodReading));
  const value = current.kind === 'value' ? current.value : null;
  const { target: _target, targetText: _text, ...definition } = kpi;
  return {
    ...definition,
    target,
    value,
    period,
    status: current.kind === 'withheld' ? 'withheld' : kpiTargetStatus(value, target.value, kpi.direction),
    trend,
    trendDirection: kpiTrendDirection(
      trend.map((point) => point.value),
      kpi.direction,
    ),
    owner: owner ?? kpi.ownerRole,
    ownerSource: owner === undefined ? 'default' : 'workspace',
    needs: current.kind === 'no-data' ? current.needs : null,
    withheldReason: current.kind === 'withheld' ? current.reason : null,
    recordIds: current.kind === 'value' ? current.recordIds.slice(0, MAX_RECORD_IDS) : [],
  };
}

function toPeriodValue(period: KpiPeriod, reading: KpiPeriodReading): KpiPeriodValue {
  return {
    ...period,
    value: reading.kind === 'value' ? reading.value : null,
    n: reading.kind === 'value' ? reading.n : 0,
  };
}

function selectKpis(options: KpiScorecardOptions): readonly KpiDefinition[] {
  const ids = options.ids ? new Set(options.ids.map((id) => getKpiDefinition(id).id)) : null;
  return KPI_CATALOG.filter(
    (kpi) => (ids === null || ids.has(kpi.id)) && (!options.section || kpi.section === options.section),
  );
}

function resolveAsOf(context: AppContext, asOf: string | undefined, now: Date): string {
  if (asOf !== undefined && !dateSchema.safeParse(asOf).success)
    throw new InputError('Invalid as-of day', [
      { path: 'asOf', message: 'not a date', found: JSON.stringify(asOf), expected: 'a day as YYYY-MM-DD' },
    ]);
  return resolveRegisterDay(context.workspace, asOf, now).asOf;
}

function countStatuses(cards: readonly KpiCard[]): Record<KpiStatus, number> {
  const counts: Record<KpiStatus, number> = { 'on-target': 0, 'off-target': 0, 'no-data': 0, withheld: 0 };
  for (const card of cards) counts[card.status] += 1;
  return counts;
}
