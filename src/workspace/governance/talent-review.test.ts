import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../yaml-source.js';
import type { GovernanceDirectory } from './part.js';
import { parseTalentReview } from './talent-review.js';

const directory: GovernanceDirectory = {
  people: new Set(['person:default/ana', 'person:default/bo', 'person:default/cy']),
  teams: new Set(),
  catalog: new Set(['service:default/wms']),
  declared: new Set(),
};

function parse(text: string) {
  const read = parseYamlSource('registers/talent-review.yaml', text);
  if (read.kind !== 'parsed') throw new Error('expected YAML');
  return parseTalentReview(read.source, directory);
}

const GOOD = `ratings:
  Meets: medium
  great: high
cycles:
  - id: 2026-H2
    date: 2026-11-03
    calibration:
      - person: ana
        potential: high
        notes: Ready for a bigger scope.
  - id: 2026-H1
    date: 2026-05-07
criticalRoles:
  - id: steward
    title: Steward of the WMS adapter
    holder: bo
    services: [wms]
    successors:
      - person: ana
        readiness: 1-2-years
`;

describe('registers/talent-review.yaml', () => {
  it('reads bands, cycles oldest first and roles with full references', () => {
    const { value, issues } = parse(GOOD);
    expect(issues).toEqual([]);
    expect(value.ratings).toEqual({ meets: 'medium', great: 'high' });
    expect(value.ratingsSource).toBe('register');
    expect(value.cycles.map((cycle) => cycle.id)).toEqual(['2026-H1', '2026-H2']);
    expect(value.cycles[1]?.calibration).toEqual([
      {
        person: 'person:default/ana',
        performance: null,
        potential: 'high',
        notes: 'Ready for a bigger scope.',
      },
    ]);
    expect(value.criticalRoles[0]).toEqual({
      id: 'steward',
      title: 'Steward of the WMS adapter',
      holder: 'person:default/bo',
      services: ['service:default/wms'],
      successors: [{ person: 'person:default/ana', readiness: '1-2-years' }],
    });
  });

  it('falls back to the default rating bands when the file declares none', () => {
    const { value } = parse(GOOD.replace('ratings:\n  Meets: medium\n  great: high\n', ''));
    expect(value.ratingsSource).toBe('default');
    expect(value.ratings['strongly exceeds']).toBe('high');
  });

  it('reports an unknown person, a holder as own successor and duplicate ids at their lines, and keeps nothing', () => {
    const bad = GOOD.replace('person: ana\n        potential', 'person: dan\n        potential')
      .replace('id: 2026-H1', 'id: 2026-H2')
      .replace('person: ana\n        readiness', 'person: bo\n        readiness');
    const { value, issues } = parse(bad);
    expect(value.criticalRoles).toEqual([]);
    expect(value.cycles).toEqual([]);
    expect(issues.map((issue) => [issue.line, issue.path, issue.message, issue.found])).toEqual([
      [8, 'cycles[0].calibration[0].person', 'unknown person "dan"', 'person:default/dan'],
      [
        11,
        'cycles[1].id',
        'another review cycle already has the id "2026-H2"',
        '2026-H2, first used on line 5',
      ],
      [
        19,
        'criticalRoles[0].successors[0].person',
        'the holder of steward cannot be their own successor',
        'person:default/bo',
      ],
    ]);
    expect(issues.every((issue) => issue.file === 'registers/talent-review.yaml')).toBe(true);
  });

  it('names the readiness values and the bands a field accepts', () => {
    const { issues } = parse(
      GOOD.replace('readiness: 1-2-years', 'readiness: soon').replace('great: high', 'great: stellar'),
    );
    expect(issues.map((issue) => [issue.line, issue.path, issue.expected])).toEqual([
      [3, 'ratings.great', 'one of low, medium, high'],
      [20, 'criticalRoles[0].successors[0].readiness', 'one of ready-now, 1-2-years'],
    ]);
  });

  it('refuses the same rating written twice with different case, and a successor named twice', () => {
    const twice = GOOD.replace('great: high', 'meets: high').replace(
      '        readiness: 1-2-years\n',
      '        readiness: 1-2-years\n      - person: ana\n        readiness: ready-now\n',
    );
    const { issues } = parse(twice);
    expect(issues.map((issue) => [issue.line, issue.message])).toEqual([
      [3, 'the rating "meets" is listed twice'],
      [21, 'ana is named twice as a successor for steward'],
    ]);
  });
});
