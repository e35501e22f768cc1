/**
 * The shape of the built-in framework: four areas, each a list of concerns; a concern states one policy,
 * and the policy is carried out by procedures. Ids are stable and nest (`tech.reliability`,
 * `tech.reliability.availability`, `tech.reliability.availability.incident-response`): adoption records in
 * registers/policies.yaml name procedures by id, so an id never changes once published.
 */

export const FRAMEWORK_AREAS = ['tech', 'people', 'ops', 'culture'] as const;
export type FrameworkAreaId = (typeof FRAMEWORK_AREAS)[number];

/**
 * The part of Sextant that carries a procedure out. `commands` are paths of the CLI program without the
 * leading `sextant` (`slos list`), `api` are `METHOD /api/...` routes; `does` says in one sentence what the
 * feature does for the procedure and, where it matters, what it leaves to people.
 */
export interface SextantFeature {
  commands: readonly string[];
  api: readonly string[];
  does: string;
}

export interface FrameworkProcedure {
  id: string;
  title: string;
  summary: string;
  /** `null`: nothing in Sextant carries this procedure out yet. */
  feature: SextantFeature | null;
}

export interface FrameworkPolicy {
  id: string;
  title: string;
  statement: string;
  procedures: readonly FrameworkProcedure[];
}

export interface FrameworkConcern {
  id: string;
  title: string;
  summary: string;
  policies: readonly FrameworkPolicy[];
}

export interface FrameworkArea {
  id: FrameworkAreaId;
  title: string;
  concerns: readonly FrameworkConcern[];
}
