import { describe, expect, it } from 'vitest';
import { toPagerDutyIncidents } from '../../../src/connectors/pagerduty/map.js';
import { toPagerDutyShifts } from '../../../src/connectors/pagerduty/map-oncalls.js';
import { RESOLVED_INCIDENT_TIMELINE, readSnapshot, recordedPagerDutyIncidents } from './recorded.js';

const recorded = recordedPagerDutyIncidents();
const byKey = (key: string) => {
  const mapped = toPagerDutyIncidents(recorded).incidents.find((incident) => incident.record.key === key);
  if (!mapped) throw new Error(`no mapped incident ${key}`);
  return mapped;
};

describe('PagerDuty incidents from DevLake’s recorded payloads', () => {
  it('maps all three recorded incidents with their statuses, skipping none', () => {
    const mapped = toPagerDutyIncidents(recorded);
    expect(mapped.skipped).toEqual([]);
    expect(mapped.warnings).toEqual([]);
    expect(mapped.incidents.map(({ record }) => [record.key, record.status, record.severity])).toEqual([
      ['Q3YON8WNWTZMRQ', 'declared', 'SEV-2'],
      ['Q3CZAU7Q4008QD', 'investigating', 'SEV-2'],
      ['Q1OHFWFP3GPXOG', 'resolved', 'SEV-4'],
    ]);
  });

  it('takes acknowledgement and resolution times from the log, at second precision in UTC', () => {
    const resolved = byKey('Q1OHFWFP3GPXOG').record;
    expect(resolved).toMatchObject({
      title: 'Spamming logs',
      startedAt: '2022-11-03T06:45:36.000Z',
      acknowledgedAt: '2022-11-03T06:45:46.000Z',
      resolvedAt: '2022-11-03T06:51:44.000Z',
    });
    // Triggered again after an acknowledgement timed out: the first acknowledgement still counts.
    const retriggered = byKey('Q3YON8WNWTZMRQ').record;
    expect(retriggered.acknowledgedAt).toBe('2022-11-03T06:23:07.000Z');
    expect(retriggered.resolvedAt).toBeUndefined();
  });

  it('pages the same people DevLake assigned incident #4 to, once each, at their first assignment', () => {
    const expected = readSnapshot('pagerduty/snapshot_tables/_tool_pagerduty_assignments.csv')
      .filter((row) => row.incident_number === '4')
      .map((row) => ({ actor: row.user_id, at: new Date(row.assigned_at as string).toISOString() }))
      .sort((a, b) => a.at.localeCompare(b.at));
    const { pages, record } = byKey('Q3YON8WNWTZMRQ');
    expect(pages.map((page) => ({ actor: page.actor, at: page.at.toISOString() }))).toEqual(expected);
    expect(pages.map((page) => page.actorName)).toEqual(['Keon Amini', 'Kian Amini']);
    expect(pages.every((page) => page.rotation === 'Default' && page.via === 'assignment')).toBe(true);
    expect(record.responders).toEqual(['PQYACO3', 'P25K520']);
  });

  it('pages whoever acknowledged an incident that has no current assignee', () => {
    const { pages } = byKey('Q1OHFWFP3GPXOG');
    expect(pages.map((page) => [page.actor, page.via, page.at.toISOString()])).toEqual([
      ['PQYACO3', 'acknowledgement', '2022-11-03T06:45:46.000Z'],
    ]);
  });

  it('turns the log into a timeline without the notifications, with stable ids', () => {
    const { timeline } = byKey('Q1OHFWFP3GPXOG');
    expect(timeline.map((entry) => entry.kind)).toEqual(RESOLVED_INCIDENT_TIMELINE);
    expect(timeline.at(-1)).toMatchObject({
      id: 'pagerduty:Q1OHFWFP3GPXOG#R9YCUW9415E8RMKPGRX149JZYI',
      incidentId: 'pagerduty:Q1OHFWFP3GPXOG',
      actor: 'PQYACO3',
      text: 'Resolved by Keon Amini.',
      source: 'pagerduty',
    });
    expect(byKey('Q3YON8WNWTZMRQ').timeline).toHaveLength(19);
    expect(toPagerDutyIncidents(recorded).incidents[2]?.timeline).toEqual(timeline);
  });

  it('reads severities and services through the source’s mapping', () => {
    const mapped = toPagerDutyIncidents(recorded, {
      severities: { HIGH: 'SEV-1' },
      services: { PIKL83L: 'checkout' },
    });
    expect(mapped.incidents.map(({ record }) => [record.severity, record.service])).toEqual([
      ['SEV-1', 'checkout'],
      ['SEV-1', 'checkout'],
      ['SEV-4', 'checkout'],
    ]);
    expect(mapped.incidents.every((incident) => incident.unmappedService === undefined)).toBe(true);
    expect(byKey('Q3CZAU7Q4008QD').unmappedService).toBe('PIKL83L (DevService)');
    expect(byKey('Q3CZAU7Q4008QD').record.service).toBeUndefined();
  });

  it('reads a priority before the urgency', () => {
    const [first] = recorded;
    const withPriority = { ...first, priority: { id: 'PX', summary: 'P1', name: 'P1' } };
    const [mapped] = toPagerDutyIncidents([withPriority]).incidents;
    expect(mapped?.record.severity).toBe('SEV-1');
  });

  it('skips a malformed incident against its id and keeps the rest, and leaves out a malformed log entry', () => {
    const [first, second, third] = recorded;
    const broken = { ...first, id: 'QBROKEN', created_at: 'yesterday' };
    const badLog = { ...second, log_entries: [...((second?.log_entries as unknown[]) ?? []), { id: 'RX' }] };
    const unknownUrgency = { ...third, id: 'QURGENT', urgency: 'medium' };
    const mapped = toPagerDutyIncidents([broken, badLog, unknownUrgency, third]);
    expect(mapped.incidents.map(({ record }) => record.key)).toEqual(['Q3CZAU7Q4008QD', 'Q1OHFWFP3GPXOG']);
    expect(mapped.skipped.map((issue) => [issue.record, issue.path])).toEqual([
      ['pagerduty:QBROKEN', 'created_at'],
      ['pagerduty:QURGENT', 'urgency'],
    ]);
    expect(mapped.skipped[1]?.found).toBe('"medium"');
    expect(mapped.warnings).toHaveLength(1);
    expect(mapped.warnings[0]).toMatchObject({ record: 'pagerduty:Q3CZAU7Q4008QD' });
    expect(mapped.warnings[0]?.path).toMatch(/^log_entries\[5\]\./);
    expect(mapped.incidents[0]?.timeline).toHaveLength(4);
  });
});

