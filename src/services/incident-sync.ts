/**
 * What the incident-management syncs (PagerDuty, Opsgenie) share. Each page of incidents is mapped and
 * written in one transaction (incident records, their timeline entries and their pages), so a run that
 * stops half-way keeps the pages it finished and a re-run rewrites nothing that did not change. An
 * incident that cannot be mapped is skipped and reported against its id; the run goes on and counts it.
 */
import type { MappedIncidents } from '../connectors/incidents/mapped.js';
import { InputError } from '../domain/errors.js';
import { upsertTimelineEntries } from '../store/incident-lifecycle.repo.js';
import { type StoreSession, upsertRecords } from '../store/index.js';
import { upsertPages } from '../store/oncall.repo.js';
import { emptySyncResult, type SyncResult } from './sync-result.js';

export interface IncidentSyncResult extends SyncResult {
  /** Timeline entries and pages inserted or changed. */
  timeline: number;
  pages: number;
  shifts: number;
  /** Source services and escalation policies inserted or changed. */
  services: number;
  escalationPolicies: number;
  /** Source services no workspace service is mapped to, as the connector names them. */
  unmappedServices: string[];
}

export function emptyIncidentSyncResult(): IncidentSyncResult {
  return {
    ...emptySyncResult(),
    timeline: 0,
    pages: 0,
    shifts: 0,
    services: 0,
    escalationPolicies: 0,
    unmappedServices: [],
  };
}

/** Writes one page of `read` incidents as mapped, together, and adds to the totals. */
export async function writeIncidentPage(
  store: StoreSession,
  read: number,
  mapped: MappedIncidents,
  result: IncidentSyncResult,
): Promise<void> {
  const { incidents } = mapped;
  await store.transaction(async (tx) => {
    const counts = await upsertRecords(
      tx,
      'incident',
      incidents.map((incident) => incident.record),
    );
    result.inserted += counts.inserted;
    result.updated += counts.updated;
    result.unchanged += counts.unchanged;
    result.timeline += await upsertTimelineEntries(
      tx,
      incidents.flatMap((incident) => incident.timeline),
    );
    result.pages += await upsertPages(
      tx,
      incidents.flatMap((incident) => incident.pages),
    );
  });
  for (const incident of incidents) {
    if (incident.unmappedService && !result.unmappedServices.includes(incident.unmappedService))
      result.unmappedServices.push(incident.unmappedService);
  }
  result.read += read;
  result.skipped += read - incidents.length;
  result.problems.push(...mapped.skipped);
  result.warnings.push(...mapped.warnings);
}

/** The setting's value; when it is not set, an InputError saying which variable `source` needs. */
export function requireSetting(
  value: string | undefined,
  setting: { source: string; variable: string; expected: string },
): string {
  if (value) return value;
  throw new InputError(`${setting.source} is not configured`, [
    { path: setting.variable, message: 'is not set', expected: setting.expected },
  ]);
}
