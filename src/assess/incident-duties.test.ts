import { describe, expect, it } from 'vitest';
import type { RoleAssignment, TimelineEntry } from '../domain/incident-lifecycle.js';
import { DEFAULT_SEVERITY_POLICIES, type SeverityPolicy } from '../domain/incident-policy.js';
import type { Severity } from '../domain/records/incident.js';
import { assessIncidentDuties, computeAcknowledgementDue, type DutyInput } from './incident-duties.js';

function build(overrides: Partial<DutyInput['incident']> = {}, severity: Severity = 'SEV-1'): DutyInput {
  return {
    incident: { status: 'declared', startedAt: '2026-03-04T10:00:00Z', ...overrides },
    timeline: [],
    roles: [],
    policy: DEFAULT_SEVERITY_POLICIES[severity],
    timeZone: 'Europe/Berlin',
  };
}

function update(audience: TimelineEntry['audience'], at: string): TimelineEntry {
  return {
    id: `i#${at}`,
    incidentId: 'i',
    at: new Date(at),
    kind: 'update',
    audience,
    actor: null,
    text: 'status',
    source: 'sextant',
  };
}

const at = (iso: string) => new Date(iso);
const kinds = (duties: { kind: string; audience?: string }[]) =>
  duties.map((d) => (d.audience ? `${d.kind}:${d.audience}` : d.kind));

describe('assessIncidentDuties', () => {
  it('flags a SEV-1 nobody acknowledged or commands six minutes in, and executives not told', () => {
    const duties = assessIncidentDuties(build(), at('2026-03-04T10:06:00Z'));
    expect(kinds(duties.overdue)).toEqual(['executive-notification', 'acknowledge', 'commander']);
    expect(duties.overdue.find((d) => d.kind === 'acknowledge')?.overdueSeconds).toBe(60);
    expect(duties.overdue.find((d) => d.kind === 'executive-notification')?.overdueSeconds).toBe(360);
    expect(kinds(duties.upcoming)).toEqual(['update:internal', 'update:external']);
    expect(duties.upcoming[0]?.dueAt.toISOString()).toBe('2026-03-04T10:15:00.000Z');
  });

  it('owes nothing overdue at the declaration instant, and lists what comes due, soonest first', () => {
    const duties = assessIncidentDuties(build({}, 'SEV-2'), at('2026-03-04T10:00:00Z'));
    expect(duties.overdue).toEqual([]);
    expect(duties.upcoming.map((d) => `${kinds([d])[0]}@${d.dueAt.toISOString().slice(11, 16)}`)).toEqual([
      'acknowledge@10:15',
      'commander@10:15',
      'update:internal@10:30',
      'update:external@11:00',
      'executive-notification@11:00',
    ]);
  });

  it('counts an acknowledgement time, an acknowledged entry or a later status as acknowledged', () => {
    const now = at('2026-03-04T12:00:00Z');
    const late = (input: DutyInput) =>
      kinds(assessIncidentDuties(input, now).overdue).includes('acknowledge');
    expect(late(build())).toBe(true);
    expect(late(build({ acknowledgedAt: '2026-03-04T10:03:00Z' }))).toBe(false);
    expect(late(build({ status: 'investigating' }))).toBe(false);
    const acked = {
      ...build(),
      timeline: [{ ...update(null, '2026-03-04T10:02:00Z'), kind: 'acknowledged' as const }],
    };
    expect(late(acked)).toBe(false);
  });

  it('takes the commander from the role spans, else from the record as imported', () => {
    const now = at('2026-03-04T12:00:00Z');
    const missing = (input: DutyInput) =>
      kinds(assessIncidentDuties(input, now).overdue).includes('commander');
    const span: RoleAssignment = {
      incidentId: 'i',
      role: 'commander',
      person: 'person:default/ana',
      since: at('2026-03-04T10:01:00Z'),
      until: null,
    };
    expect(missing({ ...build(), roles: [span] })).toBe(false);
    expect(missing({ ...build(), roles: [{ ...span, role: 'scribe' }] })).toBe(true);
    expect(missing(build({ commander: 'PXYZ123' }))).toBe(false);
    expect(missing(build({}, 'SEV-3'))).toBe(false);
  });

  it('restarts each audience’s cadence from its own latest update', () => {
    const input = {
      ...build({ status: 'investigating', commander: 'person:default/ana' }, 'SEV-2'),
      timeline: [update('internal', '2026-03-04T10:25:00Z'), update('executive', '2026-03-04T10:40:00Z')],
    };
    const duties = assessIncidentDuties(input, at('2026-03-04T11:05:00Z'));
    expect(duties.overdue.map((d) => [kinds([d])[0], d.overdueSeconds])).toEqual([
      ['update:internal', 10 * 60],
      ['update:external', 5 * 60],
    ]);
    expect(duties.upcoming.map((d) => [kinds([d])[0], d.dueAt.toISOString()])).toEqual([
      ['update:executive', '2026-03-04T12:40:00.000Z'],
    ]);
  });

  it('owes nothing once the incident is resolved or reviewed', () => {
    for (const status of ['resolved', 'reviewed'] as const) {
      expect(assessIncidentDuties(build({ status }), at('2026-03-05T10:00:00Z'))).toEqual({
        open: false,
        overdue: [],
        upcoming: [],
      });
    }
  });

  it('follows a workspace policy that overrides the defaults', () => {
    const policy: SeverityPolicy = {
      ...DEFAULT_SEVERITY_POLICIES['SEV-3'],
      responseMinutes: 10,
      commanderRequired: true,
    };
    const duties = assessIncidentDuties({ ...build({}, 'SEV-3'), policy }, at('2026-03-04T10:11:00Z'));
    expect(kinds(duties.overdue)).toEqual(['acknowledge', 'commander']);
  });
});

