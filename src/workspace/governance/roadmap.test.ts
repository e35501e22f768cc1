import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../yaml-source.js';
import type { GovernanceDirectory } from './part.js';
import { parseRoadmap } from './roadmap.js';

const directory: GovernanceDirectory = {
  people: new Set(['person:default/ana']),
  teams: new Set(['team:default/payments', 'team:default/checkout']),
  catalog: new Set(['service:default/ledger']),
  declared: new Set(),
  okrIds: new Set(['eng-reliability', 'eng-reliability-kr1']),
};

function parse(text: string, dir: GovernanceDirectory = directory) {
  const read = parseYamlSource('roadmap.yaml', text);
  if (read.kind !== 'parsed') throw new Error('expected YAML');
  return parseRoadmap(read.source, dir);
}

const GOOD = `themes:
  - id: reliable-payments
    title: Reliable payments
    initiatives:
      - id: ledger-rewrite
        title: Ledger rewrite
        owner: ana
        teams: [payments]
        start: 2026-08-01
        target: 2026-10-31
        status: in-progress
        okrs: [eng-reliability-kr1]
        epics: [PAY-11, PAY-12]
`;

describe('roadmap.yaml', () => {
  it('reads themes and initiatives with full references', () => {
    const { roadmap, issues } = parse(GOOD);
    expect(issues).toEqual([]);
    expect(roadmap.themes).toEqual([
      {
        id: 'reliable-payments',
        title: 'Reliable payments',
        description: null,
        initiatives: ['ledger-rewrite'],
      },
    ]);
    expect(roadmap.initiatives[0]).toMatchObject({
      theme: 'reliable-payments',
      owner: 'person:default/ana',
      teams: ['team:default/payments'],
      epics: ['PAY-11', 'PAY-12'],
    });
  });

  it('reports unknown people, teams and OKRs, a target before the start and a bad epic key, each at its line', () => {
    const text = GOOD.replace('owner: ana', 'owner: bob')
      .replace('teams: [payments]', 'teams: [billing]')
      .replace('okrs: [eng-reliability-kr1]', 'okrs: [eng-speed]')
      .replace('target: 2026-10-31', 'target: 2026-07-01')
      .replace('epics: [PAY-11, PAY-12]', 'epics: [PAY-11, pay12]');
    const { roadmap, issues } = parse(text);
    expect(roadmap.initiatives).toEqual([]);
    expect(issues.map((issue) => [issue.line, issue.path, issue.found])).toEqual([
      [13, 'themes[0].initiatives[0].epics[1]', '"pay12"'],
    ]);
    const again = parse(text.replace('pay12', 'PAY-12')).issues;
    expect(again.map((issue) => [issue.line, issue.column, issue.path, issue.found, issue.expected])).toEqual(
      [
        [
          10,
          17,
          'themes[0].initiatives[0].target',
          '2026-07-01 (start 2026-08-01)',
          'a date on or after 2026-08-01',
        ],
        [
          7,
          16,
          'themes[0].initiatives[0].owner',
          'person:default/bob',
          'a person declared in model/people.yaml',
        ],
        [
          8,
          17,
          'themes[0].initiatives[0].teams[0]',
          'team:default/billing',
          'a team declared in model/teams.yaml',
        ],
        [
          12,
          16,
          'themes[0].initiatives[0].okrs[0]',
          '"eng-speed"',
          'an objective or key-result id from okrs/*.yaml',
        ],
      ],
    );
  });

  it('keeps OKR ids unchecked while the OKR ids are unknown', () => {
    const { issues } = parse(GOOD.replace('eng-reliability-kr1', 'eng-speed'), {
      ...directory,
      okrIds: undefined,
    });
    expect(issues).toEqual([]);
  });

  it('rejects duplicate ids and an epic linked to two initiatives', () => {
    const text = `${GOOD}      - id: ledger-rewrite
        title: Again
        owner: ana
        teams: [checkout]
        start: 2026-08-01
        target: 2026-09-30
        status: planned
        epics: [PAY-12]
`;
    const { issues } = parse(text);
    expect(issues.map((issue) => [issue.line, issue.message])).toEqual([
      [14, 'another theme or initiative already has the id "ledger-rewrite"'],
      [21, 'epic PAY-12 is already linked to initiative "ledger-rewrite"'],
    ]);
    expect(issues[0]?.found).toBe('ledger-rewrite, first used on line 5');
  });

  it('names the allowed statuses for an unknown one', () => {
    const [issue] = parse(GOOD.replace('status: in-progress', 'status: late')).issues;
    expect(issue).toMatchObject({
      line: 11,
      path: 'themes[0].initiatives[0].status',
      found: '"late"',
      expected: 'one of planned, in-progress, done, cancelled',
    });
  });
});
