/**
 * Pulling incidents and on-call data from PagerDuty into the store, page by page (see incident-sync.ts;
 * ids are `pagerduty:<incident id>`, timeline entries `…#<log entry id>`). Who was on call when is read
 * for the same window after the incidents.
 */
import { readConfig } from '../config.js';
import type { HttpOptions } from '../connectors/http/get-json.js';
import { createPagerDutyClient, type PagerDutyClient } from '../connectors/pagerduty/client.js';
import { PAGERDUTY_SOURCE, toPagerDutyIncidents } from '../connectors/pagerduty/map.js';
import { toPagerDutyShifts } from '../connectors/pagerduty/map-oncalls.js';
import type { Severity } from '../domain/records/index.js';
import type { StoreSession } from '../store/index.js';
import { upsertShifts } from '../store/oncall.repo.js';
import {
  emptyIncidentSyncResult,
  type IncidentSyncResult,
  requireSetting,
  writeIncidentPage,
} from './incident-sync.js';
import { recordSyncRun } from './sync-result.js';

export type { IncidentSyncResult } from './incident-sync.js';

export interface PagerDutySyncOptions {
  client: PagerDutyClient;
  /** Incidents created in `[since, until)`; on-call shifts overlapping it. */
  window: { since: Date; until: Date };
  serviceIds?: readonly string[] | undefined;
  services?: Readonly<Record<string, string>> | undefined;
  severities?: Readonly<Record<string, Severity>> | undefined;
  onProgress?: ((progress: { incidents: number }) => void) | undefined;
}

export async function syncPagerDuty(
  store: StoreSession,
  options: PagerDutySyncOptions,
): Promise<IncidentSyncResult> {
  const startedAt = new Date();
  const result = emptyIncidentSyncResult();
  const mapOptions = { services: options.services, severities: options.severities };
  for await (const page of options.client.listIncidents(options.window, {
    serviceIds: options.serviceIds ?? [],
  })) {
    await writeIncidentPage(store, page.length, toPagerDutyIncidents(page, mapOptions), result);
    options.onProgress?.({ incidents: result.read });
  }
  const oncalls = toPagerDutyShifts(await options.client.listOncalls(options.window), options.window);
  result.shifts = await upsertShifts(store, oncalls.shifts);
  result.warnings.push(...oncalls.skipped);
  await recordSyncRun(store, { source: PAGERDUTY_SOURCE, type: 'incident', startedAt }, result);
  return result;
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
