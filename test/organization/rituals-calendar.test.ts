import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import type { Ritual } from '../../src/domain/ritual.js';
import { buildRitual } from '../../src/domain/ritual.test-fixtures.js';
import type { LoadedWorkspace } from '../../src/services/context.js';
import { buildVtimezone, ritualAgenda, ritualsCalendar } from '../../src/services/rituals.service.js';

/** The staff meeting, with one agenda item, under `name`. */
const buildMeeting = (cadence: Partial<Ritual['cadence']>, name = 'staff') =>
  buildRitual(cadence, { name, agenda: ['Risks'] });

function buildContext(rituals: Ritual[], timezone = 'Europe/Berlin') {
  const workspace = {
    config: { org: { name: 'Acme', slug: 'acme' }, timezone, fiscalYearStart: 1 },
    model: { people: [], teams: [] },
    rituals,
  } as unknown as LoadedWorkspace;
  return { workspace };
}

describe('buildVtimezone', () => {
  it('lists the Berlin changes of a year with the local time they happen at', () => {
    const text = buildVtimezone('Europe/Berlin', 2026, 2026);
    expect(text).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200',
    );
    expect(text).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100',
    );
    expect(text.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toHaveLength(3);
  });

  it('gives a zone without changes one standard observance', () => {
    const text = buildVtimezone('Asia/Kolkata', 2026, 2027);
    expect(text.match(/BEGIN:STANDARD/g)).toHaveLength(1);
    expect(text).toContain('TZOFFSETTO:+0530');
    expect(text).not.toContain('DAYLIGHT');
  });
});

describe('ritualsCalendar', () => {
  it('writes each ritual in its own zone, with UNTIL in UTC, and a parser expands it the same way', () => {
    const rituals = [
      buildMeeting({ until: '2026-12-31' }),
      buildMeeting({ timezone: 'America/New_York', every: 'monthly', week: 'last', day: 'friday' }, 'review'),
    ];
    const text = ritualsCalendar(buildContext(rituals), new Date('2026-11-25T12:00:00Z'));
    expect(text).toContain('TZID:Europe/Berlin');
    expect(text).toContain('TZID:America/New_York');
    expect(text).toContain('RRULE:FREQ=WEEKLY;UNTIL=20261231T225959Z;BYDAY=MO');
    const events = Object.values(ical.sync.parseICS(text)).filter(
      (item): item is VEvent => item?.type === 'VEVENT',
    );
    const review = events.find((event) => event.uid === 'review@acme.sextant');
    const dates = review?.rrule
      ?.between(new Date('2026-11-01T00:00:00Z'), new Date('2027-04-01T00:00:00Z'), true)
      .map((date) => date.toISOString());
    // Last Fridays at 10:00 New York time, across the change to summer time on 8 March 2027.
    expect(dates).toEqual([
      '2026-11-27T15:00:00.000Z',
      '2026-12-25T15:00:00.000Z',
      '2027-01-29T15:00:00.000Z',
      '2027-02-26T15:00:00.000Z',
      '2027-03-26T14:00:00.000Z',
    ]);
  });
});

describe('ritualAgenda', () => {
  it('takes this week in the workspace time zone when no week is given', () => {
    // Sunday 23:30 UTC is already Monday in Berlin: the agenda is that of the new week.
    const agenda = ritualAgenda(
      buildContext([buildMeeting({})]),
      undefined,
      new Date('2026-11-29T23:30:00Z'),
    );
    expect(agenda.week).toBe('2026-11-30');
    expect(agenda.items.map((item) => item.occurrence.date)).toEqual(['2026-11-30']);
  });
});
