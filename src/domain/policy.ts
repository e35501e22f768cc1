/**
 * Adoption of the framework's procedures, as registers/policies.yaml records it: one entry per procedure
 * with its status, the person who owns it, the teams it applies to, dated evidence and the next review.
 * The procedures themselves are the built-in catalog (src/assess/framework); an entry names one by id.
 */
import { z } from 'zod';
import { dateSchema } from './primitives.js';

export const ADOPTION_STATUSES = ['adopted', 'partial', 'planned', 'not-adopted', 'not-applicable'] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];

/** Statuses that commit someone to work, so the entry must name its owner. */
export const OWNED_STATUSES: readonly AdoptionStatus[] = ['adopted', 'partial', 'planned'];

/** An http(s) URL, or a path inside the workspace (no leading `/`, no `..`). */
export function isEvidenceLink(text: string): boolean {
  if (/^https?:\/\//.test(text)) return URL.canParse(text);
  return (
    !/\s/.test(text) && !text.startsWith('/') && !text.split('/').includes('..') && !/^[a-z]+:/i.test(text)
  );
}

export const policyEvidenceSchema = z.strictObject({
  link: z.string().min(1).refine(isEvidenceLink, 'an http(s) URL or a path inside the workspace'),
  date: dateSchema,
  title: z.string().min(1).optional(),
});
export type PolicyEvidence = z.infer<typeof policyEvidenceSchema>;

/** One entry as written; `owner` and `teams` are short references (`ana`, `checkout`). */
export const policyAdoptionSpecSchema = z.strictObject({
  procedure: z.string().min(1),
  status: z.enum(ADOPTION_STATUSES),
  owner: z.string().min(1).optional(),
  teams: z.array(z.string().min(1)).optional(),
  evidence: z.array(policyEvidenceSchema).optional(),
  review: dateSchema.optional(),
  note: z.string().min(1).optional(),
});
export type PolicyAdoptionSpec = z.infer<typeof policyAdoptionSpecSchema>;

export const policiesFileSchema = z.strictObject({ procedures: z.array(z.unknown()).nullish() });

/** One entry as loaded: references in full, evidence newest first. */
export interface PolicyAdoption {
  procedure: string;
  status: AdoptionStatus;
  owner: string | null;
  teams: string[];
  evidence: PolicyEvidence[];
  review: string | null;
  note: string | null;
  /** Where the entry is written, for messages that point back at the file. */
  source: { file: string; line: number };
}

export interface PolicyAdoptions {
  adoptions: PolicyAdoption[];
}
