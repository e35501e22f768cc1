import { describe, expect, it } from 'vitest';
import type { CriticalRole } from '../../domain/talent.js';
import { criticalServices, findSinglePointsOfFailure } from './single-points.js';

const roles: CriticalRole[] = [
  {
    id: 'steward',
    title: 'Steward',
    holder: 'person:default/kim',
    services: ['service:default/wms'],
    successors: [],
  },
  {
    id: 'em',
    title: 'EM',
    holder: 'person:default/lee',
    services: [],
    successors: [{ person: 'person:default/max', readiness: 'ready-now' }],
  },
];
const services = [
  { ref: 'service:default/ledger', tier: 1 },
  { ref: 'service:default/wms', tier: 3 },
  { ref: 'service:default/blog', tier: 4 },
];

describe('critical services', () => {
  it('are the tier-1 services and those a critical role lists, with the reasons', () => {
    const critical = criticalServices(services, roles);
    expect([...critical]).toEqual([
      ['service:default/ledger', { reasons: ['tier-1'], roles: [] }],
      ['service:default/wms', { reasons: ['critical-role'], roles: ['steward'] }],
    ]);
  });
});

describe('single points of failure', () => {
  const critical = criticalServices(services, roles);

  it('finds the role without a successor and the sole expert of a critical service, one person on both counts', () => {
    const result = findSinglePointsOfFailure({
      roles,
      critical,
      knowledge: {
        kind: 'loaded',
        services: [
          { service: 'service:default/wms', truckFactor: 1, truckFactorAuthors: ['person:default/kim'] },
          { service: 'service:default/ledger', truckFactor: 2, truckFactorAuthors: ['a', 'b'] },
          { service: 'service:default/blog', truckFactor: 1, truckFactorAuthors: ['person:default/lee'] },
        ],
      },
    });
    expect(result.rolesWithoutSuccessor).toEqual([
      { role: 'steward', title: 'Steward', holder: 'person:default/kim' },
    ]);
    expect(result.knowledge).toEqual({
      kind: 'value',
      soleExperts: [
        {
          service: 'service:default/wms',
          expert: 'person:default/kim',
          reasons: ['critical-role'],
          roles: ['steward'],
        },
      ],
      withoutHistory: [],
      servicesChecked: 2,
    });
    expect(result.people).toEqual([
      { person: 'person:default/kim', roles: ['steward'], services: ['service:default/wms'] },
    ]);
  });

  it('says knowledge was not assessed without git history, and lists critical services without commits', () => {
    const none = findSinglePointsOfFailure({ roles, critical, knowledge: { kind: 'not-loaded' } });
    expect(none.knowledge.kind).toBe('not-assessed');
    expect(none.people).toEqual([{ person: 'person:default/kim', roles: ['steward'], services: [] }]);
    const partial = findSinglePointsOfFailure({
      roles,
      critical,
      knowledge: {
        kind: 'loaded',
        services: [{ service: 'service:default/wms', truckFactor: null, truckFactorAuthors: [] }],
      },
    });
    expect(partial.knowledge).toMatchObject({
      kind: 'value',
      soleExperts: [],
      withoutHistory: ['service:default/ledger', 'service:default/wms'],
    });
  });
});
