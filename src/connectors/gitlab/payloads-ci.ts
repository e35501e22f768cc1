/**
 * The CI/CD payloads Sextant reads from the REST API: pipelines (list items carry only `created_at` and
 * `updated_at`; `GET /pipelines/:id` adds `started_at` and `finished_at`), jobs and deployments.
 */
import { z } from 'zod';
import { idField, optionalText, optionalTime, shaField, timeField } from './payload-fields.js';

export const pipelinePayload = z.object({
  id: idField,
  sha: shaField,
  ref: z.string().min(1),
  tag: z.boolean().nullish(),
  status: z.string().min(1),
  source: optionalText,
  created_at: timeField,
  updated_at: optionalTime,
  started_at: optionalTime,
  finished_at: optionalTime,
});
export type PipelinePayload = z.output<typeof pipelinePayload>;

export const jobPayload = z.object({
  id: idField,
  name: z.string().min(1),
  status: z.string().min(1),
  ref: z.string().min(1),
  tag: z.boolean().nullish(),
  created_at: timeField,
  started_at: optionalTime,
  finished_at: optionalTime,
  commit: z.object({ id: shaField }).nullish(),
  pipeline: z.object({ id: idField, sha: shaField.nullish(), source: optionalText }),
});
export type JobPayload = z.output<typeof jobPayload>;

export const deploymentPayload = z.object({
  id: idField,
  status: z.string().min(1),
  ref: optionalText,
  sha: shaField,
  created_at: timeField,
  updated_at: optionalTime,
  finished_at: optionalTime,
  environment: z.object({ name: z.string().min(1) }),
  deployable: z.object({ started_at: optionalTime, finished_at: optionalTime }).nullish(),
});
export type DeploymentPayload = z.output<typeof deploymentPayload>;
