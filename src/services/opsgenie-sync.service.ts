/**
 * Pulling incidents and on-call schedules from Opsgenie into the store, page by page like PagerDuty's
 * (see incident-sync.ts). Teams and users are read first, only to name the rotation and the people of
 * each page. After the incidents come the services and escalations (stored as PagerDuty's services and
 * escalation policies are, see connectors/opsgenie/map-escalation.ts); then every schedule's final
 * timeline from the window's start to a week past its end is stored as shifts (so who is on call now
 * stays known between syncs).
 */
import { readConfig } from '../config.js';
import type { HttpOptions } from '../connectors/http/get-json.js';
import { createOpsgenieClient, type OpsgenieClient } from '../connectors/opsgenie/client.js';
import { OPSGENIE_SOURCE, toOpsgenieIncidents } from '../connectors/opsgenie/map.js';
import { toOpsgenieEscalation } from '../connectors/opsgenie/map-escalation.js';
import { toOpsgenieShifts } from '../connectors/opsgenie/map-schedules.js';
import type { Severity } from '../domain/records/index.js';
import { upsertEscalationPolicies, upsertOncallServices } from '../store/escalation.repo.js';
import type { StoreSession } from '../store/index.js';
import { upsertShifts } from '../store/oncall.repo.js';
import {
  emptyIncidentSyncResult,
  type IncidentSyncResult,
  requireSetting,
  writeIncidentPage,
} from './incident-sync.js';
import { recordSyncRun } from './sync-result.js';

const SHIFTS_AHEAD_MS = 7 * 86_400_000;

export interface OpsgenieSyncOptions {
  client: OpsgenieClient;
  window: { since: Date; until: Date };
  query?: string | undefined;
  services?: Readonly<Record<string, string>> | undefined;
  severities?: Readonly<Record<string, Severity>> | undefined;
  onProgress?: ((progress: { incidents: number }) => void) | undefined;
}

export async function syncOpsgenie(
  store: StoreSession,
  options: OpsgenieSyncOptions,
): Promise<IncidentSyncResult> {
  const startedAt = new Date();
  const result = emptyIncidentSyncResult();
  const teams = new Map((await options.client.listTeams()).map((team) => [team.id, team.name]));
  const users = new Map((await options.client.listUsers()).map((user) => [user.id, user.username]));
  const mapOptions = { services: options.services, severities: options.severities, teams, users };
  for await (const page of options.client.listIncidents(options.window, { query: options.query })) {
    await writeIncidentPage(store, page.length, toOpsgenieIncidents(page, mapOptions), result);
    options.onProgress?.({ incidents: result.read });
  }

  const escalation = toOpsgenieEscalation(
    await options.client.listServices(),
    await options.client.listEscalations(),
    options.services,
  );
  result.services = await upsertOncallServices(store, escalation.services);
  result.escalationPolicies = await upsertEscalationPolicies(store, escalation.policies);
  result.warnings.push(...escalation.warnings);

  const shiftWindow = {
    since: options.window.since,
    until: new Date(options.window.until.getTime() + SHIFTS_AHEAD_MS),
  };
  const timelines = [];
  for (const schedule of await options.client.listSchedules()) {
    if (schedule.enabled === false) continue;
    timelines.push({
      scheduleId: schedule.id,
      timeline: await options.client.getScheduleTimeline(schedule.id, shiftWindow),
    });
  }
  const schedules = toOpsgenieShifts(timelines);
  result.shifts = await upsertShifts(store, schedules.shifts);
  result.warnings.push(...schedules.skipped);
  await recordSyncRun(store, { source: OPSGENIE_SOURCE, type: 'incident', startedAt }, result);
  return result;
}

/** The client from OPSGENIE_API_KEY (and OPSGENIE_API_URL for an EU account). */
export function createOpsgenieClientFromConfig(extra: Pick<HttpOptions, 'onWait'> = {}): OpsgenieClient {
  const { apiKey, apiUrl } = readConfig().opsgenie;
  return createOpsgenieClient({
    apiKey: requireSetting(apiKey, {
      source: 'Opsgenie',
      variable: 'OPSGENIE_API_KEY',
      expected: 'an Opsgenie API integration key with read access',
    }),
    baseUrl: apiUrl,
    ...extra,
  });
}
