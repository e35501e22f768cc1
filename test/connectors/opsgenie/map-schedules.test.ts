import { describe, expect, it } from 'vitest';
import { toOpsgenieIncidents } from '../../../src/connectors/opsgenie/map.js';
import { toOpsgenieShifts } from '../../../src/connectors/opsgenie/map-schedules.js';
import { recordedOpsgenieIncidents } from '../pagerduty/recorded.js';
import { PLATFORM_TIMELINE, RECORDED_USER, RESOLVED_INCIDENT_LOGS, SECOND_USER } from './account.js';

describe('Opsgenie acknowledgements from the incident log', () => {
  const [open, resolved] = recordedOpsgenieIncidents();

  it('takes the acknowledgement time from the first log line that acknowledges', () => {
    const [incident] = toOpsgenieIncidents([{ ...resolved, logs: RESOLVED_INCIDENT_LOGS }]).incidents;
    expect(incident?.record.acknowledgedAt).toBe('2023-09-05T18:20:51.250Z');
    expect(incident?.timeline.filter((entry) => entry.kind === 'acknowledged')).toEqual([
      expect.objectContaining({ actor: RECORDED_USER.name, text: 'Incident acknowledged via web' }),
    ]);
  });

  it('does not read an unacknowledgement as an acknowledgement, and leaves the time unset without one', () => {
    const logs = [
      {
        log: 'Incident unacknowledged via web',
        owner: RECORDED_USER.name,
        createdAt: '2023-09-06T14:31:00Z',
      },
      { log: 'Responders notified', owner: 'System', createdAt: '2023-09-06T14:31:05Z' },
    ];
    const [incident] = toOpsgenieIncidents([{ ...open, logs }]).incidents;
    expect(incident?.record.acknowledgedAt).toBeUndefined();
    expect(incident?.timeline.map((entry) => entry.kind)).toEqual(['declared', 'note', 'note']);
  });
});

describe('Opsgenie schedule timelines', () => {
  it('turns each period of a user into a shift of the schedule, and leaves out team periods', () => {
    const { shifts, skipped } = toOpsgenieShifts([{ scheduleId: 'd875', timeline: PLATFORM_TIMELINE }]);
    expect(skipped).toEqual([]);
    expect(
      shifts.map((shift) => [
        shift.actor,
        shift.rotation,
        shift.level,
        shift.startsAt.toISOString(),
        shift.endsAt.toISOString(),
      ]),
    ).toEqual([
      [
        RECORDED_USER.id,
        'Platform on call',
        'Primary',
        '2023-09-01T00:00:00.000Z',
        '2023-09-04T08:00:00.000Z',
      ],
      [SECOND_USER.id, 'Platform on call', 'Primary', '2023-09-04T08:00:00.000Z', '2023-09-11T08:00:00.000Z'],
    ]);
    expect(shifts[0]).toMatchObject({
      system: 'opsgenie',
      source: 'opsgenie',
      actorName: RECORDED_USER.name,
    });
  });

  it('reports a timeline it cannot read against its schedule and keeps the others', () => {
    const { shifts, skipped } = toOpsgenieShifts([
      { scheduleId: 'broken', timeline: { finalTimeline: { rotations: [] } } },
      { scheduleId: 'd875', timeline: PLATFORM_TIMELINE },
    ]);
    expect(shifts).toHaveLength(2);
    expect(skipped).toEqual([
      expect.objectContaining({ record: 'opsgenie:(schedule broken)', path: '_parent' }),
    ]);
  });
});
