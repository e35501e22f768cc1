/**
 * What an incident-management connector (PagerDuty, Opsgenie) maps its payloads to, and the steps every
 * such mapper takes the same way: an incident that does not meet its contract is reported against its id
 * and skipped; a malformed log line is a warning and only that line is left out.
 */
import type { z } from 'zod';
import type { Issue } from '../../domain/errors.js';
import type { TimelineEntry } from '../../domain/incident-lifecycle.js';
import { type Incident, incidentSchema } from '../../domain/records/index.js';
import type { OncallPage } from '../../metrics/oncall/page.js';

export interface MappedIncident {
  record: Incident;
  timeline: TimelineEntry[];
  pages: OncallPage[];
  /** The source's service (as the connector names it) when no workspace service is mapped to it. */
  unmappedService?: string;
}

export interface MappedIncidents {
  incidents: MappedIncident[];
  /** Incidents skipped, each problem named against the incident. */
  skipped: Issue[];
  /** Problems in incidents that were still mapped (a malformed log line). */
  warnings: Issue[];
}

export type SkippedIncident = { kind: 'issues'; issues: Issue[] };

export type IncidentResult =
  | { kind: 'incident'; incident: MappedIncident; warnings: Issue[] }
  | SkippedIncident;

/** Every payload through `mapOne`; the skipped and the warnings are gathered, the run goes on. */
export function collectIncidents(
  payloads: readonly unknown[],
  mapOne: (payload: unknown) => IncidentResult,
): MappedIncidents {
  const mapped: MappedIncidents = { incidents: [], skipped: [], warnings: [] };
  for (const payload of payloads) {
    const result = mapOne(payload);
    if (result.kind === 'issues') mapped.skipped.push(...result.issues);
    else {
      mapped.incidents.push(result.incident);
      mapped.warnings.push(...result.warnings);
    }
  }
  return mapped;
}

/** A zod failure as issues against `record`, each saying what was `expected`. */
export function toIssues(error: z.ZodError, record: string, expected: string): SkippedIncident {
  return {
    kind: 'issues',
    issues: error.issues.map((issue) => ({
      record,
      path: issue.path.join('.'),
      message: issue.message,
      expected,
    })),
  };
}

/**
 * The log lines that meet `schema`; each that does not is a warning at `<field>[index]`, naming the
 * `line` ("log entry", "log line") that is left out and what was `expected`.
 */
export function parseLogLines<T extends z.ZodType>(
  raws: readonly unknown[],
  schema: T,
  where: { record: string; field: string; line: string; expected: string },
): { lines: z.output<T>[]; warnings: Issue[] } {
  const lines: z.output<T>[] = [];
  const warnings: Issue[] = [];
  raws.forEach((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) lines.push(parsed.data);
    else {
      const problem = parsed.error.issues[0];
      warnings.push({
        record: where.record,
        path: `${where.field}[${index}].${problem?.path.join('.') ?? ''}`,
        message: `${problem?.message ?? 'is malformed'}; the ${where.line} is left out`,
        expected: where.expected,
      });
    }
  });
  return { lines, warnings };
}

/** The record checked against the incident schema, or the issues against `id`. */
export function checkIncident(
  candidate: unknown,
  id: string,
): { kind: 'record'; record: Incident } | SkippedIncident {
  const checked = incidentSchema.safeParse(candidate);
  if (checked.success) return { kind: 'record', record: checked.data };
  return toIssues(checked.error, id, 'a valid incident record');
}

/** `<source>:<id>`, or the incident's `number` field when it has no id. */
export function describeIncident(payload: unknown, source: string, numberField: string): string {
  const value = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  if (typeof value.id === 'string' && value.id !== '') return `${source}:${value.id}`;
  const number = value[numberField];
  if (typeof number === 'string' || typeof number === 'number') return `${source}:(incident #${number})`;
  return `${source}:(incident without an id)`;
}

export function toIso(instant: string): string {
  return new Date(instant).toISOString();
}
