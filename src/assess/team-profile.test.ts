import { describe, expect, it } from 'vitest';
import { buildTeam } from '../domain/model.test-fixtures.js';
import type { Team } from '../domain/team.js';
import { assessLoad, measureTeamSize, profileTeam, viewInteraction } from './team-profile.js';

/** The orders team, any field overridable. */
const buildOrders = (overrides: Partial<Team> = {}) =>
  buildTeam('orders', { title: 'Orders', mission: 'Take orders', ...overrides });

const member = (name: string, allocation = 1) => ({ person: `person:default/${name}`, allocation });

describe('team size', () => {
  it('compares headcount with the range of the team type and sums allocations as FTE', () => {
    const nine = Array.from({ length: 9 }, (_, i) => member(`p${i}`, i === 0 ? 0.5 : 1));
    expect(measureTeamSize(buildOrders({ members: nine }))).toEqual({
      headcount: 9,
      fte: 8.5,
      range: [5, 8],
      status: 'over',
    });
    expect(measureTeamSize(buildOrders({ type: 'enabling', members: [member('a')] })).status).toBe('under');
    expect(measureTeamSize(buildOrders({ type: 'platform', members: nine.slice(0, 6) })).status).toBe(
      'within',
    );
  });
});

describe('cognitive load', () => {
  it('calls 9 and 10 at capacity and anything above 10 overloaded', () => {
    expect(assessLoad({ date: '2026-01-01', intrinsic: 4, extraneous: 4 }).status).toBe('ok');
    expect(assessLoad({ date: '2026-01-01', intrinsic: 6, extraneous: 3 }).status).toBe('at-capacity');
    expect(assessLoad({ date: '2026-01-01', intrinsic: 6, extraneous: 4 }).status).toBe('at-capacity');
    expect(assessLoad({ date: '2026-01-01', intrinsic: 7, extraneous: 5 })).toMatchObject({
      total: 12,
      status: 'overloaded',
    });
  });

  it('leaves out assessments made after the date and reports the change since the one before', () => {
    const team = buildOrders({
      cognitiveLoad: [
        { date: '2026-01-10', intrinsic: 5, extraneous: 3 },
        { date: '2026-04-10', intrinsic: 6, extraneous: 4 },
        { date: '2026-07-10', intrinsic: 7, extraneous: 5 },
      ],
    });
    const profile = profileTeam(team, '2026-05-01');
    expect(profile.load.map((load) => load.date)).toEqual(['2026-01-10', '2026-04-10']);
    expect(profile.latestLoad?.total).toBe(10);
    expect(profile.loadTrend).toBe(2);
    expect(profileTeam(team, '2026-02-01').loadTrend).toBeNull();
  });
});

describe('interactions', () => {
  const collaboration = {
    mode: 'collaboration' as const,
    with: 'team:default/payments',
    since: '2026-01-01',
  };

  it('flags a collaboration still running after more than six months without an end date', () => {
    const view = viewInteraction(collaboration, '2026-08-01');
    expect(view.state).toBe('active');
    expect(view.days).toBe(212);
    expect(view.flag).toContain('no end date');
  });

  it('does not flag a young collaboration, an ended one or a long x-as-a-service relation', () => {
    expect(viewInteraction(collaboration, '2026-03-01').flag).toBeNull();
    const ended = viewInteraction({ ...collaboration, until: '2026-03-01' }, '2026-12-01');
    expect(ended).toMatchObject({ state: 'ended', days: 59, flag: null });
    expect(viewInteraction({ ...collaboration, mode: 'x-as-a-service' }, '2027-06-01').flag).toBeNull();
  });

  it('calls an interaction that starts after the date planned', () => {
    expect(viewInteraction(collaboration, '2025-12-01')).toMatchObject({ state: 'planned', days: 0 });
  });
});
