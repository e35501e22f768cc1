import { describe, expect, it } from 'vitest';
import { computeOncallHealth, type OncallPerson, type ResolvedPage } from './health.js';
import { listShiftsAt, measureCoverage, type OncallShift } from './shift.js';

/** Two weeks: Monday 2 March to Monday 16 March 2026, UTC. */
const window = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-16T00:00:00Z') };
const DAY = 86_400_000;

const span = (from: string, to: string) => ({ startsAt: new Date(from), endsAt: new Date(to) });

function shift(actor: string, level: string, from: string, to: string): OncallShift {
  return {
    id: `pagerduty:Default#${level}#${actor}#${from}`,
    source: 'pagerduty',
    system: 'pagerduty',
    actor,
    actorName: null,
    rotation: 'Default',
    level,
    ...span(from, to),
  };
}

let next = 0;
function page(person: string, at: string): ResolvedPage {
  next += 1;
  return {
    pageId: `p${next}`,
    incidentId: `pagerduty:I${next}`,
    at: new Date(at),
    rotation: 'Default',
    person,
    system: 'pagerduty',
    actor: person,
    actorName: null,
  };
}

const people = new Map<string, OncallPerson>(
  ['person:default/ada', 'person:default/bo'].map((ref) => [ref, { ref, timeZone: 'UTC', team: null }]),
);

describe('time covered by shifts', () => {
  it('counts overlapping shifts once and cuts them to the window', () => {
    const covered = measureCoverage(
      [
        span('2026-03-01T00:00:00Z', '2026-03-03T00:00:00Z'),
        span('2026-03-02T12:00:00Z', '2026-03-04T00:00:00Z'),
        span('2026-03-03T00:00:00Z', '2026-03-03T06:00:00Z'),
        span('2026-03-15T00:00:00Z', '2026-03-20T00:00:00Z'),
      ],
      window,
    );
    expect(covered).toBe(2 * DAY + 1 * DAY);
  });

  it('lists who holds a shift at an instant, its end excluded, by level', () => {
    const shifts = [
      shift('PBO', '2', '2026-03-02T09:00:00Z', '2026-03-09T09:00:00Z'),
      shift('PADA', '1', '2026-03-02T09:00:00Z', '2026-03-09T09:00:00Z'),
      shift('PCY', '1', '2026-03-09T09:00:00Z', '2026-03-16T09:00:00Z'),
    ];
    expect(listShiftsAt(shifts, new Date('2026-03-05T00:00:00Z')).map((s) => s.actor)).toEqual([
      'PADA',
      'PBO',
    ]);
    expect(listShiftsAt(shifts, new Date('2026-03-09T09:00:00Z')).map((s) => s.actor)).toEqual(['PCY']);
  });
});

describe('pages per on-call week', () => {
  it('divides a person’s pages by the weeks their shifts cover, and others’ by calendar weeks', () => {
    const health = computeOncallHealth({
      window,
      pages: [
        page('person:default/ada', '2026-03-03T10:00:00Z'),
        page('person:default/ada', '2026-03-04T10:00:00Z'),
        page('person:default/bo', '2026-03-05T10:00:00Z'),
      ],
      // Ada held one week of the two, at two levels at once: still one week on call.
      shifts: [
        { person: 'person:default/ada', ...span('2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z') },
        { person: 'person:default/ada', ...span('2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z') },
        { person: null, ...span('2026-03-02T00:00:00Z', '2026-03-16T00:00:00Z') },
      ],
      people,
    });
    if (health.kind !== 'value') throw new Error(health.needs);
    expect(
      health.people.map((load) => [load.person, load.weeks, load.basis, load.pagesPerWeek, load.overTarget]),
    ).toEqual([
      ['person:default/ada', 1, 'on-call', 2, true],
      ['person:default/bo', 2, 'calendar', 0.5, false],
    ]);
    expect(health.bases).toEqual({ 'on-call': 1, calendar: 1 });
    expect(health.pagesPerPersonWeek).toBe(1);
  });

  it('counts a shift shorter than a day as one day, so one page in an hour is not 168 a week', () => {
    const health = computeOncallHealth({
      window,
      pages: [page('person:default/ada', '2026-03-03T10:30:00Z')],
      shifts: [{ person: 'person:default/ada', ...span('2026-03-03T10:00:00Z', '2026-03-03T11:00:00Z') }],
      people,
    });
    if (health.kind !== 'value') throw new Error(health.needs);
    expect(health.people[0]).toMatchObject({ basis: 'on-call', pagesPerWeek: 7 });
  });

  it('falls back to calendar weeks when a person’s shifts lie outside the window', () => {
    const health = computeOncallHealth({
      window,
      pages: [page('person:default/ada', '2026-03-03T10:30:00Z')],
      shifts: [{ person: 'person:default/ada', ...span('2026-02-01T00:00:00Z', '2026-02-08T00:00:00Z') }],
      people,
    });
    if (health.kind !== 'value') throw new Error(health.needs);
    expect(health.people[0]).toMatchObject({ basis: 'calendar', weeks: 2, pagesPerWeek: 0.5 });
  });
});
