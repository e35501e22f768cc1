/**
 * Maturity answers (maturity.yaml): for each team, its answers to the agile maturity model's questions
 * and, optionally, the level it aims for; for the platform, the answers to the platform maturity model's
 * questions. The models themselves (levels 1 to 5, each with its criteria) are built in
 * (src/assess/maturity-model.ts); the file records only what data cannot show, as yes or no.
 */
import { z } from 'zod';
import { refTextSchema } from './primitives.js';

export const MATURITY_LEVELS = [1, 2, 3, 4, 5] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

export const maturityLevelSchema = z.union(MATURITY_LEVELS.map((level) => z.literal(level)));

/** Criterion id → yes (true) or no (false). */
export const answersSchema = z.record(z.string(), z.boolean());

export const teamMaturitySchema = z.strictObject({
  team: refTextSchema,
  /** The level the team aims for next, 1 to 5 (optional). */
  target: maturityLevelSchema.optional(),
  answers: answersSchema.default({}),
  notes: z.string().min(1).optional(),
});
export type TeamMaturitySpec = z.output<typeof teamMaturitySchema>;

export const platformMaturitySchema = z.strictObject({
  /** The team that runs the platform (optional). */
  team: refTextSchema.optional(),
  target: maturityLevelSchema.optional(),
  answers: answersSchema.default({}),
  notes: z.string().min(1).optional(),
});
export type PlatformMaturitySpec = z.output<typeof platformMaturitySchema>;

export interface TeamMaturityAnswers {
  /** Full team reference. */
  team: string;
  target: MaturityLevel | null;
  answers: Record<string, boolean>;
  notes: string | null;
}

export interface PlatformMaturityAnswers {
  /** Full team reference, or null. */
  team: string | null;
  target: MaturityLevel | null;
  answers: Record<string, boolean>;
  notes: string | null;
}

export interface MaturityAnswers {
  teams: TeamMaturityAnswers[];
  /** Null when the file records nothing for the platform. */
  platform: PlatformMaturityAnswers | null;
}
