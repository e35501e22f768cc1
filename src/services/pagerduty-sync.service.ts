/**
 * Pulling incidents and on-call data from PagerDuty into the store, page by page (see incident-sync.ts;
 * ids are `pagerduty:<incident id>`, timeline entries `…#<log entry id>`). After the incidents: the
 * services and escalation policies, and who was on call from the window's start to a week past its end
 * (so who is on call now stays known between syncs).
 *
 * Resuming: PagerDuty filters incidents by creation time only, yet an incident changes until it is
 * resolved. So a re-run reads from the earlier of the last run's mark less an overlap and the creation of
 * the oldest incident still open in the store, never before the lookback's start. The mark (the end of
 * the window read) is saved only once every page of that window is written.
 */
import { z } from 'zod';
import { readConfig } from '../config.js';
import type { HttpOptions } from '../connectors/http/get-json.js';
import { createPagerDutyClient, type PagerDutyClient } from '../connectors/pagerduty/client.js';
import { PAGERDUTY_SOURCE, toPagerDutyIncidents } from '../connectors/pagerduty/map.js';
import {
  toPagerDutyEscalationPolicies,
  toPagerDutyServices,
} from '../connectors/pagerduty/map-escalation.js';
import { toPagerDutyShifts } from '../connectors/pagerduty/map-oncalls.js';
import type { Severity } from '../domain/records/index.js';
import { type CursorKey, readCursor, saveCursor } from '../store/cursors.repo.js';
import { upsertEscalationPolicies, upsertOncallServices } from '../store/escalation.repo.js';
import type { StoreSession } from '../store/index.js';
import { upsertShifts } from '../store/oncall.repo.js';
import { findOldestOpenIncidentStart } from '../store/open-incidents.repo.js';
import {
  emptyIncidentSyncResult,
  type IncidentSyncResult,
  requireSetting,
  writeIncidentPage,
} from './incident-sync.js';
import { recordSyncRun } from './sync-result.js';

export type { IncidentSyncResult } from './incident-sync.js';

/** How far before the last mark a re-run starts, for incidents PagerDuty lists late. */
export const PAGERDUTY_OVERLAP_MS = 60 * 60_000;
const SHIFTS_AHEAD_MS = 7 * 86_400_000;

export interface PagerDutySyncOptions {
  client: PagerDutyClient;
  /** The lookback: incidents created in `[since, until)`; a re-run reads the part of it not yet read. */
  window: { since: Date; until: Date };
  serviceIds?: readonly string[] | undefined;
  services?: Readonly<Record<string, string>> | undefined;
  severities?: Readonly<Record<string, Severity>> | undefined;
  /** The declared source's name the cursor is kept under (default `pagerduty`). */
  cursorSource?: string | undefined;
  /** Read the whole window, whatever the cursor says. */
  full?: boolean | undefined;
  onProgress?: ((progress: { incidents: number }) => void) | undefined;
}

export interface PagerDutySyncResult extends IncidentSyncResult {
  /** The creation window actually read. */
  readWindow: { since: string; until: string };
}

const cursorSchema = z.object({ mark: z.iso.datetime() });

export async function syncPagerDuty(
  store: StoreSession,
  options: PagerDutySyncOptions,
): Promise<PagerDutySyncResult> {
  const startedAt = new Date();
  const result = emptyIncidentSyncResult();
  const key = cursorKey(options);
  const window = await resumeWindow(store, key, options);
  const mapOptions = { services: options.services, severities: options.severities };
  for await (const page of options.client.listIncidents(window, {
    serviceIds: options.serviceIds ?? [],
  })) {
    await writeIncidentPage(store, page.length, toPagerDutyIncidents(page, mapOptions), result);
    options.onProgress?.({ incidents: result.read });
  }

  const services = toPagerDutyServices(await options.client.listServices(), options.services);
  const policies = toPagerDutyEscalationPolicies(await options.client.listEscalationPolicies());
  result.services = await upsertOncallServices(store, services.services);
  result.escalationPolicies = await upsertEscalationPolicies(store, policies);
  result.warnings.push(...services.warnings);

  const shiftWindow = { since: window.since, until: new Date(window.until.getTime() + SHIFTS_AHEAD_MS) };
  const oncalls = toPagerDutyShifts(await options.client.listOncalls(shiftWindow), shiftWindow);
  result.shifts = await upsertShifts(store, oncalls.shifts);
  result.warnings.push(...oncalls.skipped);

  await saveCursor(store, key, { mark: window.until.toISOString() });
  await recordSyncRun(store, { source: PAGERDUTY_SOURCE, type: 'incident', startedAt }, result);
  return {
    ...result,
    readWindow: { since: window.since.toISOString(), until: window.until.toISOString() },
  };
}

/** One cursor per source and set of PagerDuty services read. */
function cursorKey(options: PagerDutySyncOptions): CursorKey {
  const ids = [...(options.serviceIds ?? [])].sort();
  return {
    source: options.cursorSource ?? PAGERDUTY_SOURCE,
    scope: `pagerduty:${ids.length > 0 ? ids.join(',') : '*'}`,
  };
}

async function resumeWindow(
  store: StoreSession,
  key: CursorKey,
  options: PagerDutySyncOptions,
): Promise<{ since: Date; until: Date }> {
  const { since, until } = options.window;
  if (options.full) return options.window;
  const stored = cursorSchema.safeParse((await readCursor(store, key))?.value);
  if (!stored.success) return options.window;
  const resumeAt = Date.parse(stored.data.mark) - PAGERDUTY_OVERLAP_MS;
  const oldestOpen = (await findOldestOpenIncidentStart(store, PAGERDUTY_SOURCE))?.getTime() ?? resumeAt;
  const from = Math.min(until.getTime(), Math.max(since.getTime(), Math.min(resumeAt, oldestOpen)));
  return { since: new Date(from), until };
}

/** The client from PAGERDUTY_TOKEN (and PAGERDUTY_API_URL for an EU account). */
export function createPagerDutyClientFromConfig(extra: Pick<HttpOptions, 'onWait'> = {}): PagerDutyClient {
  const { token, apiUrl } = readConfig().pagerduty;
  return createPagerDutyClient({
    token: requireSetting(token, {
      source: 'PagerDuty',
      variable: 'PAGERDUTY_TOKEN',
      expected: 'a PagerDuty REST API key with read access',
    }),
    baseUrl: apiUrl,
    ...extra,
  });
}

/** `[now − lookback days, now)`. */
export function lookbackWindow(now: Date, days: number): { since: Date; until: Date } {
  return { since: new Date(now.getTime() - days * 86_400_000), until: now };
}
