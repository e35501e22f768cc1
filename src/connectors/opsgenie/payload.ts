/**
 * The parts of Opsgenie's Incident and Service APIs (v1) and Team, User, Schedule and Escalation APIs (v2)
 * Sextant reads, as zod schemas.
 * Objects stay open; only what the mapping needs is required. An incident's log is attached by the client
 * under `logs`.
 */
import { z } from 'zod';

const instant = z.iso.datetime({ offset: true });

export const responderSchema = z.looseObject({
  type: z.string().min(1),
  id: z.string().min(1),
  name: z.string().nullish(),
});

export const incidentPayloadSchema = z.looseObject({
  id: z.string().min(1),
  tinyId: z.string().nullish(),
  message: z.string().nullish(),
  description: z.string().nullish(),
  status: z.enum(['open', 'resolved', 'closed']),
  priority: z.string().min(1),
  createdAt: instant,
  updatedAt: instant.nullish(),
  impactStartDate: instant.nullish(),
  impactEndDate: instant.nullish(),
  impactedServices: z.array(z.string()).default([]),
  responders: z.array(responderSchema).default([]),
  ownerTeam: z.string().nullish(),
  tags: z.array(z.string()).default([]),
  logs: z.array(z.unknown()).default([]),
});
export type OpsgenieIncident = z.output<typeof incidentPayloadSchema>;

export const logSchema = z.looseObject({
  log: z.string(),
  type: z.string().nullish(),
  owner: z.string().nullish(),
  createdAt: instant,
  offset: z.string().nullish(),
});
export type OpsgenieLog = z.output<typeof logSchema>;

export const listPageSchema = z.looseObject({
  data: z.array(z.unknown()),
  paging: z.looseObject({ next: z.string().nullish() }).nullish(),
  totalCount: z.number().int().optional(),
});

export const userPayloadSchema = z.looseObject({
  id: z.string().min(1),
  username: z.string().min(1),
  fullName: z.string().nullish(),
  timeZone: z.string().nullish(),
});
export type OpsgenieUser = z.output<typeof userPayloadSchema>;

export const teamPayloadSchema = z.looseObject({ id: z.string().min(1), name: z.string().min(1) });
export type OpsgenieTeam = z.output<typeof teamPayloadSchema>;

export const schedulePayloadSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  enabled: z.boolean().optional(),
  timezone: z.string().nullish(),
  ownerTeam: z.looseObject({ id: z.string().nullish(), name: z.string().nullish() }).nullish(),
});
export type OpsgenieSchedule = z.output<typeof schedulePayloadSchema>;

const periodSchema = z.looseObject({
  startDate: instant,
  endDate: instant,
  type: z.string().nullish(),
  recipient: z.looseObject({ id: z.string().min(1), type: z.string().min(1), name: z.string().nullish() }),
});

/** `GET /v2/schedules/{id}/timeline`: the final timeline (rotations with overrides applied) of one schedule. */
export const timelinePayloadSchema = z.looseObject({
  _parent: z.looseObject({ id: z.string().min(1), name: z.string().nullish() }),
  startDate: instant.nullish(),
  endDate: instant.nullish(),
  finalTimeline: z.looseObject({
    rotations: z
      .array(
        z.looseObject({
          id: z.string().nullish(),
          name: z.string().nullish(),
          order: z.number().nullish(),
          periods: z.array(periodSchema).nullish(),
        }),
      )
      .default([]),
  }),
});
export type OpsgenieTimeline = z.output<typeof timelinePayloadSchema>;

/** `GET /v1/services`: a service belongs to one team (`teamId`); the Service API names no escalation. */
export const servicePayloadSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  teamId: z.string().nullish(),
});
export type OpsgenieService = z.output<typeof servicePayloadSchema>;

/** One escalation rule: after `delay` (counted from the alert's creation), notify `recipient`. */
const escalationRuleSchema = z.looseObject({
  condition: z.string().nullish(),
  notifyType: z.string().nullish(),
  delay: z.looseObject({
    timeAmount: z.number().int().nonnegative(),
    timeUnit: z.enum(['minutes', 'hours', 'days']).default('minutes'),
  }),
  recipient: z.looseObject({
    type: z.string().min(1),
    id: z.string().min(1),
    name: z.string().nullish(),
    username: z.string().nullish(),
  }),
});
export type OpsgenieEscalationRule = z.output<typeof escalationRuleSchema>;

/** `GET /v2/escalations`: an escalation, owned by a team or by nobody. */
export const escalationPayloadSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  ownerTeam: z.looseObject({ id: z.string().nullish(), name: z.string().nullish() }).nullish(),
  rules: z.array(escalationRuleSchema).default([]),
});
export type OpsgenieEscalation = z.output<typeof escalationPayloadSchema>;
