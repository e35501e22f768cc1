import { describe, expect, it } from 'vitest';
import type { CriticalRole } from '../../domain/talent.js';
import { assessRoleSuccession, assessSuccessionCoverage } from './succession.js';

const role = (id: string, successors: CriticalRole['successors']): CriticalRole => ({
  id,
  title: id,
  holder: `holder-${id}`,
  services: [],
  successors,
});

describe('succession of a critical role', () => {
  it('takes the best readiness among the successors', () => {
    const result = assessRoleSuccession(
      role('a', [
        { person: 'x', readiness: '1-2-years' },
        { person: 'y', readiness: 'ready-now' },
      ]),
    );
    expect(result).toMatchObject({ status: 'ready-now', readyNow: ['y'], inOneToTwoYears: ['x'] });
    expect(assessRoleSuccession(role('b', [{ person: 'x', readiness: '1-2-years' }])).status).toBe(
      '1-2-years',
    );
    expect(assessRoleSuccession(role('c', [])).status).toBe('none');
  });
});

describe('succession coverage', () => {
  it('divides the roles with a ready-now successor, and with any successor, by all critical roles', () => {
    const coverage = assessSuccessionCoverage([
      role('a', [{ person: 'x', readiness: 'ready-now' }]),
      role('b', [{ person: 'y', readiness: '1-2-years' }]),
      role('c', []),
      role('d', []),
    ]);
    expect(coverage).toEqual({
      kind: 'value',
      roles: 4,
      readyNow: { roles: 1, ratio: 0.25 },
      withSuccessor: { roles: 2, ratio: 0.5 },
      withoutSuccessor: 2,
    });
  });

  it('says there is nothing to measure without critical roles rather than showing 0 %', () => {
    expect(assessSuccessionCoverage([])).toMatchObject({ kind: 'insufficient-data', n: 0 });
  });
});
