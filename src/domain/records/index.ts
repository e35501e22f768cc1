/**
 * The observed record types, by the name used in import files, the CLI and the API. Adding a type here
 * makes it importable from JSON Lines and CSV.
 */
import type { z } from 'zod';
import { ciRunSchema } from './ci-run.js';
import { commitSchema } from './commit.js';
import { deploymentSchema } from './deployment.js';
import { incidentSchema } from './incident.js';
import { pullRequestSchema } from './pull-request.js';
import { reviewSchema } from './review.js';
import { sprintSchema } from './sprint.js';
import { tagSchema } from './tag.js';
import { workItemSchema } from './work-item.js';

export const RECORD_SCHEMAS = {
  commit: commitSchema,
  'pull-request': pullRequestSchema,
  review: reviewSchema,
  deployment: deploymentSchema,
  incident: incidentSchema,
  'work-item': workItemSchema,
  'ci-run': ciRunSchema,
  tag: tagSchema,
  sprint: sprintSchema,
} as const;

export type RecordType = keyof typeof RECORD_SCHEMAS;
export const RECORD_TYPES = Object.keys(RECORD_SCHEMAS) as RecordType[];
export type ObservedRecord<T extends RecordType = RecordType> = z.output<(typeof RECORD_SCHEMAS)[T]>;

export function isRecordType(value: string): value is RecordType {
  return Object.hasOwn(RECORD_SCHEMAS, value);
}

export * from './ci-run.js';
export * from './commit.js';
export * from './common.js';
export * from './deployment.js';
export * from './incident.js';
export * from './pull-request.js';
export * from './review.js';
export * from './sprint.js';
export * from './tag.js';
export * from './work-item.js';
