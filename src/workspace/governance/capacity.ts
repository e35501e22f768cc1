/**
 * Reading capacity.yaml: the category rules (a type or label may belong to one category only), the
 * organization's targets and each team's own, each summing to 100, teams resolved against the model.
 * Without the file the default targets apply and nothing is mapped. Any issue rejects the whole plan.
 */

import {
  type CapacityPlan,
  type CategoryTargets,
  capacityFileSchema,
  completeTargets,
  DEFAULT_MINIMUM_ITEMS,
  DEFAULT_TARGETS,
  WORK_CATEGORIES,
  type WorkCategory,
} from '../../domain/capacity.js';
import type { Issue } from '../../domain/errors.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { checkDeclaredRef } from '../side-file.js';
import { locate, type PathSegment, readYamlSource, type YamlSource } from '../yaml-source.js';
import type { GovernanceDirectory, PartReader } from './part.js';

export const CAPACITY_FILE = 'capacity.yaml';

export const DEFAULT_PLAN: CapacityPlan = {
  declared: false,
  types: {},
  labels: {},
  targets: DEFAULT_TARGETS,
  teams: {},
  minimumItems: DEFAULT_MINIMUM_ITEMS,
};

export const readCapacity: PartReader<CapacityPlan> = async (context) => {
  const read = await readYamlSource(context.root, CAPACITY_FILE);
  if (read.kind === 'missing') return { value: DEFAULT_PLAN, issues: [], files: [] };
  if (read.kind === 'invalid') return { value: DEFAULT_PLAN, issues: read.issues, files: [CAPACITY_FILE] };
  const { plan, issues } = parseCapacity(read.source, context.directory);
  return { value: issues.length > 0 ? DEFAULT_PLAN : plan, issues, files: [CAPACITY_FILE] };
};

export function parseCapacity(
  source: YamlSource,
  directory: GovernanceDirectory,
): { plan: CapacityPlan; issues: Issue[] } {
  const top = capacityFileSchema.safeParse(source.data ?? {});
  if (!top.success) {
    return { plan: DEFAULT_PLAN, issues: fromZodIssues(source, capacityFileSchema, top.error.issues) };
  }
  const issues: Issue[] = [];
  const types: Record<string, WorkCategory> = {};
  const labels: Record<string, WorkCategory> = {};
  const seen = { types: new Map<string, string>(), labels: new Map<string, string>() };
  const categories = top.data.categories ?? {};
  for (const category of WORK_CATEGORIES) {
    const rule = categories[category];
    if (!rule) continue;
    for (const kind of ['types', 'labels'] as const) {
      rule[kind].forEach((text, index) => {
        const name = text.trim().toLowerCase();
        const at = ['categories', category, kind, index];
        const earlier = seen[kind].get(name);
        if (earlier !== undefined) {
          issues.push(
            issueAt(source, at, {
              message: `${kind === 'types' ? 'type' : 'label'} "${text}" is mapped twice`,
              found: `${text}, first mapped at ${earlier}`,
              expected: `each ${kind === 'types' ? 'type' : 'label'} in one category only`,
            }),
          );
          return;
        }
        const { line, column } = locate(source, at);
        seen[kind].set(name, `line ${line}, column ${column}`);
        (kind === 'types' ? types : labels)[name] = category;
      });
    }
  }
  const targets = top.data.targets
    ? checkTargets(source, completeTargets(top.data.targets), ['targets'], issues)
    : DEFAULT_TARGETS;
  const teams: Record<string, CategoryTargets> = {};
  for (const [name, entry] of Object.entries(top.data.teams ?? {})) {
    const at: PathSegment[] = ['teams', name];
    // The team is the mapping's key: its problems point at the key, not at the targets below it.
    const found: Issue[] = [];
    const checked = checkDeclaredRef(source, 'team', name, at, directory.teams, found);
    issues.push(...found.map((issue) => ({ ...issue, ...locate(source, at, 'key') })));
    const own = checkTargets(source, completeTargets(entry.targets), [...at, 'targets'], issues);
    if (checked.problem === undefined) teams[checked.ref] = own;
  }
  return {
    plan: {
      declared: true,
      types,
      labels,
      targets,
      teams,
      minimumItems: top.data.minimumItems ?? DEFAULT_MINIMUM_ITEMS,
    },
    issues,
  };
}

/** The targets, with an issue when they do not add up to 100. */
function checkTargets(
  source: YamlSource,
  targets: CategoryTargets,
  at: PathSegment[],
  issues: Issue[],
): CategoryTargets {
  const sum = WORK_CATEGORIES.reduce((total, category) => total + targets[category], 0);
  if (Math.abs(sum - 100) > 1e-9) {
    issues.push(
      issueAt(source, at, {
        message: 'the targets do not add up to 100 percent',
        found: `${WORK_CATEGORIES.map((category) => `${category} ${targets[category]}`).join(' + ')} = ${sum}`,
        expected: 'percentages summing to 100 (a category left out counts as 0)',
      }),
    );
  }
  return targets;
}
