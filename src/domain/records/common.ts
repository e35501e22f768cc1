/**
 * What every observed record carries: the source it came from and that source's stable key for it. Their
 * pair, `source:key`, is the record's id everywhere (store primary key, evidence in findings, drill-down),
 * which is what makes every ingest an idempotent upsert.
 */
import { z } from 'zod';

export const sourceSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'a source name of lower-case letters, digits and dashes, e.g. "github"');

export const recordBase = {
  source: sourceSchema,
  key: z.string().min(1).max(500),
};

export function recordId(record: { source: string; key: string }): string {
  return `${record.source}:${record.key}`;
}
