import { describe, expect, it } from 'vitest';
import type { Risk } from '../domain/risk.js';
import {
  assess,
  buildHeatMap,
  isMitigationOverdue,
  isReviewOverdue,
  levelOf,
  residualOf,
} from './risk-score.js';

function buildRisk(overrides: Partial<Risk> = {}): Risk {
  return {
    id: 'R-1',
    title: 'A risk',
    description: null,
    category: 'technical',
    owner: 'person:default/ada',
    teams: [],
    services: [],
    okrs: [],
    reviewDate: '2026-12-01',
    status: 'open',
    likelihood: 3,
    impact: 4,
    residual: null,
    mitigations: [],
    indicators: [],
    ...overrides,
  };
}

describe('risk scoring', () => {
  it('scores likelihood times impact and reads the score in four bands', () => {
    expect(assess({ likelihood: 3, impact: 4 })).toEqual({
      likelihood: 3,
      impact: 4,
      score: 12,
      level: 'high',
    });
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(levelOf)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });

  it('takes the inherent position as residual until a residual one is assessed', () => {
    expect(residualOf(buildRisk()).score).toBe(12);
    expect(residualOf(buildRisk({ residual: { likelihood: 1, impact: 4 } }))).toMatchObject({
      score: 4,
      level: 'low',
    });
  });
});

describe('the heat map', () => {
  it('counts open risks at their inherent and residual cells and leaves closed ones out', () => {
    const map = buildHeatMap([
      buildRisk({ id: 'a', likelihood: 5, impact: 5, residual: { likelihood: 2, impact: 5 } }),
      buildRisk({ id: 'b', likelihood: 5, impact: 5 }),
      buildRisk({ id: 'c', likelihood: 1, impact: 1, status: 'closed' }),
    ]);
    expect(map.total).toBe(2);
    expect(map.inherent[4]?.[4]).toBe(2);
    expect(map.inherentIds[4]?.[4]).toEqual(['a', 'b']);
    expect(map.residual[1]?.[4]).toBe(1);
    expect(map.residual[4]?.[4]).toBe(1);
    expect(map.inherent[0]?.[0]).toBe(0);
    expect(map.byLevel.residual).toEqual({ low: 0, medium: 0, high: 1, critical: 1 });
  });
});

describe('overdue reviews and mitigations', () => {
  it('flags a review whose day has passed, but not on the day itself nor for a closed risk', () => {
    expect(isReviewOverdue({ reviewDate: '2026-11-22', status: 'open' }, '2026-11-23')).toBe(true);
    expect(isReviewOverdue({ reviewDate: '2026-11-23', status: 'open' }, '2026-11-23')).toBe(false);
    expect(isReviewOverdue({ reviewDate: '2026-01-01', status: 'closed' }, '2026-11-23')).toBe(false);
  });

  it('flags an unfinished mitigation past its due date, not a done or dropped one', () => {
    expect(isMitigationOverdue({ due: '2026-11-01', status: 'in-progress' }, '2026-11-23')).toBe(true);
    expect(isMitigationOverdue({ due: '2026-11-01', status: 'done' }, '2026-11-23')).toBe(false);
    expect(isMitigationOverdue({ due: '2026-11-01', status: 'dropped' }, '2026-11-23')).toBe(false);
    expect(isMitigationOverdue({ due: '2026-11-30', status: 'planned' }, '2026-11-23')).toBe(false);
  });
});
