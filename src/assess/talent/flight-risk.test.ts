import { describe, expect, it } from 'vitest';
import type { CriticalRole } from '../../domain/talent.js';
import { assessFlightRisk } from './flight-risk.js';

const roles: CriticalRole[] = [
  {
    id: 'vp',
    title: 'VP',
    holder: 'vp',
    services: [],
    successors: [{ person: 'heir', readiness: 'ready-now' }],
  },
  {
    id: 'em',
    title: 'EM',
    holder: 'em',
    services: [],
    successors: [
      { person: 'heir', readiness: '1-2-years' },
      { person: 'other', readiness: 'ready-now' },
    ],
  },
];

describe('flight risk', () => {
  it('lists only high flight risks, critical when they hold a role, are its only successor or perform highly', () => {
    const result = assessFlightRisk({
      people: [
        { person: 'vp', flightRisk: 'high' },
        { person: 'heir', flightRisk: 'high' },
        { person: 'star', flightRisk: 'high' },
        { person: 'quiet', flightRisk: 'high' },
        { person: 'other', flightRisk: 'medium' },
      ],
      roles,
      performance: new Map([
        ['star', 'high'],
        ['quiet', 'medium'],
      ]),
    });
    expect(result.map((risk) => [risk.person, risk.severity, risk.aggravations])).toEqual([
      ['heir', 'critical', ['only-successor']],
      ['star', 'critical', ['high-performer']],
      ['vp', 'critical', ['holds-critical-role']],
      ['quiet', 'elevated', []],
    ]);
    expect(result[0]?.onlySuccessorOf).toEqual(['vp']);
    expect(result[2]?.holds).toEqual(['vp']);
  });
});
