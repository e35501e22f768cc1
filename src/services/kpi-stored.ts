/**
 * The stored KPI scorecard: every card of the catalog, computed once for a version of the data and kept in
 * `kpi_scorecards`, so the overview reads them instead of walking years of history for six periods of
 * forty KPIs.
 *
 * Rules and reasons:
 * - The version names everything the cards depend on: the data generation (moved in the same transaction
 *   by any write to a source table, store/kpi-scorecards.repo.ts), a digest of the loaded workspace (model,
 *   registers, settings, postmortems), the code version and the workspace day they were computed on (a few
 *   figures, such as roadmap predictability, read today). Cards under any other version are never served.
 * - People cards are computed with the rights to read them (their reads audited under the stored scorecard's
 *   name) and handed only to a viewer whose role may read that data, each hand-over audited as the live
 *   read would be; any other viewer gets the withheld card, which reads nothing.
 * - `sync` stores today's cards after the advisor run; a read that finds none computes and stores them.
 */
import type { Viewer } from '../domain/privacy.js';
import { KPI_CATALOG, type KpiDefinition } from '../metrics/kpis.js';
import { readStoredScorecard, writeStoredScorecard } from '../store/index.js';
import { authorize, mayRead } from './access.service.js';
import type { AppContext } from './context.js';
import { readDataVersion } from './data-version.js';
import { type KpiCard, readKpiCard } from './kpi-card.js';
import { peopleCapability } from './kpi-readers.js';

/** The viewer the stored cards are computed as: one that may read every figure. */
const STORED_VIEWER: Viewer = { role: 'admin', actor: 'stored scorecard' };

export interface StoredScorecardSummary {
  asOf: string;
  cards: number;
  ms: number;
}

/** The day's cards by KPI id: the stored ones when their version is current, else computed and stored. */
export async function readStoredCards(
  context: AppContext,
  asOf: string,
  now: Date,
): Promise<Map<string, KpiCard>> {
  const version = await readDataVersion(context, now);
  const stored = await readStoredScorecard(context.store, asOf, version);
  if (stored) return byId(stored as KpiCard[]);
  return byId(await computeAndStore(context, asOf, version, now));
}

/** One card when the day's stored cards are current; null when they are not. */
export async function readStoredCard(
  context: AppContext,
  kpi: KpiDefinition,
  asOf: string,
  now: Date,
): Promise<KpiCard | null> {
  const stored = await readStoredScorecard(context.store, asOf, await readDataVersion(context, now));
  return (stored as KpiCard[] | null)?.find((card) => card.id === kpi.id) ?? null;
}

/**
 * The stored card as this viewer may see it: as stored, or for a people KPI, as stored after the read is
 * authorized and audited, else the withheld card.
 */
export async function cardForViewer(
  context: AppContext,
  viewer: Viewer,
  kpi: KpiDefinition,
  stored: KpiCard,
  asOf: string,
  now: Date,
): Promise<KpiCard> {
  const capability = peopleCapability(kpi);
  if (capability === undefined) return stored;
  if (!mayRead(viewer, capability)) return readKpiCard(context, viewer, kpi, asOf, now);
  await authorize(context, viewer, capability, { resource: `KPI ${kpi.id}`, detail: { asOf } });
  return stored;
}

/**
 * Computes and stores the day's cards: always (`sync`, after the advisor), or only when no current ones are
 * stored (`serve`'s quarter-hourly check), then answering null.
 */
export async function storeKpiScorecard(
  context: AppContext,
  asOf: string,
  now: Date,
  options: { unlessCurrent?: boolean } = {},
): Promise<StoredScorecardSummary | null> {
  const started = performance.now();
  const version = await readDataVersion(context, now);
  if (options.unlessCurrent && (await readStoredScorecard(context.store, asOf, version))) return null;
  const cards = await computeAndStore(context, asOf, version, now);
  return { asOf, cards: cards.length, ms: performance.now() - started };
}

async function computeAndStore(
  context: AppContext,
  asOf: string,
  version: string,
  now: Date,
): Promise<KpiCard[]> {
  const started = performance.now();
  const cards: KpiCard[] = [];
  // One KPI after another: the embedded database answers one query at a time, and the read cache shares
  // the records one KPI read with the next ones of the same family.
  for (const kpi of KPI_CATALOG) cards.push(await readKpiCard(context, STORED_VIEWER, kpi, asOf, now));
  await writeStoredScorecard(context.store, {
    asOf,
    version,
    cards,
    computedAt: now,
    computeMs: performance.now() - started,
  });
  return cards;
}

function byId(cards: readonly KpiCard[]): Map<string, KpiCard> {
  return new Map(cards.map((card) => [card.id, card]));
}