describe('computeAcknowledgementDue for next-business-day', () => {
  const sev4 = DEFAULT_SEVERITY_POLICIES['SEV-4'];

  it('gives a Wednesday incident until the end of Thursday, local time', () => {
    expect(computeAcknowledgementDue(at('2026-03-04T15:00:00Z'), sev4, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-05T23:00:00.000Z',
    );
  });

  it('skips the weekend: a Friday evening incident is due by the end of Monday', () => {
    expect(computeAcknowledgementDue(at('2026-03-06T17:00:00Z'), sev4, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-09T23:00:00.000Z',
    );
  });

  it('reads the day in the workspace time zone: late Friday UTC is already Saturday in Tokyo', () => {
    // 2026-03-06T16:00Z is Saturday 01:00 in Tokyo: next business day is Monday, due Tuesday 00:00 JST.
    expect(computeAcknowledgementDue(at('2026-03-06T16:00:00Z'), sev4, 'Asia/Tokyo').toISOString()).toBe(
      '2026-03-09T15:00:00.000Z',
    );
    // The same instant is Friday in Berlin: still Monday, due at Tuesday 00:00 CET.
    expect(computeAcknowledgementDue(at('2026-03-06T16:00:00Z'), sev4, 'Europe/Berlin').toISOString()).toBe(
      '2026-03-09T23:00:00.000Z',
    );
  });

  it('ends the business day at local midnight across a daylight-saving change', () => {
    // Friday evening in Los Angeles; clocks go forward on Sunday 8 March, so Tuesday 00:00 is UTC-7.
    expect(
      computeAcknowledgementDue(at('2026-03-07T03:00:00Z'), sev4, 'America/Los_Angeles').toISOString(),
    ).toBe('2026-03-10T07:00:00.000Z');
  });

  it('flags a SEV-4 still unacknowledged after that deadline, and not before', () => {
    const input = build({ startedAt: '2026-03-06T17:00:00Z' }, 'SEV-4');
    expect(assessIncidentDuties(input, at('2026-03-09T22:59:00Z')).overdue).toEqual([]);
    expect(kinds(assessIncidentDuties(input, at('2026-03-09T23:01:00Z')).overdue)).toEqual(['acknowledge']);
  });
});
