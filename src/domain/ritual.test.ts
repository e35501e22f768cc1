import { describe, expect, it } from 'vitest';
import { expandOccurrences, nextOccurrence, type Ritual, weekSpan } from './ritual.js';
import { buildRitual } from './ritual.test-fixtures.js';

const between = (ritual: Ritual, from: string, to: string) =>
  expandOccurrences(ritual, new Date(from), new Date(to));

describe('expandOccurrences', () => {
  it('keeps a weekly meeting at 10:00 local time across the autumn daylight saving change', () => {
    // Berlin leaves summer time on Sunday 25 October 2026.
    const occurrences = between(buildRitual({}), '2026-10-19T00:00:00Z', '2026-11-02T00:00:00Z');
    expect(occurrences.map((o) => o.date)).toEqual(['2026-10-19', '2026-10-26']);
    expect(occurrences.map((o) => o.start.toISOString())).toEqual([
      '2026-10-19T08:00:00.000Z',
      '2026-10-26T09:00:00.000Z',
    ]);
    expect(occurrences[1]?.end.toISOString()).toBe('2026-10-26T10:00:00.000Z');
  });

  it('follows the spring change in another time zone (New York, 8 March 2026)', () => {
    const ritual = buildRitual({ timezone: 'America/New_York', day: 'monday', time: '09:30' });
    const occurrences = between(ritual, '2026-03-01T00:00:00Z', '2026-03-15T00:00:00Z');
    expect(occurrences.map((o) => o.start.toISOString())).toEqual([
      '2026-03-02T14:30:00.000Z',
      '2026-03-09T13:30:00.000Z',
    ]);
  });

  it('places a monthly ritual on the first Monday of each month', () => {
    const ritual = buildRitual({ every: 'monthly', week: 1 });
    const dates = between(ritual, '2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z').map((o) => o.date);
    expect(dates).toEqual(['2026-01-05', '2026-02-02', '2026-03-02', '2026-04-06', '2026-05-04']);
  });

  it('places a "last" week on the last such weekday, even in a five-week month', () => {
    const ritual = buildRitual({ every: 'monthly', day: 'thursday', week: 'last' });
    const dates = between(ritual, '2026-04-01T00:00:00Z', '2026-06-01T00:00:00Z').map((o) => o.date);
    expect(dates).toEqual(['2026-04-30', '2026-05-28']);
  });

  it('counts quarters from the fiscal year start', () => {
    // Fiscal year from February: quarters start in February, May, August and November.
    const ritual = buildRitual({ every: 'quarterly', week: 1, month: 1, fiscalYearStart: 2 });
    const dates = between(ritual, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z').map((o) => o.date);
    expect(dates).toEqual(['2026-02-02', '2026-05-04', '2026-08-03', '2026-11-02']);
  });

  it('meets every other week counted from the first day', () => {
    const ritual = buildRitual({ every: 'biweekly', day: 'wednesday', starts: '2026-01-07' });
    const dates = between(ritual, '2026-01-01T00:00:00Z', '2026-02-10T00:00:00Z').map((o) => o.date);
    expect(dates).toEqual(['2026-01-07', '2026-01-21', '2026-02-04']);
  });

  it('stops after the last day and starts on the first', () => {
    const ritual = buildRitual({ starts: '2026-03-09', until: '2026-03-23' });
    const dates = between(ritual, '2026-03-01T00:00:00Z', '2026-04-30T00:00:00Z').map((o) => o.date);
    expect(dates).toEqual(['2026-03-09', '2026-03-16', '2026-03-23']);
  });

  it('leaves out an occurrence that starts before the window, even on the same day', () => {
    const ritual = buildRitual({});
    expect(between(ritual, '2026-10-19T08:00:01Z', '2026-10-20T00:00:00Z')).toEqual([]);
  });
});

describe('nextOccurrence', () => {
  it('finds the next meeting after now, not the one that has already started', () => {
    const next = nextOccurrence(buildRitual({}), new Date('2026-11-23T09:30:00Z'));
    expect(next?.date).toBe('2026-11-30');
  });

  it('is null once the ritual has ended', () => {
    expect(nextOccurrence(buildRitual({ until: '2026-01-31' }), new Date('2026-06-01T00:00:00Z'))).toBeNull();
  });
});

describe('weekSpan', () => {
  it('runs from local Monday midnight to the next, in the time zone', () => {
    const span = weekSpan('2026-10-29', 'Europe/Berlin');
    expect(span.monday).toBe('2026-10-26');
    expect(span.from.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(span.to.toISOString()).toBe('2026-11-01T23:00:00.000Z');
  });
});
