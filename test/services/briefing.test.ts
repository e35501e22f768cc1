import { describe, expect, it } from 'vitest';
import { dateInZone, summarizeModel } from '../../src/services/briefing.service.js';
import { buildOrgModel } from '../support/model.js';

describe('summarizeModel', () => {
  it('counts teams by type and adds up allocations into FTE', () => {
    const summary = summarizeModel(buildOrgModel(), '2026-03-01');
    expect(summary.teamsByType).toEqual({
      'stream-aligned': 1,
      platform: 1,
      enabling: 0,
      'complicated-subsystem': 0,
    });
    expect(summary.teams.map((team) => [team.ref, team.headcount, team.fte])).toEqual([
      ['team:default/checkout', 2, 1.5],
      ['team:default/platform', 1, 0.5],
    ]);
    expect(summary.teams[0]?.sizeRange).toEqual([5, 8]);
  });

  it('names the manager with the most direct reports by display name', () => {
    const summary = summarizeModel(buildOrgModel(), '2026-03-01');
    expect(summary.people).toEqual({
      total: 2,
      managers: 1,
      widestSpan: { manager: 'person:default/ada', displayName: 'Ada Lovelace', reports: 1 },
    });
  });

  it('lists an open dependency as overdue only once its needed-by date has passed', () => {
    expect(summarizeModel(buildOrgModel(), '2026-03-31').dependencies).toEqual({
      total: 1,
      blockingOpen: 1,
      overdue: [],
    });
    expect(summarizeModel(buildOrgModel(), '2026-04-01').dependencies.overdue).toEqual([
      'dependency:default/ledger-api',
    ]);
  });

  it('does not call a delivered dependency overdue', () => {
    const model = buildOrgModel();
    model.dependencies = model.dependencies.map((dependency) => ({ ...dependency, status: 'available' }));
    expect(summarizeModel(model, '2026-05-01').dependencies).toEqual({
      total: 1,
      blockingOpen: 0,
      overdue: [],
    });
  });
});

describe('dateInZone', () => {
  it('gives the calendar date of an instant in the workspace time zone', () => {
    const instant = new Date('2026-03-01T23:30:00Z');
    expect(dateInZone(instant, 'UTC')).toBe('2026-03-01');
    expect(dateInZone(instant, 'Europe/Berlin')).toBe('2026-03-02');
    expect(dateInZone(instant, 'America/Los_Angeles')).toBe('2026-03-01');
  });
});
