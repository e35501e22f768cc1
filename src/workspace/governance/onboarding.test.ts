import { describe, expect, it } from 'vitest';
import { buildPerson } from '../../domain/model.test-fixtures.js';
import { parseYamlSource } from '../yaml-source.js';
import { parseOnboarding } from './onboarding.js';
import type { GovernanceDirectory } from './part.js';

const directory: GovernanceDirectory = {
  people: new Set(['person:default/ana', 'person:default/bo', 'person:default/cy', 'person:default/dee']),
  declared: new Set(),
};
const model = {
  people: [
    buildPerson('ana', { startDate: '2026-09-01' }),
    buildPerson('bo'),
    buildPerson('cy'),
    buildPerson('dee'),
  ],
};

function parse(text: string) {
  const read = parseYamlSource('registers/onboarding.yaml', text);
  if (read.kind !== 'parsed') throw new Error('expected YAML');
  return parseOnboarding(read.source, { directory, model });
}

const GOOD = `plans:
  - person: ana
    buddy: bo
    mentor: cy
    milestones:
      day30:
        - goal: Merge a first pull request
          done: 2026-09-04
      day60:
        - goal: Ship a feature
    checkIns:
      - date: 2026-10-02
        day: 30
        status: at-risk
        notes: waiting on access
      - date: 2026-09-15
        status: on-track
  - person: dee
    start: 2026-10-01
    buddy: bo
`;

describe('registers/onboarding.yaml', () => {
  it('reads plans with full references, the start from people.yaml or the plan, and check-ins in date order', () => {
    const { value, issues } = parse(GOOD);
    expect(issues).toEqual([]);
    expect(value.plans[0]).toMatchObject({
      person: 'person:default/ana',
      start: '2026-09-01',
      startFrom: 'people',
      buddy: 'person:default/bo',
      mentor: 'person:default/cy',
      milestones: {
        30: [{ goal: 'Merge a first pull request', done: '2026-09-04' }],
        60: [{ goal: 'Ship a feature' }],
        90: [],
      },
      line: 2,
    });
    expect(value.plans[0]?.checkIns.map((checkIn) => [checkIn.date, checkIn.day, checkIn.status])).toEqual([
      ['2026-09-15', null, 'on-track'],
      ['2026-10-02', 30, 'at-risk'],
    ]);
    expect(value.plans[1]).toMatchObject({
      person: 'person:default/dee',
      start: '2026-10-01',
      startFrom: 'plan',
      mentor: null,
    });
  });

  it('rejects a check-in before the first day, naming the line, field, found and expected', () => {
    const { value, issues } = parse(`plans:
  - person: ana
    buddy: bo
    checkIns:
      - date: 2026-08-20
        status: on-track
`);
    expect(value.plans).toEqual([]);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'registers/onboarding.yaml',
        line: 5,
        path: 'plans[0].checkIns[0].date',
        found: '2026-08-20',
        expected: 'a day on or after 2026-09-01',
      }),
    ]);
  });

  it('rejects a buddy who is the new hire', () => {
    const { issues } = parse('plans:\n  - person: ana\n    buddy: ana\n');
    expect(issues).toEqual([
      expect.objectContaining({
        line: 3,
        path: 'plans[0].buddy',
        found: 'person:default/ana',
        message: 'the buddy is the new hire',
      }),
    ]);
  });

  it('rejects a second plan for the same person, pointing at the first', () => {
    const { issues } = parse('plans:\n  - person: ana\n    buddy: bo\n  - person: ana\n    buddy: cy\n');
    expect(issues).toEqual([
      expect.objectContaining({
        line: 4,
        path: 'plans[1].person',
        found: 'person:default/ana, whose plan starts on line 2',
      }),
    ]);
  });

  it('rejects a plan without a first day anywhere, and an unknown buddy', () => {
    const { issues } = parse('plans:\n  - person: bo\n    buddy: zed\n');
    expect(issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['plans[0].buddy', 'unknown person "zed"'],
      ['plans[0].person', 'no first day for this new hire'],
    ]);
  });

  it('rejects a status and a checkpoint day outside the allowed values', () => {
    const { issues } = parse(`plans:
  - person: ana
    buddy: bo
    checkIns:
      - date: 2026-10-01
        day: 45
        status: fine
`);
    expect(issues.map((issue) => issue.path)).toEqual([
      'plans[0].checkIns[0].day',
      'plans[0].checkIns[0].status',
    ]);
    expect(issues.map((issue) => issue.line)).toEqual([6, 7]);
  });

  it('does not echo check-in notes in an issue', () => {
    const { issues } = parse(`plans:
  - person: ana
    buddy: bo
    checkIns:
      - date: 2026-08-01
        status: off-track
        notes: struggling with a family matter
`);
    expect(JSON.stringify(issues)).not.toContain('family');
  });
});