describe('PagerDuty on-call entries', () => {
  it('maps a shift and cuts a permanent level to the window read', () => {
    const window = { since: new Date('2026-03-02T00:00:00Z'), until: new Date('2026-03-09T00:00:00Z') };
    const user = { id: 'PQYACO3', type: 'user_reference', summary: 'Keon Amini' };
    const policy = { id: 'PNJQLBU', type: 'escalation_policy_reference', summary: 'Default' };
    const { shifts, skipped } = toPagerDutyShifts(
      [
        {
          user,
          escalation_policy: policy,
          escalation_level: 1,
          start: '2026-03-02T09:00:00Z',
          end: '2026-03-03T09:00:00Z',
        },
        { user, escalation_policy: policy, escalation_level: 2, start: null, end: null },
        { escalation_policy: policy },
      ],
      window,
    );
    expect(
      shifts.map((shift) => [
        shift.rotation,
        shift.level,
        shift.startsAt.toISOString(),
        shift.endsAt.toISOString(),
      ]),
    ).toEqual([
      ['Default', '1', '2026-03-02T09:00:00.000Z', '2026-03-03T09:00:00.000Z'],
      ['Default', '2', '2026-03-02T00:00:00.000Z', '2026-03-09T00:00:00.000Z'],
    ]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ record: 'pagerduty:(on-call entry #3)', path: 'user' });
  });
});
