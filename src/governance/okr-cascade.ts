/**
 * The OKR cascade: objectives arranged by their parent links, company at the top, engineering below, team
 * objectives under those, each with the roll-up of its own key results and of everything below it. An
 * objective without a parent (a company one, or one that lint reports as unaligned) is a root.
 */
import type { Objective, OkrLevel } from '../domain/okr.js';
import { type KrAssessment, type RollUp, rollUp } from './okr-status.js';

export interface CascadeNode {
  id: string;
  title: string;
  quarter: string;
  level: OkrLevel;
  owner: string;
  team: string | null;
  keyResults: { id: string; title: string; assessment: KrAssessment }[];
  rollUp: RollUp;
  children: CascadeNode[];
}

const LEVEL_ORDER: Record<OkrLevel, number> = { company: 0, engineering: 1, team: 2 };

/**
 * `assessments` holds every key result's assessment by id; `expected` the expected progress of each
 * quarter. Parent links are acyclic: a parent is always at a higher level (the workspace checks it).
 */
export function buildCascade(
  objectives: readonly Objective[],
  assessments: ReadonlyMap<string, KrAssessment>,
  expected: ReadonlyMap<string, number>,
): CascadeNode[] {
  const ids = new Set(objectives.map((objective) => objective.id));
  const childrenOf = new Map<string, Objective[]>();
  for (const objective of objectives) {
    if (objective.parent === null || !ids.has(objective.parent)) continue;
    childrenOf.set(objective.parent, [...(childrenOf.get(objective.parent) ?? []), objective]);
  }
  const build = (objective: Objective): CascadeNode => {
    const children = sortObjectives(childrenOf.get(objective.id) ?? []).map(build);
    const keyResults = objective.keyResults.map((kr) => {
      const assessment = assessments.get(kr.id);
      if (!assessment) throw new Error(`no assessment for key result ${kr.id}`);
      return { id: kr.id, title: kr.title, assessment };
    });
    return {
      id: objective.id,
      title: objective.title,
      quarter: objective.quarter,
      level: objective.level,
      owner: objective.owner,
      team: objective.team,
      keyResults,
      rollUp: rollUp(
        keyResults.map((kr) => kr.assessment),
        children.map((child) => child.rollUp),
        expected.get(objective.quarter) ?? 0,
      ),
      children,
    };
  };
  const roots = objectives.filter((objective) => objective.parent === null || !ids.has(objective.parent));
  return sortObjectives(roots).map(build);
}

function sortObjectives(objectives: readonly Objective[]): Objective[] {
  return [...objectives].sort(
    (a, b) =>
      a.quarter.localeCompare(b.quarter) ||
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      a.id.localeCompare(b.id),
  );
}
