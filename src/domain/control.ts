/**
 * Compliance controls (registers/controls.yaml): controls of SOC 2, ISO/IEC 27001:2022 and the GDPR that
 * the organization tracks, each with an owner, the teams and services it concerns, and the evidence
 * collected for it. Evidence is fresh for a number of days after it was collected; a control whose every
 * piece of evidence is fresh is ready for an audit.
 */
import { z } from 'zod';
import { dateSchema, refTextSchema } from './primitives.js';

export const FRAMEWORKS = ['soc2', 'iso27001', 'gdpr'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const FRAMEWORK_TITLES: Record<Framework, string> = {
  soc2: 'SOC 2 (Trust Services Criteria)',
  iso27001: 'ISO/IEC 27001:2022 Annex A',
  gdpr: 'GDPR',
};

/** How long evidence stays fresh when neither the evidence nor its control says (days). */
export const DEFAULT_FRESHNESS_DAYS = 90;

export const evidenceSchema = z.strictObject({
  title: z.string().min(1),
  /** A URL or a path in the workspace. */
  link: z.string().min(1),
  collected: dateSchema,
  /** Days the evidence stays fresh; defaults to the control's `freshness`. */
  freshness: z.number().int().min(1).optional(),
});

export const controlSchema = z.strictObject({
  /** Framework and control, e.g. `soc2:CC6.1`, `iso27001:A.8.13`, `gdpr:art-32`. */
  id: z.string().min(1),
  owner: refTextSchema,
  teams: z.array(refTextSchema).default([]),
  services: z.array(refTextSchema).default([]),
  /** Days evidence stays fresh (default 90). */
  freshness: z.number().int().min(1).optional(),
  evidence: z.array(evidenceSchema).default([]),
  reviewed: dateSchema.optional(),
  nextReview: dateSchema.optional(),
  notes: z.string().optional(),
});
export type ControlSpec = z.output<typeof controlSchema>;

export interface Evidence {
  title: string;
  link: string;
  collected: string;
  freshnessDays: number;
}

export interface Control {
  /** `framework:control`, as written. */
  id: string;
  framework: Framework;
  /** The control's id inside its framework (`CC6.1`). */
  control: string;
  title: string;
  owner: string;
  teams: string[];
  services: string[];
  evidence: Evidence[];
  reviewed: string | null;
  nextReview: string | null;
  notes: string | null;
}
