/**
 * What a mapper returns: the records it made, the payloads it skipped on purpose (`ignored`: an
 * unfinished pipeline, a system note that is not an approval) and the malformed ones (`issues`), each
 * issue naming the source record, the field, what was found and what was expected. One bad payload never
 * stops the others (STYLE, "connectors return data"). A record written from data GitLab gave only in part
 * (a merge request whose diff GitLab cut) carries `warnings` saying what is missing, so it is never
 * silently taken as complete.
 */
import type { z } from 'zod';
import type { Issue } from '../../domain/errors.js';
import { toPayloadIssues } from '../payload-issues.js';

export interface MapOutcome<T> {
  records: T[];
  /** Payloads that are well-formed but, by a documented rule, not records. */
  ignored: number;
  /** One or more issues per malformed payload; `malformed` counts the payloads. */
  issues: Issue[];
  malformed: number;
  /** Records written with part of their data missing, each naming the record and what is missing. */
  warnings: Issue[];
}

export function emptyOutcome<T>(): MapOutcome<T> {
  return { records: [], ignored: 0, issues: [], malformed: 0, warnings: [] };
}

export function mergeOutcomes<T>(outcomes: readonly MapOutcome<T>[]): MapOutcome<T> {
  const merged = emptyOutcome<T>();
  for (const outcome of outcomes) {
    merged.records.push(...outcome.records);
    merged.ignored += outcome.ignored;
    merged.issues.push(...outcome.issues);
    merged.malformed += outcome.malformed;
    merged.warnings.push(...outcome.warnings);
  }
  return merged;
}

/** One step of a mapping: a record, a deliberate skip, or the problems found. */
export type Mapped<T> =
  | { kind: 'record'; record: T; warnings?: Issue[] }
  | { kind: 'ignored' }
  | { kind: 'issues'; issues: Issue[] };

export function collectMapped<T>(results: readonly Mapped<T>[]): MapOutcome<T> {
  const outcome = emptyOutcome<T>();
  for (const result of results) {
    if (result.kind === 'record') {
      outcome.records.push(result.record);
      outcome.warnings.push(...(result.warnings ?? []));
    } else if (result.kind === 'ignored') outcome.ignored += 1;
    else {
      outcome.issues.push(...result.issues);
      outcome.malformed += 1;
    }
  }
  return outcome;
}

/** Zod's issues as ours, against `record`, with the value found at each path. */
export function toIssues(record: string, error: z.ZodError, input: unknown): Issue[] {
  return toPayloadIssues(record, error, input);
}

export { describeValue } from '../payload-issues.js';

/** The numeric `id`/`iid` of a payload when it has one, to name it in an issue. */
export function peekNumber(payload: unknown, field: string): number | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const value = (payload as Record<string, unknown>)[field];
  return typeof value === 'number' ? value : undefined;
}
