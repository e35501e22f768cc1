/**
 * The built-in engineering leadership framework: four areas of concerns, each concern with its policy and
 * the procedures that carry the policy out, and for each procedure the part of Sextant that does it (or
 * none yet). The catalog is data in the code, not in the workspace: a workspace records only which
 * procedures it adopted (registers/policies.yaml).
 */
import { CULTURAL_CONCERNS } from './area-cultural.js';
import { OPERATIONAL_CONCERNS } from './area-operational.js';
import { PEOPLE_CONCERNS } from './area-people.js';
import { TECHNICAL_CONCERNS } from './area-technical.js';
import type {
  FrameworkArea,
  FrameworkAreaId,
  FrameworkConcern,
  FrameworkPolicy,
  FrameworkProcedure,
} from './types.js';

export const FRAMEWORK_CATALOG: readonly FrameworkArea[] = [
  { id: 'tech', title: 'Technical and product', concerns: TECHNICAL_CONCERNS },
  { id: 'people', title: 'Team and people', concerns: PEOPLE_CONCERNS },
  { id: 'ops', title: 'Operational and strategic', concerns: OPERATIONAL_CONCERNS },
  { id: 'culture', title: 'Cultural and leadership', concerns: CULTURAL_CONCERNS },
];

/** One entry of the catalog with where it sits: what `sextant framework show <id>` looks up. */
export type FrameworkItem =
  | { kind: 'area'; area: FrameworkArea }
  | { kind: 'concern'; area: FrameworkArea; concern: FrameworkConcern }
  | { kind: 'policy'; area: FrameworkArea; concern: FrameworkConcern; policy: FrameworkPolicy }
  | {
      kind: 'procedure';
      area: FrameworkArea;
      concern: FrameworkConcern;
      policy: FrameworkPolicy;
      procedure: FrameworkProcedure;
    };

/** A procedure with the concern, policy and area it belongs to. */
export interface PlacedProcedure {
  area: FrameworkArea;
  concern: FrameworkConcern;
  policy: FrameworkPolicy;
  procedure: FrameworkProcedure;
}

export function listProcedures(catalog: readonly FrameworkArea[] = FRAMEWORK_CATALOG): PlacedProcedure[] {
  return catalog.flatMap((area) =>
    area.concerns.flatMap((concern) =>
      concern.policies.flatMap((policy) =>
        policy.procedures.map((procedure) => ({ area, concern, policy, procedure })),
      ),
    ),
  );
}

/** Every entry by id. */
export function indexCatalog(
  catalog: readonly FrameworkArea[] = FRAMEWORK_CATALOG,
): Map<string, FrameworkItem> {
  const index = new Map<string, FrameworkItem>();
  for (const area of catalog) {
    index.set(area.id, { kind: 'area', area });
    for (const concern of area.concerns) {
      index.set(concern.id, { kind: 'concern', area, concern });
      for (const policy of concern.policies) {
        index.set(policy.id, { kind: 'policy', area, concern, policy });
        for (const procedure of policy.procedures)
          index.set(procedure.id, { kind: 'procedure', area, concern, policy, procedure });
      }
    }
  }
  return index;
}

let defaultIndex: Map<string, FrameworkItem> | undefined;

/** The entry of the built-in catalog with this id, if any. */
export function findFrameworkItem(id: string): FrameworkItem | undefined {
  defaultIndex ??= indexCatalog();
  return defaultIndex.get(id);
}

export function isFrameworkArea(id: string): id is FrameworkAreaId {
  return FRAMEWORK_CATALOG.some((area) => area.id === id);
}
