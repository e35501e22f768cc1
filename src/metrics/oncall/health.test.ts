import { describe, expect, it } from 'vitest';
import { computeOncallHealth, type OncallPerson, type ResolvedPage } from './health.js';
import { isOutOfHours, isSleepHour, toLocalMoment } from './hours.js';
import { resolveLocationTimeZone } from './time-zone.js';

/** Two weeks: Monday 2 March to Monday 16 March 2026, UTC. */
const window = { from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-16T00:00:00Z') };

let next = 0;
function page(person: string | null, at: string, rotation: string | null = 'primary'): ResolvedPage {
  next += 1;
  return {
    pageId: `p${next}`,
    incidentId: `pagerduty:I${next}`,
    at: new Date(at),
    rotation,
    person,
    system: 'pagerduty',
    actor: person ? `P-${person}` : 'PUNKNOWN',
    actorName: person ? null : 'Someone Else',
  };
}

const people = new Map<string, OncallPerson>([
  [
    'person:default/ada',
    { ref: 'person:default/ada', timeZone: 'Europe/Berlin', team: 'team:default/payments' },
  ],
  [
    'person:default/bo',
    { ref: 'person:default/bo', timeZone: 'America/Toronto', team: 'team:default/payments' },
  ],
]);

describe('on-call health', () => {
  it('counts pages per person per week against the target and flags people at or over it', () => {
    const pages = [
      ...['2026-03-02T10:00:00Z', '2026-03-03T10:00:00Z', '2026-03-04T10:00:00Z', '2026-03-10T10:00:00Z'].map(
        (at) => page('person:default/ada', at),
      ),
      page('person:default/bo', '2026-03-05T15:00:00Z'),
    ];
    const health = computeOncallHealth({ window, pages, people });
    if (health.kind !== 'value') throw new Error(health.needs);
    expect(health.weeks).toBe(2);
    expect(
      health.people.map((load) => [load.person, load.pages, load.pagesPerWeek, load.overTarget]),
    ).toEqual([
      ['person:default/ada', 4, 2, true],
      ['person:default/bo', 1, 0.5, false],
    ]);
    expect(health.peopleOverTarget).toEqual(['person:default/ada']);
    expect(health.pagesPerPersonWeek).toBe(1.25);
  });

  it('reads out-of-hours and sleep hours in each person’s own time zone', () => {
    // 21:30 UTC on Tuesday: 22:30 in Berlin (out of hours, asleep), 17:30 in Toronto (working).
    const at = '2026-03-03T21:30:00Z';
    const health = computeOncallHealth({
      window,
      pages: [page('person:default/ada', at), page('person:default/bo', at)],
      people,
    });
    if (health.kind !== 'value') throw new Error(health.needs);
    const byPerson = new Map(health.people.map((load) => [load.person, load]));
    expect(byPerson.get('person:default/ada')).toMatchObject({ outOfHours: 1, sleepHours: 1 });
    expect(byPerson.get('person:default/bo')).toMatchObject({ outOfHours: 0, sleepHours: 0 });
    expect(health.outOfHoursShare).toBe(0.5);
    expect(health.sleepHourPages).toBe(1);
  });

  it('treats a weekend daytime page as out of hours but not as sleep', () => {
    const saturdayNoon = toLocalMoment(new Date('2026-03-07T11:00:00Z'), 'Europe/Berlin');
    expect(isOutOfHours(saturdayNoon)).toBe(true);
    expect(isSleepHour(saturdayNoon)).toBe(false);
    const mondayNine = toLocalMoment(new Date('2026-03-02T08:00:00Z'), 'Europe/Berlin');
    expect(isOutOfHours(mondayNine)).toBe(false);
    const sixFiftyNine = toLocalMoment(new Date('2026-03-02T05:59:00Z'), 'Europe/Berlin');
    expect(isSleepHour(sixFiftyNine)).toBe(true);
  });

  it('measures the busiest person’s share per team and per rotation', () => {
    const pages = [
      page('person:default/ada', '2026-03-02T10:00:00Z', 'primary'),
      page('person:default/ada', '2026-03-03T10:00:00Z', 'primary'),
      page('person:default/ada', '2026-03-04T10:00:00Z', 'secondary'),
      page('person:default/bo', '2026-03-05T15:00:00Z', 'primary'),
    ];
    const health = computeOncallHealth({ window, pages, people });
    if (health.kind !== 'value') throw new Error(health.needs);
    expect(health.teams).toEqual([
      {
        group: 'team:default/payments',
        pages: 4,
        peoplePaged: 2,
        busiest: 'person:default/ada',
        busiestPages: 3,
        share: 0.75,
      },
    ]);
    expect(
      health.rotations.map((rotation) => [rotation.group, rotation.share, rotation.peoplePaged]),
    ).toEqual([
      ['secondary', 1, 1],
      ['primary', 2 / 3, 2],
    ]);
  });

  it('lists pages of unknown people apart and counts them in no figure', () => {
    const health = computeOncallHealth({
      window,
      pages: [
        page(null, '2026-03-02T10:00:00Z'),
        page(null, '2026-03-09T10:00:00Z'),
        page('person:default/bo', '2026-03-05T15:00:00Z'),
      ],
      people,
    });
    if (health.kind !== 'value') throw new Error(health.needs);
    expect(health.pages).toBe(1);
    expect(health.unmatched).toEqual([
      { system: 'pagerduty', actor: 'PUNKNOWN', name: 'Someone Else', pages: 2 },
    ]);
  });

  it('says the data is insufficient when no known person was paged in the window', () => {
    const health = computeOncallHealth({
      window,
      pages: [page('person:default/ada', '2026-04-01T10:00:00Z'), page(null, '2026-03-03T10:00:00Z')],
      people,
    });
    expect(health.kind).toBe('insufficient-data');
    expect(health.unmatched).toHaveLength(1);
  });
});

describe('time zone of a location', () => {
  it('accepts an IANA zone or a city that names exactly one zone, and nothing else', () => {
    expect(resolveLocationTimeZone('Europe/Lisbon')).toBe('Europe/Lisbon');
    expect(resolveLocationTimeZone('Berlin, Germany')).toBe('Europe/Berlin');
    expect(resolveLocationTimeZone('Sao Paulo')).toBe('America/Sao_Paulo');
    expect(resolveLocationTimeZone('Remote')).toBeUndefined();
    expect(resolveLocationTimeZone('Munich, Germany')).toBeUndefined();
    expect(resolveLocationTimeZone(null)).toBeUndefined();
  });
});
