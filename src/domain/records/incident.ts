import { z } from 'zod';
import { instantSchema, refTextSchema } from '../primitives.js';
import { recordBase } from './common.js';

export const SEVERITIES = ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const INCIDENT_STATES = ['declared', 'investigating', 'mitigated', 'resolved', 'reviewed'] as const;

export const incidentSchema = z.strictObject({
  ...recordBase,
  title: z.string().min(1),
  severity: z.enum(SEVERITIES),
  status: z.enum(INCIDENT_STATES),
  service: refTextSchema.optional(),
  startedAt: instantSchema,
  acknowledgedAt: instantSchema.optional(),
  mitigatedAt: instantSchema.optional(),
  resolvedAt: instantSchema.optional(),
  /** Id of the deployment that caused it, when known; wins over attribution by time. */
  causedBy: z.string().optional(),
  rootCause: z.string().optional(),
  category: z.string().optional(),
  commander: z.string().optional(),
  responders: z.array(z.string()).default([]),
});
export type Incident = z.output<typeof incidentSchema>;
