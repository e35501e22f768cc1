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
  members: { person: string; allocation: number }[];
}
