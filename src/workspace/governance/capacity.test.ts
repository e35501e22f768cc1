import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../yaml-source.js';
import { parseCapacity } from './capacity.js';
import type { GovernanceDirectory } from './part.js';

const directory: GovernanceDirectory = {
  teams: new Set(['team:default/payments']),
  declared: new Set(),
};

function parse(text: string) {
  const read = parseYamlSource('capacity.yaml', text);
  if (read.kind !== 'parsed') throw new Error('expected YAML');
  return parseCapacity(read.source, directory);
}

const GOOD = `categories:
  feature: { types: [Story, task] }
  reliability: { types: [bug] }
  debt: { labels: [tech-debt] }
targets: { feature: 60, reliability: 20, debt: 10, security: 10 }
teams:
  payments:
    targets: { feature: 50, reliability: 20, debt: 20, security: 10 }
`;

describe('capacity.yaml', () => {
  it('reads the rules lower-cased, the targets and the team overrides by full reference', () => {
    const { plan, issues } = parse(GOOD);
    expect(issues).toEqual([]);
    expect(plan.types).toEqual({ story: 'feature', task: 'feature', bug: 'reliability' });
    expect(plan.labels).toEqual({ 'tech-debt': 'debt' });
    expect(plan.teams['team:default/payments']).toEqual({
      feature: 50,
      reliability: 20,
      debt: 20,
      security: 10,
      other: 0,
    });
    expect(plan.minimumItems).toBe(10);
  });

  it('rejects an unknown category naming the ones there are', () => {
    const [issue] = parse(GOOD.replace('debt: { labels', 'maintenance: { labels')).issues;
    expect(issue).toMatchObject({
      line: 4,
      column: 3,
      path: 'categories.maintenance',
      message: 'unknown field "maintenance"',
      expected: 'one of feature, reliability, debt, security, other',
    });
  });

  it('rejects targets that do not sum to 100, showing the sum', () => {
    const { issues } = parse(GOOD.replace('feature: 60,', 'feature: 55,'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      line: 5,
      path: 'targets',
      found: 'feature 55 + reliability 20 + debt 10 + security 10 + other 0 = 95',
    });
  });

  it('rejects an unknown team and a type mapped to two categories', () => {
    const text = GOOD.replace('payments:', 'billing:').replace('types: [bug]', 'types: [bug, story]');
    const issues = parse(text).issues.map((issue) => [issue.line, issue.path, issue.found]);
    expect(issues).toEqual([
      [3, 'categories.reliability.types[1]', 'story, first mapped at line 2, column 22'],
      [7, 'teams.billing', 'team:default/billing'],
    ]);
  });

  it('rejects a percentage above 100', () => {
    const [issue] = parse(GOOD.replace('security: 10 }\nteams', 'security: 110 }\nteams')).issues;
    expect(issue).toMatchObject({ line: 5, path: 'targets.security', expected: 'a number <= 100' });
  });
});
