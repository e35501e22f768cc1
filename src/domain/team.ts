/**
 * Teams as Team Topologies describes them: four types, three interaction modes, and a cognitive-load
 * budget. Membership is declared on people (with an allocation), so a team's members are derived.
 */
import { z } from 'zod';
import { dateSchema, nameSchema, refTextSchema } from './primitives.js';

export const TEAM_TYPES = ['stream-aligned', 'platform', 'enabling', 'complicated-subsystem'] as const;
export type TeamType = (typeof TEAM_TYPES)[number];

/** Recommended headcount per team type: [min, max], inclusive. */
export const TEAM_SIZE_RANGES: Record<TeamType, readonly [number, number]> = {
  'stream-aligned': [5, 8],
  platform: [3, 6],
  enabling: [2, 3],
  'complicated-subsystem': [2, 4],
};

export const INTERACTION_MODES = ['collaboration', 'x-as-a-service', 'facilitating'] as const;
export type InteractionMode = (typeof INTERACTION_MODES)[number];

export const interactionSchema = z.strictObject({
  mode: z.enum(INTERACTION_MODES),
  with: refTextSchema,
  since: dateSchema,
  until: dateSchema.optional(),
  purpose: z.string().optional(),
});
export type Interaction = z.infer<typeof interactionSchema>;

/**
 * One cognitive-load assessment. Intrinsic (the domain) and extraneous (tools, process) are scored 0-10;
 * their sum is compared with the team's capacity of 10: 9-10 is at capacity, above 10 is overloaded.
 */
export const cognitiveLoadSchema = z.strictObject({
  date: dateSchema,
  intrinsic: z.number().int().min(0).max(10),
  extraneous: z.number().int().min(0).max(10),
  notes: z.string().optional(),
});
export type CognitiveLoad = z.infer<typeof cognitiveLoadSchema>;

export const COGNITIVE_LOAD_CAPACITY = 10;

/**
 * The team's API: what it offers other teams and how to reach it, the charter other teams read before
 * asking for something. Each offer is a plain sentence or a mapping with how to use it.
 */
export const teamOfferSchema = z.union([
  z
    .string()
    .min(1)
    .transform((what) => ({ what })),
  z.strictObject({ what: z.string().min(1), how: z.string().min(1).optional(), docs: z.string().optional() }),
]);
export const teamApiSchema = z.strictObject({
  offers: z.array(teamOfferSchema).default([]),
  /** Where to ask: a chat channel, a queue, an alias. */
  contact: z.string().min(1).optional(),
  /** How work is requested, e.g. "a ticket on the PLAT board". */
  requests: z.string().min(1).optional(),
  responseTime: z.string().min(1).optional(),
  hours: z.string().min(1).optional(),
  docs: z.string().min(1).optional(),
  practices: z.array(z.string().min(1)).default([]),
});
export type TeamApiSpec = z.output<typeof teamApiSchema>;

/** A team's API after resolution: every optional field present, absent ones null. */
export interface TeamApi {
  offers: { what: string; how: string | null; docs: string | null }[];
  contact: string | null;
  requests: string | null;
  responseTime: string | null;
  hours: string | null;
  docs: string | null;
  practices: string[];
}

export const teamSchema = z.strictObject({
  name: nameSchema,
  namespace: nameSchema.optional(),
  title: z.string().optional(),
  type: z.enum(TEAM_TYPES),
  mission: z.string().min(1),
  lead: refTextSchema.optional(),
  services: z.array(refTextSchema).default([]),
  interactions: z.array(interactionSchema).default([]),
  cognitiveLoad: z.array(cognitiveLoadSchema).default([]),
  channels: z.array(z.string()).default([]),
  api: teamApiSchema.optional(),
  /** When the team was formed and, once dissolved, its last day; as-of views leave it out outside them. */
  since: dateSchema.optional(),
  until: dateSchema.optional(),
});
export type TeamInput = z.input<typeof teamSchema>;
export type TeamSpec = z.output<typeof teamSchema>;

/** A team after resolution: full references, derived members. */
export interface Team {
  ref: string;
  name: string;
  title: string;
  type: TeamType;
  mission: string;
  lead: string | null;
  services: string[];
  interactions: (Omit<Interaction, 'with'> & { with: string })[];
  cognitiveLoad: CognitiveLoad[];
  channels: string[];
  api: TeamApi | null;
  since: string | null;
  until: string | null;
  members: { person: string; allocation: number }[];
}
