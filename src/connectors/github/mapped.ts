/**
 * What mapping a batch of payloads yields: records by type, payloads deliberately left out (with the
 * reason, e.g. a run still in progress) and malformed payloads (issues naming the record and field). One
 * bad payload never stops the rest: it is reported against its record and skipped.
 */
import type { z } from 'zod';
import type { Issue } from '../../domain/errors.js';
import type { CiRun, Commit, Deployment, Incident, PullRequest, Review } from '../../domain/records/index.js';

export interface GithubRecords {
  'pull-request': PullRequest[];
  review: Review[];
  commit: Commit[];
  deployment: Deployment[];
  'ci-run': CiRun[];
  incident: Incident[];
}

export type GithubRecordType = keyof GithubRecords;

export const GITHUB_RECORD_TYPES: readonly GithubRecordType[] = [
  'pull-request',
  'review',
  'commit',
  'deployment',
  'ci-run',
  'incident',
];

/** A payload not turned into a record on purpose, e.g. an unfinished run. */
export interface Skipped {
  record: string;
  reason: string;
}

export interface MappedBatch {
  records: GithubRecords;
  skipped: Skipped[];
  issues: Issue[];
}

export type Mapped<T> =
  | { kind: 'record'; record: T }
  | { kind: 'skipped'; skipped: Skipped }
  | { kind: 'invalid'; issues: Issue[] };

export function createBatch(): MappedBatch {
  return {
    records: { 'pull-request': [], review: [], commit: [], deployment: [], 'ci-run': [], incident: [] },
    skipped: [],
    issues: [],
  };
}

/** Adds one mapping outcome to the batch under `type`. */
export function addMapped<T extends GithubRecordType>(
  batch: MappedBatch,
  type: T,
  mapped: Mapped<GithubRecords[T][number]>,
): void {
  if (mapped.kind === 'record') (batch.records[type] as GithubRecords[T][number][]).push(mapped.record);
  else if (mapped.kind === 'skipped') batch.skipped.push(mapped.skipped);
  else batch.issues.push(...mapped.issues);
}

export function mergeBatches(target: MappedBatch, source: MappedBatch): MappedBatch {
  for (const type of GITHUB_RECORD_TYPES) {
    (target.records[type] as unknown[]).push(...source.records[type]);
  }
  target.skipped.push(...source.skipped);
  target.issues.push(...source.issues);
  return target;
}

/**
 * Parses a payload with a schema of only the fields we read, or returns issues against `record` (a
 * source id such as `github:octo/repo#12`) naming each bad field, what was found and what was expected.
 */
export function parsePayload<S extends z.ZodType>(
  schema: S,
  payload: unknown,
  record: string,
): { kind: 'ok'; value: z.output<S> } | { kind: 'invalid'; issues: Issue[] } {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return { kind: 'ok', value: parsed.data };
  return {
    kind: 'invalid',
    issues: parsed.error.issues.map((issue) => ({
      record,
      path: issue.path.join('.'),
      message: issue.message,
      found: describeFound(payload, issue.path),
    })),
  };
}

/** The validated record, or issues against it when the mapped values break the domain contract. */
export function validateRecord<S extends z.ZodType>(
  schema: S,
  candidate: unknown,
  record: string,
): Mapped<z.output<S>> {
  const parsed = parsePayload(schema, candidate, record);
  return parsed.kind === 'ok' ? { kind: 'record', record: parsed.value } : parsed;
}

export function skip(record: string, reason: string): { kind: 'skipped'; skipped: Skipped } {
  return { kind: 'skipped', skipped: { record, reason } };
}

function describeFound(payload: unknown, path: readonly PropertyKey[]): string {
  let value: unknown = payload;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return 'nothing';
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
