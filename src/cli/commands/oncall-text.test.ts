import { describe, expect, it } from 'vitest';
import type { OncallReport } from '../../services/oncall.service.js';
import { formatOncallReport } from './oncall-text.js';

const report: OncallReport = {
  window: { from: '2026-03-02T00:00:00.000Z', to: '2026-03-16T00:00:00.000Z' },
  timeZone: 'UTC',
  team: null,
  pageOrigins: { sources: 3, records: 0 },
  health: {
    kind: 'value',
    weeks: 2,
    target: 2,
    pages: 3,
    peoplePaged: 2,
    bases: { 'on-call': 1, calendar: 1 },
    pagesPerPersonWeek: 1,
    outOfHoursShare: 0,
    sleepHourPages: 0,
    peopleOverTarget: ['person:default/ada'],
    people: [
      {
        person: 'person:default/ada',
        team: null,
        timeZone: 'UTC',
        pages: 2,
        weeks: 1,
        basis: 'on-call',
        pagesPerWeek: 2,
        outOfHours: 0,
        outOfHoursShare: 0,
        sleepHours: 0,
        overTarget: true,
        incidentIds: [],
      },
    ],
    teams: [],
    rotations: [],
    unmatched: [],
  },
  onCallNow: {
    at: '2026-03-05T10:00:00.000Z',
    shifts: [
      {
        person: 'person:default/ada',
        system: 'pagerduty',
        actor: 'PADA',
        actorName: null,
        rotation: 'Default',
        level: '1',
        until: '2026-03-09T09:00:00.000Z',
      },
      {
        person: null,
        system: 'opsgenie',
        actor: 'u-2',
        actorName: 'two@example.com',
        rotation: 'Platform',
        level: 'Primary',
        until: '2026-03-06T08:00:00.000Z',
      },
    ],
  },
  escalation: [
    {
      id: 'pagerduty:PIKL83L',
      source: 'pagerduty',
      name: 'DevService',
      service: 'service:default/checkout',
      policy: { id: 'pagerduty:PNJQLBU', name: 'Default', levels: 1 },
      risks: [{ kind: 'single-level' }, { kind: 'single-responder', level: 1, responder: 'Keon Amini' }],
    },
    {
      id: 'pagerduty:PPAY001',
      source: 'pagerduty',
      name: 'Payments API',
      service: null,
      policy: { id: 'pagerduty:PESC002', name: 'Payments escalation', levels: 2 },
      risks: [],
    },
  ],
};

describe('on-call report as text', () => {
  it('says which people were measured by their shifts and which by the calendar', () => {
    const text = formatOncallReport(report);
    expect(text).toContain('weeks per person: 1 by time on call (shifts), 1 by calendar weeks (no shifts)');
    expect(text).toMatch(/ada !\s+2\s+2\.00 .*-, 1\.00 on call/);
  });

  it('lists who is on call now, naming an unmatched responder by the source’s name', () => {
    const text = formatOncallReport(report);
    expect(text).toContain('on call now (2026-03-05T10:00Z):');
    expect(text).toMatch(/Default level 1\s+ada until 2026-03-09T09:00Z/);
    expect(text).toMatch(/Platform level Primary\s+opsgenie: two@example.com \(unmatched\) until/);
  });

  it('shows each service’s mapping and policy, flagging a one-level, one-person policy only', () => {
    const lines = formatOncallReport(report).split('\n');
    const dev = lines.find((line) => line.includes('DevService'));
    const payments = lines.find((line) => line.includes('Payments API'));
    expect(dev).toContain(
      '→ checkout; Default, 1 level ! one level: nobody behind the first responder; level 1 is Keon Amini alone',
    );
    expect(payments).toContain('→ unmapped; Payments escalation, 2 levels');
    expect(payments).not.toContain('!');
  });
});
