/**
 * Reading the budget files (registers/budget-<FY>.yaml, one per fiscal year, named by the calendar year
 * the fiscal year starts in) and the headcount scenarios costed against them (registers/scenarios.yaml).
 * A plan line in an unknown category, a currency ISO 4217 does not list or a month outside the fiscal year
 * is an issue at its line; a budget with any issue is left out whole.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  BUDGET_CATEGORIES,
  type Budget,
  type BudgetCategory,
  budgetFileSchema,
  planLineSchema,
  type VarianceNote,
  varianceNoteSchema,
} from '../../domain/budget.js';
import type { Issue } from '../../domain/errors.js';
import type { Scenario } from '../../domain/scenario.js';
import { fiscalMonths } from '../../governance/budget-calendar.js';
import { round } from '../../governance/budget-view.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { eachValidItem } from '../side-file.js';
import { readYamlSource, type YamlSource } from '../yaml-source.js';
import type { PartRead, PartReader } from './part.js';
import { parseScenarios, SCENARIOS_FILE } from './scenarios.js';

export const REGISTERS_DIR = 'registers';
const BUDGET_NAME = /^budget-(\d{4})\.ya?ml$/;

export interface BudgetRegister {
  /** One budget per fiscal year, oldest first. */
  years: Budget[];
  scenarios: Scenario[];
}

export const readBudgetRegister: PartReader<BudgetRegister> = async (context) => {
  const issues: Issue[] = [];
  const files: string[] = [];
  const years: Budget[] = [];
  const names = await listBudgetFiles(context.root);
  for (const name of names.misnamed) {
    issues.push({
      file: `${REGISTERS_DIR}/${name}`,
      line: 1,
      column: 1,
      message: 'a budget file is named for its fiscal year',
      found: name,
      expected:
        'budget-<FY>.yaml, FY being the calendar year the fiscal year starts in, e.g. budget-2026.yaml',
    });
  }
  for (const name of names.budgets) {
    const file = `${REGISTERS_DIR}/${name}`;
    const year = Number(BUDGET_NAME.exec(name)?.[1]);
    const read = await readYamlSource(context.root, file);
    if (read.kind === 'missing') continue;
    files.push(file);
    if (read.kind === 'invalid') {
      issues.push(...read.issues);
      continue;
    }
    const parsed = parseBudget(read.source, year, context.config.fiscalYearStart);
    issues.push(...parsed.issues);
    if (parsed.budget && parsed.issues.length === 0) years.push(parsed.budget);
  }
  const scenarios: Scenario[] = [];
  const read = await readYamlSource(context.root, SCENARIOS_FILE);
  if (read.kind !== 'missing') {
    files.push(SCENARIOS_FILE);
    if (read.kind === 'invalid') issues.push(...read.issues);
    else {
      const parsed = parseScenarios(read.source, years, context.config.fiscalYearStart);
      issues.push(...parsed.issues);
      scenarios.push(...parsed.scenarios);
    }
  }
  return { value: { years, scenarios }, issues, files } satisfies PartRead<BudgetRegister>;
};

/** The budget files, and files that look like one but do not name a fiscal year (`budget.yaml`). */
async function listBudgetFiles(root: string): Promise<{ budgets: string[]; misnamed: string[] }> {
  let names: string[];
  try {
    names = (await readdir(path.join(root, REGISTERS_DIR))).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { budgets: [], misnamed: [] };
    throw error;
  }
  return {
    budgets: names.filter((name) => BUDGET_NAME.test(name)),
    misnamed: names.filter((name) => /^budget.*\.ya?ml$/.test(name) && !BUDGET_NAME.test(name)),
  };
}

export function parseBudget(
  source: YamlSource,
  year: number,
  fiscalYearStart: number,
): { budget?: Budget; issues: Issue[] } {
  const top = budgetFileSchema.safeParse(source.data ?? {});
  if (!top.success) return { issues: fromZodIssues(source, budgetFileSchema, top.error.issues) };
  const spec = top.data;
  const issues: Issue[] = [];
  const months = fiscalMonths(year, fiscalYearStart);
  const inYear = new Set(months);
  const expectedMonth = `a month of FY${year} (${months[0]} to ${months[11]})`;
  const checkMonths = (record: Record<string, unknown>, at: (string | number)[]) => {
    for (const month of Object.keys(record)) {
      if (!inYear.has(month)) {
        issues.push(
          issueAt(
            source,
            [...at, month],
            { message: 'month outside the fiscal year', found: month, expected: expectedMonth },
            'key',
          ),
        );
      }
    }
  };
  const plan = Object.fromEntries(
    BUDGET_CATEGORIES.map((category) => [category, Object.fromEntries(months.map((month) => [month, 0]))]),
  ) as Record<BudgetCategory, Record<string, number>>;
  eachValidItem(source, 'plan', spec.plan, planLineSchema, issues, (line, at) => {
    const target = plan[line.category];
    if (line.months) {
      checkMonths(line.months, [...at, 'months']);
      for (const [month, amount] of Object.entries(line.months)) {
        if (inYear.has(month)) target[month] = round((target[month] ?? 0) + amount);
      }
    } else {
      // Spread evenly to the cent; the last month takes the rounding remainder so the year adds up.
      const annual = line.annual ?? 0;
      const share = Math.floor((annual / 12) * 100) / 100;
      months.forEach((month, index) => {
        const amount = index === 11 ? round(annual - share * 11) : share;
        target[month] = round((target[month] ?? 0) + amount);
      });
    }
  });
  const notes: VarianceNote[] = [];
  eachValidItem(source, 'notes', spec.notes, varianceNoteSchema, issues, (note, at) => {
    if (note.month !== undefined && !inYear.has(note.month)) {
      issues.push(
        issueAt(source, [...at, 'month'], {
          message: 'month outside the fiscal year',
          found: note.month,
          expected: expectedMonth,
        }),
      );
      return;
    }
    notes.push(note);
  });
  for (const [unit, volumes] of Object.entries(spec.units ?? {})) checkMonths(volumes, ['units', unit]);
  return {
    budget: {
      year,
      file: source.file,
      currency: spec.currency,
      tolerance: spec.tolerance ?? 5,
      months,
      plan,
      notes,
      units: spec.units ?? {},
      rates: spec.rates ?? {},
      actualsFiles: spec.actuals ?? [],
    },
    issues,
  };
}
