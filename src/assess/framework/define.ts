/**
 * Writing the catalog compactly: a concern is declared with its policy and procedures by their last id
 * segment, and the full ids are composed here (`area.concern`, `area.concern.policy`, then the procedure),
 * so a procedure id always starts with its policy's and its concern's.
 */
import type { FrameworkAreaId, FrameworkConcern, SextantFeature } from './types.js';

/** A procedure as written: id segment, title, one-sentence summary, and the feature if Sextant has one. */
export type ProcedureSpec = readonly [slug: string, title: string, summary: string, feature?: SextantFeature];

export interface ConcernSpec {
  slug: string;
  title: string;
  summary: string;
  policy: { slug: string; title: string; statement: string; procedures: readonly ProcedureSpec[] };
}

export function defineConcerns(area: FrameworkAreaId, specs: readonly ConcernSpec[]): FrameworkConcern[] {
  return specs.map((spec) => {
    const concernId = `${area}.${spec.slug}`;
    const policyId = `${concernId}.${spec.policy.slug}`;
    return {
      id: concernId,
      title: spec.title,
      summary: spec.summary,
      policies: [
        {
          id: policyId,
          title: spec.policy.title,
          statement: spec.policy.statement,
          procedures: spec.policy.procedures.map(([slug, title, summary, feature]) => ({
            id: `${policyId}.${slug}`,
            title,
            summary,
            feature: feature ?? null,
          })),
        },
      ],
    };
  });
}
