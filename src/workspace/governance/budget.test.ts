import { describe, expect, it } from 'vitest';
import type { Issue } from '../../domain/errors.js';
import { parseYamlSource, type YamlSource } from '../yaml-source.js';
import { parseBudget } from './budget.js';
import { parseScenarios } from './scenarios.js';

function source(file: string, text: string): YamlSource {
  const read = parseYamlSource(file, text);
  if (read.kind !== 'parsed') throw new Error('test YAML does not parse');
  return read.source;
}

const BUDGET = `currency: EUR
plan:
  - category: headcount
    annual: 1200000
  - category: cloud
    months:
      2026-02: 50000
      2026-03: 52000
  - category: cloud
    name: CDN
    annual: 12000
rates:
  IC3: 120000
  IC4: 144000
`;

const budgetOf = (text: string) => parseBudget(source('registers/budget-2026.yaml', text), 2026, 2);

describe('budget file', () => {
  it('spreads an annual line evenly and adds lines of one category', () => {
    const { budget, issues } = budgetOf(BUDGET);
    expect(issues).toEqual([]);
    expect(budget?.months[0]).toBe('2026-02');
    expect(budget?.plan.headcount['2026-02']).toBe(100_000);
    expect(budget?.plan.cloud['2026-02']).toBe(51_000);
    expect(budget?.plan.cloud['2026-04']).toBe(1_000);
    expect(budget?.plan.licenses['2026-02']).toBe(0);
    expect(budget?.tolerance).toBe(5);
  });

  it('keeps an uneven annual amount whole to the cent', () => {
    const { budget } = budgetOf('currency: EUR\nplan:\n  - category: vendors\n    annual: 1000\n');
    const total = Object.values(budget?.plan.vendors ?? {}).reduce((sum, value) => sum + value, 0);
    expect(Math.round(total * 100) / 100).toBe(1000);
  });

  it('reports a line in an unknown category at its line, with what was expected', () => {
    const { issues } = budgetOf('currency: EUR\nplan:\n  - category: travel\n    annual: 5\n');
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'registers/budget-2026.yaml',
        line: 3,
        column: 15,
        path: 'plan[0].category',
        found: '"travel"',
        expected: 'one of headcount, cloud, licenses, vendors',
      }),
    ]);
  });

  it('reports a currency ISO 4217 does not list', () => {
    const { issues, budget } = budgetOf('currency: EUX\nplan:\n  - category: cloud\n    annual: 5\n');
    expect(budget).toBeUndefined();
    expect(issues[0]).toMatchObject({ line: 1, path: 'currency', found: '"EUX"' });
    expect(issues[0]?.expected).toMatch(/ISO 4217/);
  });

  it('reports a month outside the fiscal year and a line with both annual and months', () => {
    const { issues } = budgetOf(
      'currency: EUR\nplan:\n  - category: cloud\n    months:\n      2026-01: 5\n  - category: cloud\n    annual: 5\n    months:\n      2026-03: 1\n',
    );
    expect(issues.map((issue: Issue) => [issue.line, issue.path, issue.found])).toEqual([
      [5, 'plan[0].months.2026-01', '2026-01'],
      [6, 'plan[1]', 'a mapping'],
    ]);
    expect(issues[0]?.expected).toBe('a month of FY2026 (2026-02 to 2027-01)');
  });
});

describe('scenarios file', () => {
  const budget = budgetOf(BUDGET).budget;
  const scenariosOf = (text: string) =>
    parseScenarios(source('registers/scenarios.yaml', text), budget ? [budget] : [], 2);

  it('reads a scenario with a hiring ramp', () => {
    const { scenarios, issues } = scenariosOf(
      'scenarios:\n  - name: team\n    start: 2026-06\n    roles:\n      - level: IC4\n        count: 2\n      - level: IC3\n        count: 1\n        from: 2026-08\n',
    );
    expect(issues).toEqual([]);
    expect(scenarios[0]?.roles).toEqual([
      { level: 'IC4', count: 2, from: '2026-06' },
      { level: 'IC3', count: 1, from: '2026-08' },
    ]);
  });

  it('reports an unknown level, a duplicate name and a year without a budget, each at its line', () => {
    const { scenarios, issues } = scenariosOf(
      [
        'scenarios:',
        '  - name: team',
        '    start: 2026-06',
        '    roles:',
        '      - level: IC9',
        '        count: 2',
        '  - name: team',
        '    start: 2026-07',
        '    roles: [{ level: IC3, count: 1 }]',
        '  - name: later',
        '    start: 2027-03',
        '    roles: [{ level: IC3, count: 1 }]',
      ].join('\n'),
    );
    expect(scenarios).toEqual([]);
    expect(issues.map((issue) => [issue.line, issue.path, issue.found])).toEqual([
      [5, 'scenarios[0].roles[0].level', 'IC9'],
      [7, 'scenarios[1].name', 'team, first used on line 2'],
      [11, 'scenarios[2].start', '2027-03'],
    ]);
    expect(issues[0]?.expected).toBe('a level with a cost rate in registers/budget-2026.yaml: IC3, IC4');
  });
});
