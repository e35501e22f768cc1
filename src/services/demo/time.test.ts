import { describe, expect, it } from 'vitest';
import { addWorkingHours, createOffsetLookup, formatInstant, HOUR_MS, parseDay } from './time.js';

describe('demo time helpers', () => {
  it('formats an instant in a local offset the way git records it', () => {
    const ms = Date.parse('2026-03-04T09:15:30Z');
    expect(formatInstant(ms)).toBe('2026-03-04T09:15:30Z');
    expect(formatInstant(ms, 60)).toBe('2026-03-04T10:15:30+01:00');
    expect(formatInstant(ms, -300)).toBe('2026-03-04T04:15:30-05:00');
  });

  it('follows daylight saving time in the offsets of a zone', () => {
    const offsets = createOffsetLookup();
    expect(offsets('Europe/Berlin', Date.parse('2026-01-15T12:00:00Z'))).toBe(60);
    expect(offsets('Europe/Berlin', Date.parse('2026-07-15T12:00:00Z'))).toBe(120);
    expect(offsets('America/Toronto', Date.parse('2026-01-15T12:00:00Z'))).toBe(-300);
  });

  it('carries working hours over the weekend', () => {
    // Friday 2026-03-06 17:00 in Berlin (+01:00) plus two working hours is Monday 10:00.
    const friday = Date.parse('2026-03-06T16:00:00Z');
    expect(new Date(addWorkingHours(friday, 2, 60)).toISOString()).toBe('2026-03-09T09:00:00.000Z');
    expect(
      addWorkingHours(Date.parse('2026-03-04T09:00:00Z'), 1, 60) - Date.parse('2026-03-04T09:00:00Z'),
    ).toBe(HOUR_MS);
  });

  it('rejects dates that do not exist', () => {
    expect(() => parseDay('2026-02-29')).toThrow(/calendar date/);
    expect(parseDay('2026-03-01')).toBe(Date.parse('2026-03-01T00:00:00Z'));
  });
});
