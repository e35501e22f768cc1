import { describe, expect, it } from 'vitest';
import type { Issue } from '../../domain/errors.js';
import { parseYamlSource } from '../yaml-source.js';
import { parseMaturity } from './maturity.js';
import type { GovernanceDirectory } from './part.js';

const directory: GovernanceDirectory = {
  people: new Set(),
  teams: new Set(['team:default/payments', 'team:default/platform']),
  declared: new Set(),
};

function parse(text: string) {
  const read = parseYamlSource('maturity.yaml', text);
  if (read.kind !== 'parsed') throw new Error('expected YAML');
  const issues: Issue[] = [];
  return { value: parseMaturity(read.source, directory, issues), issues };
}

const GOOD = `teams:
  - team: payments
    target: 4
    answers:
      agile.cadence: true
      agile.retrospectives: false
platform:
  team: platform
  answers:
    platform.self-service: true
`;

describe('maturity.yaml', () => {
  it('reads the answers of a team and of the platform with full references', () => {
    const { value, issues } = parse(GOOD);
    expect(issues).toEqual([]);
    expect(value).toEqual({
      teams: [
        {
          team: 'team:default/payments',
          target: 4,
          answers: { 'agile.cadence': true, 'agile.retrospectives': false },
          notes: null,
        },
      ],
      platform: {
        team: 'team:default/platform',
        target: null,
        answers: { 'platform.self-service': true },
        notes: null,
      },
    });
  });

  it('rejects a target level outside 1 to 5 at its line', () => {
    const { issues } = parse(GOOD.replace('target: 4', 'target: 6'));
    expect(issues).toEqual([
      {
        file: 'maturity.yaml',
        line: 3,
        column: 13,
        path: 'teams[0].target',
        message: 'value not allowed',
        found: '6',
        expected: 'one of 1, 2, 3, 4, 5',
      },
    ]);
  });

  it('rejects an answer to a criterion that does not exist, or that data answers, at its key', () => {
    const { issues } = parse(
      GOOD.replace('agile.cadence: true', 'agile.daily-standup: true').replace(
        'platform.self-service: true',
        'platform.ownership: true',
      ),
    );
    expect(issues.map((issue) => [issue.line, issue.column, issue.path, issue.message])).toEqual([
      [
        5,
        7,
        'teams[0].answers.agile.daily-standup',
        'no criterion "agile.daily-standup" in the agile maturity model',
      ],
      [
        10,
        5,
        'platform.answers.platform.ownership',
        'criterion "platform.ownership" is read from data, not answered',
      ],
    ]);
    expect(issues[0]?.expected).toContain('agile.definition-of-done');
  });

  it('rejects a team given twice', () => {
    const { issues } = parse(GOOD.replace('teams:\n', 'teams:\n  - team: payments\n'));
    expect(issues.map((issue) => [issue.line, issue.path, issue.found])).toEqual([
      [3, 'teams[1].team', 'team:default/payments, first on line 2'],
    ]);
  });

  it('rejects an unknown team and an answer that is not yes or no', () => {
    const text = `${GOOD.replace('platform:\n  team: platform', 'platform:\n  team: search').replace(
      'agile.retrospectives: false',
      'agile.retrospectives: sometimes',
    )}`.replace('teams:\n', 'teams:\n  - team: payments\n');
    const { value, issues } = parse(text);
    expect(value.teams).toHaveLength(1);
    expect(issues.map((issue) => [issue.line, issue.path, issue.found])).toEqual([
      [7, 'teams[1].answers.agile.retrospectives', '"sometimes"'],
      [9, 'platform.team', 'team:default/search'],
    ]);
  });
});
