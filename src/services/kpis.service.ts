/**
 * The KPI scorecard: every KPI of the catalog with its current value, target (workspace override or
 * default), status, trend over the last six review periods, owner and review frequency. A KPI with no
 * data says which source would feed it.
 *
 * Rules and reasons:
 * - The current value is the latest complete review period's (kpis-periods.ts); the trend is the six periods
 *   ending with it, so the last trend point is always the card's value.
 * - One read cache serves the whole scorecard: six periods of forty KPIs read the same records many times.
 * - The cards are stored for the version of the data they were read from (kpi-stored.ts); a people card is
 *   handed over only to a viewer whose role may read it, and the hand-over is audited.
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
import { type AppContext, withReadCache } from './context.js';
import { KPI_STATUSES, type KpiCard, type KpiStatus, readKpiCard } from './kpi-card.js';
import {
  cardForViewer,
  readStoredCard,
  readStoredCards,
  type StoredScorecardSummary,
  storeKpiScorecard,
} from './kpi-stored.js';
import { resolveRegisterDay } from './risks.service.js';

export type { KpiCatalogSection, KpiDefinition, KpiFrequency } from '../metrics/kpis.js';
export { KPI_SECTIONS } from '../metrics/kpis.js';
export {
  KPI_STATUSES,
  type KpiCard,
  type KpiPeriodValue,
  type KpiStatus,
  MAX_RECORD_IDS,
} from './kpi-card.js';

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
  // Every card comes stored for the version of the data (kpi-stored.ts); people cards only as the viewer may.
  const stored = await readStoredCards(cached, asOf, now);
  const cards: KpiCard[] = [];
  for (const kpi of kpis) {
    const card = stored.get(kpi.id);
    if (!card) throw new Error(`the stored scorecard of ${asOf} has no card ${kpi.id}`);
    cards.push(await cardForViewer(cached, viewer, kpi, card, asOf, now));
  }
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
  const asOf = resolveAsOf(context, options.asOf, now);
  const cached = withReadCache(context);
  const stored = await readStoredCard(cached, kpi, asOf, now);
  return stored
    ? cardForViewer(cached, viewer, kpi, stored, asOf, now)
    : readKpiCard(cached, viewer, kpi, asOf, now);
}

/**
 * Computes and stores the cards of the day (today by default): always, as `sync` does after the advisor, or
 * only when no current ones are stored (`unlessCurrent`, `serve`'s quarter-hourly check; null then).
 */
export function storeScorecard(
  context: AppContext,
  options?: Pick<KpiScorecardOptions, 'asOf'> & { unlessCurrent?: false },
  now?: Date,
): Promise<StoredScorecardSummary>;
export function storeScorecard(
  context: AppContext,
  options: Pick<KpiScorecardOptions, 'asOf'> & { unlessCurrent: true },
  now?: Date,
): Promise<StoredScorecardSummary | null>;
export function storeScorecard(
  context: AppContext,
  options: Pick<KpiScorecardOptions, 'asOf'> & { unlessCurrent?: boolean } = {},
  now: Date = new Date(),
): Promise<StoredScorecardSummary | null> {
  const asOf = resolveAsOf(context, options.asOf, now);
  return storeKpiScorecard(withReadCache(context), asOf, now, {
    unlessCurrent: options.unlessCurrent ?? false,
  });
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
