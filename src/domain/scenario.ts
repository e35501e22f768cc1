/**
 * Headcount scenarios (registers/scenarios.yaml): "a new team of N at this level mix from month M",
 * costed month by month from the budget's annual loaded cost per level.
 */
import { z } from 'zod';
import { levelSchema, monthSchema } from './budget.js';
import { nameSchema } from './primitives.js';

export const scenarioRoleSchema = z.strictObject({
  level: levelSchema,
  count: z.number().int().min(1),
  /** When these people start, if later than the scenario (a hiring ramp). */
  from: monthSchema.optional(),
});

export const scenarioSchema = z.strictObject({
  name: nameSchema,
  title: z.string().min(1).optional(),
  /** First month the new people cost money. */
  start: monthSchema,
  roles: z.array(scenarioRoleSchema).min(1),
  notes: z.string().optional(),
});
export type ScenarioSpec = z.output<typeof scenarioSchema>;

export interface ScenarioRole {
  level: string;
  count: number;
  /** First month this role costs money (the scenario start unless ramped later). */
  from: string;
}

export interface Scenario {
  name: string;
  title: string | null;
  start: string;
  roles: ScenarioRole[];
  notes: string | null;
}
