/**
 * Reading registers/scenarios.yaml: each headcount scenario validated on its own. Its start month must
 * fall in a fiscal year that has a budget file, and every level must have a cost rate in that budget, so a
 * scenario always has a price. Names are unique.
 */
import { z } from 'zod';
import type { Budget } from '../../domain/budget.js';
import type { Issue } from '../../domain/errors.js';
import { type Scenario, scenarioSchema } from '../../domain/scenario.js';
import { fiscalYearOf } from '../../governance/budget-calendar.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { eachValidItem } from '../side-file.js';
import { locate, type YamlSource } from '../yaml-source.js';

export const SCENARIOS_FILE = 'registers/scenarios.yaml';

const scenariosFileSchema = z.strictObject({ scenarios: z.array(z.unknown()).nullish() });

export function parseScenarios(
  source: YamlSource,
  budgets: readonly Budget[],
  fiscalYearStart: number,
): { scenarios: Scenario[]; issues: Issue[] } {
  const top = scenariosFileSchema.safeParse(source.data ?? {});
  if (!top.success)
    return { scenarios: [], issues: fromZodIssues(source, scenariosFileSchema, top.error.issues) };
  const issues: Issue[] = [];
  const scenarios: Scenario[] = [];
  const names = new Map<string, number>();
  eachValidItem(source, 'scenarios', top.data.scenarios, scenarioSchema, issues, (spec, at) => {
    const before = issues.length;
    const earlier = names.get(spec.name);
    if (earlier !== undefined) {
      issues.push(
        issueAt(source, [...at, 'name'], {
          message: `another scenario is already named "${spec.name}"`,
          found: `${spec.name}, first used on line ${earlier}`,
          expected: 'a unique scenario name',
        }),
      );
      return;
    }
    names.set(spec.name, locate(source, [...at, 'name']).line);
    const year = fiscalYearOf(spec.start, fiscalYearStart);
    const budget = budgets.find((candidate) => candidate.year === year);
    if (!budget) {
      issues.push(
        issueAt(source, [...at, 'start'], {
          message: `no budget for FY${year}, the fiscal year the scenario starts in`,
          found: spec.start,
          expected: `a month of a fiscal year with a budget file (${budgets.map((b) => `FY${b.year}`).join(', ') || `none: add registers/budget-${year}.yaml`})`,
        }),
      );
      return;
    }
    const last = budget.months[11] ?? spec.start;
    spec.roles.forEach((role, index) => {
      const where = [...at, 'roles', index];
      if (budget.rates[role.level] === undefined) {
        issues.push(
          issueAt(source, [...where, 'level'], {
            message: `unknown level "${role.level}"`,
            found: role.level,
            expected: `a level with a cost rate in ${budget.file}: ${Object.keys(budget.rates).join(', ') || 'none declared'}`,
          }),
        );
      }
      if (role.from !== undefined && (role.from < spec.start || role.from > last)) {
        issues.push(
          issueAt(source, [...where, 'from'], {
            message: 'a role starts outside the scenario',
            found: role.from,
            expected: `a month from ${spec.start} to ${last}`,
          }),
        );
      }
    });
    if (issues.length > before) return;
    scenarios.push({
      name: spec.name,
      title: spec.title ?? null,
      start: spec.start,
      roles: spec.roles.map((role) => ({
        level: role.level,
        count: role.count,
        from: role.from ?? spec.start,
      })),
      notes: spec.notes ?? null,
    });
  });
  return { scenarios, issues };
}
