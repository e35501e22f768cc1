/**
 * The parts of Opsgenie's Incident API (v1) and Team and User APIs (v2) Sextant reads, as zod schemas.
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
