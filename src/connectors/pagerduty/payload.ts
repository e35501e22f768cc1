/**
 * The parts of PagerDuty's REST API v2 replies Sextant reads, as zod schemas. Objects stay open (PagerDuty
 * adds fields freely); only what the mapping needs is required. An incident's log entries are attached
 * by the client under `log_entries`, the same place DevLake's recorded payloads keep them.
 */
import { z } from 'zod';

/** PagerDuty writes instants with microseconds (`2022-11-03T06:23:06.000000Z`). */
export const pdInstant = z.iso.datetime({ offset: true });

export const referenceSchema = z.looseObject({
  id: z.string().min(1),
  type: z.string().optional(),
  summary: z.string().nullish(),
});

export const logEntrySchema = z.looseObject({
  id: z.string().min(1),
  type: z.string().min(1),
  created_at: pdInstant,
  summary: z.string().nullish(),
  agent: referenceSchema.nullish(),
  /** The person notified, on `notify_log_entry` (present when the API was asked for it). */
  user: referenceSchema.nullish(),
  /** The people assigned, on `assign_log_entry`. */
  assignees: z.array(referenceSchema).nullish(),
  channel: z.looseObject({ type: z.string().optional(), summary: z.string().nullish() }).nullish(),
  /** The text of a status update, on `status_update_log_entry`. */
  message: z.string().nullish(),
});
export type PagerDutyLogEntry = z.output<typeof logEntrySchema>;

export const incidentPayloadSchema = z.looseObject({
  id: z.string().min(1),
  incident_number: z.number().int().optional(),
  title: z.string().nullish(),
  summary: z.string().nullish(),
  created_at: pdInstant,
  status: z.enum(['triggered', 'acknowledged', 'resolved']),
  urgency: z.string().nullish(),
  priority: z
    .looseObject({ id: z.string().optional(), name: z.string().nullish(), summary: z.string().nullish() })
    .nullish(),
  service: referenceSchema,
  escalation_policy: referenceSchema.nullish(),
  assignments: z.array(z.looseObject({ at: pdInstant, assignee: referenceSchema })).default([]),
  acknowledgements: z.array(z.looseObject({ at: pdInstant, acknowledger: referenceSchema })).default([]),
  last_status_change_at: pdInstant.nullish(),
  resolved_at: pdInstant.nullish(),
  log_entries: z.array(z.unknown()).default([]),
});
export type PagerDutyIncident = z.output<typeof incidentPayloadSchema>;

/** One page of a classic-pagination list: the items under `key`, `more` says whether another follows. */
export function listPageSchema(key: string) {
  return z.looseObject({
    [key]: z.array(z.unknown()),
    offset: z.number().int().nonnegative().optional(),
    limit: z.number().int().positive().optional(),
    more: z.boolean().optional(),
  });
}

export const oncallPayloadSchema = z.looseObject({
  user: referenceSchema,
  escalation_policy: referenceSchema,
  escalation_level: z.number().int().optional(),
  schedule: referenceSchema.nullish(),
  /** Null for a permanent (always on call) level. */
  start: pdInstant.nullish(),
  end: pdInstant.nullish(),
});
export type PagerDutyOncall = z.output<typeof oncallPayloadSchema>;

export const servicePayloadSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  status: z.string().optional(),
  escalation_policy: referenceSchema.nullish(),
});
export type PagerDutyService = z.output<typeof servicePayloadSchema>;

export const escalationPolicyPayloadSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  escalation_rules: z
    .array(
      z.looseObject({
        escalation_delay_in_minutes: z.number().optional(),
        targets: z.array(referenceSchema).default([]),
      }),
    )
    .default([]),
});
export type PagerDutyEscalationPolicy = z.output<typeof escalationPolicyPayloadSchema>;
