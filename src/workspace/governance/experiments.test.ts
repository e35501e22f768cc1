import { describe, expect, it } from 'vitest';
import type { Issue } from '../../domain/errors.js';
import { parseYamlSource } from '../yaml-source.js';
import { parseExperiments } from './experiments.js';
import type { GovernanceDirectory } from './part.js';

const directory: GovernanceDirectory = {
  people: new Set(['person:default/ana']),
  teams: new Set(['team:default/payments', 'team:default/checkout']),
  catalog: new Set(['service:default/ledger']),
  declared: new Set(),
};

function parse(text: string) {
  const read = parseYamlSource('experiments.yaml', text);
  if (read.kind !== 'parsed') throw new Error('expected YAML');
  const issues: Issue[] = [];
  const experiments = parseExperiments(read.source, directory, issues);
  return { experiments, issues };
}

const GOOD = `experiments:
  - id: EXP-1
    title: Work-in-progress limit
    owner: ana
    teams: [payments]
    hypothesis:
      change: at most two items in progress per engineer
      outcome: items finish sooner
      metric: flow.cycle-time
      direction: decrease
      size: 20
    baseline: { from: 2026-06-01, to: 2026-07-31 }
    experiment: { from: 2026-08-01, to: 2026-09-30 }
    status: decided
    decision: { outcome: adopt, date: 2026-10-05, note: Kept for every team. }
`;

describe('experiments.yaml', () => {
  it('reads an experiment with full references and its decision', () => {
    const { experiments, issues } = parse(GOOD);
    expect(issues).toEqual([]);
    expect(experiments).toEqual([
      expect.objectContaining({
        id: 'EXP-1',
        owner: 'person:default/ana',
        scope: { kind: 'teams', refs: ['team:default/payments'] },
        hypothesis: expect.objectContaining({ metric: 'flow.cycle-time', direction: 'decrease', size: 20 }),
        baseline: { from: '2026-06-01', to: '2026-07-31' },
        decision: { outcome: 'adopt', date: '2026-10-05', note: 'Kept for every team.' },
      }),
    ]);
  });

  it('measures the whole organization without teams or services', () => {
    const { experiments } = parse(GOOD.replace('    teams: [payments]\n', ''));
    expect(experiments[0]?.scope).toEqual({ kind: 'org' });
  });

  it('rejects overlapping windows at the experiment window, naming both', () => {
    const { experiments, issues } = parse(GOOD.replace('from: 2026-08-01', 'from: 2026-07-15'));
    expect(experiments).toEqual([]);
    expect(issues).toEqual([
      {
        file: 'experiments.yaml',
        line: 13,
        column: 25,
        path: 'experiments[0].experiment.from',
        message: 'the experiment window overlaps the baseline window',
        found: 'experiment 2026-07-15 to 2026-09-30, baseline 2026-06-01 to 2026-07-31',
        expected: 'windows that share no day',
      },
    ]);
  });

  it('rejects an unknown metric and one without individual observations, listing those allowed', () => {
    const unknown = parse(GOOD.replace('flow.cycle-time', 'flow.happiness')).issues;
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({
      line: 9,
      path: 'experiments[0].hypothesis.metric',
      message: 'unknown metric "flow.happiness"',
      found: '"flow.happiness"',
    });
    expect(unknown[0]?.expected).toContain('prs.time-to-first-review');
    const summary = parse(GOOD.replace('flow.cycle-time', 'flow.throughput')).issues;
    expect(summary[0]?.message).toBe(
      'metric "flow.throughput" is not made of individual observations an experiment can compare',
    );
  });

  it('rejects an unknown team and owner, a window ending before it starts and a bad decision, all at once', () => {
    const text = GOOD.replace('owner: ana', 'owner: bob')
      .replace('teams: [payments]', 'teams: [payments, search]')
      .replace('to: 2026-07-31', 'to: 2026-05-31')
      .replace('outcome: adopt', 'outcome: keep');
    const { experiments, issues } = parse(text);
    expect(experiments).toEqual([]);
    expect(issues.map((issue) => [issue.line, issue.path, issue.found, issue.expected])).toEqual([
      [12, 'experiments[0].baseline.to', '"2026-05-31"', 'a last day on or after the first day ("from")'],
      [15, 'experiments[0].decision.outcome', '"keep"', 'one of adopt, revert, extend'],
    ]);
    const refs = parse(GOOD.replace('owner: ana', 'owner: bob').replace('[payments]', '[payments, search]'));
    expect(refs.issues.map((issue) => [issue.line, issue.path, issue.found, issue.expected])).toEqual([
      [4, 'experiments[0].owner', 'person:default/bob', 'a person declared in model/people.yaml'],
      [5, 'experiments[0].teams[1]', 'team:default/search', 'a team declared in model/teams.yaml'],
    ]);
  });

  it('requires a decision exactly when the experiment is decided, and unique ids', () => {
    const undecided = parse(GOOD.replace('status: decided', 'status: running')).issues;
    expect(undecided.map((issue) => [issue.path, issue.expected])).toEqual([
      ['experiments[0].decision', 'status decided'],
    ]);
    const twice = `${GOOD}${GOOD.replace('experiments:\n', '')}`;
    const duplicate = parse(twice).issues;
    expect(duplicate.map((issue) => [issue.line, issue.path, issue.found])).toEqual([
      [16, 'experiments[1].id', 'EXP-1, first used on line 2'],
    ]);
  });
});
