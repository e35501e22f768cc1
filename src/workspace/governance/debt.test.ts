import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../yaml-source.js';
import { parseDebt } from './debt.js';
import type { GovernanceDirectory } from './part.js';

const directory: GovernanceDirectory = {
  people: new Set(['person:default/ana']),
  teams: new Set(['team:default/payments']),
  catalog: new Set(['service:default/ledger']),
  declared: new Set(),
  okrIds: new Set(['eng-reliability']),
};

function parse(text: string) {
  const read = parseYamlSource('registers/debt.yaml', text);
  if (read.kind !== 'parsed') throw new Error('expected YAML');
  return parseDebt(read.source, directory);
}

const GOOD = `debt:
  - id: DEBT-1
    title: Ledger postings without idempotency keys
    teams: [payments]
    services: [ledger]
    okrs: [eng-reliability]
    owner: ana
    reviewDate: 2026-12-01
    status: open
    score: { impact: 5, costOfDelay: 4, effort: 3, risk: 5 }
`;

describe('registers/debt.yaml', () => {
  it('reads an item with full references', () => {
    const { items, issues } = parse(GOOD);
    expect(issues).toEqual([]);
    expect(items[0]).toMatchObject({
      teams: ['team:default/payments'],
      services: ['service:default/ledger'],
      owner: 'person:default/ana',
      score: { impact: 5, costOfDelay: 4, effort: 3, risk: 5 },
    });
  });

  it('rejects a score outside 1 to 5 at its line and column', () => {
    const { items, issues } = parse(GOOD.replace('effort: 3', 'effort: 7'));
    expect(items).toEqual([]);
    expect(issues).toEqual([
      {
        file: 'registers/debt.yaml',
        line: 10,
        column: 49,
        path: 'debt[0].score.effort',
        message: 'too large',
        found: '7',
        expected: 'a number <= 5',
      },
    ]);
  });

  it('rejects unknown teams, services, owners and OKRs, and duplicate ids, all in one read', () => {
    const bad = GOOD.replace('[payments]', '[billing]')
      .replace('[ledger]', '[ledgr]')
      .replace('owner: ana', 'owner: bob')
      .replace('[eng-reliability]', '[eng-speed]');
    const { issues } = parse(`${GOOD}${bad.replace('debt:\n', '')}`);
    expect(issues.map((issue) => [issue.line, issue.path, issue.message])).toEqual([
      [11, 'debt[1].id', 'another debt item already has the id "DEBT-1"'],
      [16, 'debt[1].owner', 'unknown person "bob"'],
      [13, 'debt[1].teams[0]', 'unknown team "billing"'],
      [14, 'debt[1].services[0]', 'unknown service "ledgr"'],
      [15, 'debt[1].okrs[0]', 'unknown objective or key result "eng-speed"'],
    ]);
  });

  it('names the statuses an item may have', () => {
    const [issue] = parse(GOOD.replace('status: open', 'status: wontfix')).issues;
    expect(issue).toMatchObject({ line: 9, expected: 'one of open, in-progress, accepted, resolved' });
  });
});
