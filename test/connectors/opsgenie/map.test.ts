import { describe, expect, it } from 'vitest';
import { toOpsgenieIncidents } from '../../../src/connectors/opsgenie/map.js';
import { recordedOpsgenieIncidents, recordedOpsgenieUsers } from '../pagerduty/recorded.js';

const recorded = recordedOpsgenieIncidents();

describe('Opsgenie incidents from DevLake’s recorded payloads', () => {
  it('maps both recorded incidents with severity from the priority and status from the state', () => {
    const mapped = toOpsgenieIncidents(recorded);
    expect(mapped.skipped).toEqual([]);
    expect(mapped.incidents.map(({ record }) => [record.key, record.severity, record.status])).toEqual([
      ['3a74524a-f492-4172-b3f5-6041c7cb404a', 'SEV-3', 'declared'],
      ['3f84e009-7548-4e7d-832a-fa82c1ceb6b1', 'SEV-4', 'resolved'],
    ]);
  });

  it('starts at the impact start and resolves at the impact end', () => {
    const [open, resolved] = toOpsgenieIncidents(recorded).incidents.map((incident) => incident.record);
    expect(open).toMatchObject({ title: 'Incident#1', startedAt: '2023-09-06T14:30:56.346Z' });
    expect(open?.resolvedAt).toBeUndefined();
    expect(resolved).toMatchObject({
      title: 'Incident#2',
      startedAt: '2023-09-05T18:20:28.003Z',
      resolvedAt: '2023-09-05T18:21:21.490Z',
    });
  });

  it('pages the user responder at creation and names the team responder as the rotation, never as a person', () => {
    const [open] = toOpsgenieIncidents(recorded).incidents;
    expect(open?.pages.map((page) => [page.actor, page.via, page.at.toISOString(), page.rotation])).toEqual([
      [
        'b3948a43-fee8-4adc-b7bd-3ac58919f4eb',
        'responder',
        '2023-09-06T14:30:56.346Z',
        'c0259fb8-2068-48c5-ae09-1b116e3579b1',
      ],
    ]);
    expect(open?.record.responders).toEqual(['b3948a43-fee8-4adc-b7bd-3ac58919f4eb']);
  });

  it('names paged users and teams from the User and Team APIs when they are known', () => {
    const users = new Map(
      recordedOpsgenieUsers().map((user) => [user.id as string, user.username as string]),
    );
    users.set('b3948a43-fee8-4adc-b7bd-3ac58919f4eb', 'oncall@example.com');
    const teams = new Map([['c0259fb8-2068-48c5-ae09-1b116e3579b1', 'platform']]);
    const [open] = toOpsgenieIncidents(recorded, { users, teams }).incidents;
    expect(open?.pages[0]).toMatchObject({ actorName: 'oncall@example.com', rotation: 'platform' });
  });

  it('records creation and resolution on the timeline, then each log line as a note', () => {
    const [, resolved] = recorded;
    const withLog = {
      ...resolved,
      logs: [
        {
          log: 'Responders notified',
          type: 'system',
          owner: 'System',
          createdAt: '2023-09-05T18:20:29.000Z',
          offset: '1',
        },
        { log: 42, createdAt: 'then' },
      ],
    };
    const mapped = toOpsgenieIncidents([withLog]);
    const [incident] = mapped.incidents;
    expect(incident?.timeline.map((entry) => [entry.kind, entry.text, entry.at.toISOString()])).toEqual([
      ['declared', 'Incident opened: Incident#2', '2023-09-05T18:20:28.003Z'],
      ['note', 'Responders notified', '2023-09-05T18:20:29.000Z'],
      ['resolved', 'Incident resolved', '2023-09-05T18:21:21.490Z'],
    ]);
    expect(incident?.timeline[1]?.id).toBe('opsgenie:3f84e009-7548-4e7d-832a-fa82c1ceb6b1#log-1');
    expect(mapped.warnings).toHaveLength(1);
    expect(mapped.warnings[0]?.path).toMatch(/^logs\[1\]\./);
  });

  it('maps services and severities through the source’s settings and lists an unmapped service', () => {
    expect(toOpsgenieIncidents(recorded).incidents[0]?.unmappedService).toBe(
      '695bce3d-4621-4630-8ae1-24eb89c22d6e',
    );
    const mapped = toOpsgenieIncidents(recorded, {
      services: { '695bce3d-4621-4630-8ae1-24eb89c22d6e': 'payments' },
      severities: { P5: 'SEV-3' },
    });
    expect(mapped.incidents.map(({ record }) => [record.service, record.severity])).toEqual([
      ['payments', 'SEV-3'],
      ['payments', 'SEV-3'],
    ]);
  });

  it('skips an incident with an unknown priority or no creation time and maps the rest', () => {
    const [open, resolved] = recorded;
    const mapped = toOpsgenieIncidents([
      { ...open, priority: 'urgent' },
      { ...resolved, id: 'og-broken', createdAt: undefined },
      resolved,
    ]);
    expect(mapped.incidents).toHaveLength(1);
    expect(mapped.skipped.map((issue) => [issue.record, issue.path])).toEqual([
      ['opsgenie:3a74524a-f492-4172-b3f5-6041c7cb404a', 'priority'],
      ['opsgenie:og-broken', 'createdAt'],
    ]);
  });
});
