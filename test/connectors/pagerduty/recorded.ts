/**
 * DevLake's recorded PagerDuty and Opsgenie tables, where they live in ../shared/data (never copied into
 * the repository): each `_raw_*` row's `data` column is the payload exactly as the source's API sent it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export const DEVLAKE_E2E = path.resolve(import.meta.dirname, '../../../../shared/data/devlake-e2e');

/** The `data` column of every row of a raw table, parsed. */
export function readRawPayloads(relativePath: string): Record<string, unknown>[] {
  const rows = parse(readFileSync(path.join(DEVLAKE_E2E, relativePath), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as { data: string }[];
  return rows.map((row) => JSON.parse(row.data) as Record<string, unknown>);
}

/** Rows of one of DevLake's snapshot tables: what DevLake itself made of the raw payloads. */
export function readSnapshot(relativePath: string): Record<string, string>[] {
  return parse(readFileSync(path.join(DEVLAKE_E2E, relativePath), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
}

export const recordedPagerDutyIncidents = () => readRawPayloads('pagerduty/_raw_pagerduty_incidents.csv');
export const recordedOpsgenieIncidents = () => readRawPayloads('opsgenie/_raw_opsgenie_incidents.csv');
export const recordedOpsgenieTeams = () => readRawPayloads('opsgenie/_raw_opsgenie_teams.csv');
export const recordedOpsgenieUsers = () => readRawPayloads('opsgenie/_raw_opsgenie_users.csv');

/** The timeline kinds of the recorded incident Q1OHFWFP3GPXOG, its log without the notifications, in order. */
export const RESOLVED_INCIDENT_TIMELINE = [
  'declared',
  'escalated',
  'escalated',
  'acknowledged',
  'note',
  'resolved',
];
