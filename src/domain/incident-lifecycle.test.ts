import { describe, expect, it } from 'vitest';
import {
  checkEntryTime,
  checkTransition,
  findRoleHolders,
  type RoleAssignment,
  type TimelineEntry,
} from './incident-lifecycle.js';

const declaredAt = new Date('2026-03-04T10:00:00Z');

function entry(kind: TimelineEntry['kind'], at: string, text: string = kind): TimelineEntry {
  return {
    id: `x#${at}`,
    incidentId: 'sextant:INC-1',
    at: new Date(at),
    kind,
    audience: null,
    actor: null,
    text,
    source: 'sextant',
  };
}

describe('checkTransition', () => {
  it('allows each forward step and the skips an open incident may take', () => {
    expect(checkTransition('declared', 'investigating').ok).toBe(true);
    expect(checkTransition('declared', 'mitigated').ok).toBe(true);
    expect(checkTransition('investigating', 'resolved').ok).toBe(true);
    expect(checkTransition('mitigated', 'resolved').ok).toBe(true);
    expect(checkTransition('resolved', 'reviewed').ok).toBe(true);
  });

  it('lets a false alarm go straight from declared to resolved, but not to reviewed', () => {
    expect(checkTransition('declared', 'resolved').ok).toBe(true);
    expect(checkTransition('declared', 'reviewed')).toEqual({
      ok: false,
      reason:
        'The incident is declared: declared cannot move to reviewed; it can move to investigating, mitigated, resolved',
    });
  });

  it('refuses a move backwards, naming the current status and the moves it allows', () => {
    const check = checkTransition('mitigated', 'investigating');
    expect(check.ok).toBe(false);
    if (!check.ok)
      expect(check.reason).toBe(
        'The incident is mitigated: mitigated cannot move to investigating; it can move to resolved',
      );
  });

  it('says a reviewed incident is final and a repeated status is already held', () => {
    const final = checkTransition('reviewed', 'resolved');
    expect(!final.ok && final.reason).toBe(
      'The incident is reviewed: reviewed cannot move to resolved; it is final',
    );
    const same = checkTransition('investigating', 'investigating');
    expect(!same.ok && same.reason).toContain('it is investigating already');
  });
});

describe('checkEntryTime', () => {
  const timeline = [
    entry('declared', '2026-03-04T10:00:00Z'),
    entry('status', '2026-03-04T10:30:00Z', 'declared → investigating'),
    entry('note', '2026-03-04T10:45:00Z'),
  ];

  it('refuses any entry before the declaration', () => {
    const check = checkEntryTime(declaredAt, timeline, new Date('2026-03-04T09:59:00Z'), 'note');
    expect(!check.ok && check.reason).toBe(
      '2026-03-04T09:59:00.000Z is before the incident was declared (2026-03-04T10:00:00.000Z)',
    );
  });

  it('refuses a status change earlier than the latest status change', () => {
    const check = checkEntryTime(declaredAt, timeline, new Date('2026-03-04T10:20:00Z'), 'resolved');
    expect(!check.ok && check.reason).toContain(
      'would come before the latest one (2026-03-04T10:30:00.000Z: declared → investigating)',
    );
  });

  it('accepts a back-filled note and a status change after the last status move but before a later note', () => {
    expect(checkEntryTime(declaredAt, timeline, new Date('2026-03-04T10:10:00Z'), 'note').ok).toBe(true);
    expect(checkEntryTime(declaredAt, timeline, new Date('2026-03-04T10:40:00Z'), 'status').ok).toBe(true);
    expect(checkEntryTime(declaredAt, timeline, new Date('2026-03-04T10:30:00Z'), 'status').ok).toBe(true);
  });
});

describe('findRoleHolders', () => {
  const span = (
    role: RoleAssignment['role'],
    person: string,
    since: string,
    until: string | null = null,
  ): RoleAssignment => ({
    incidentId: 'sextant:INC-1',
    role,
    person,
    since: new Date(since),
    until: until ? new Date(until) : null,
  });
  const roles = [
    span('commander', 'ana', '2026-03-04T10:00:00Z', '2026-03-04T11:00:00Z'),
    span('commander', 'bo', '2026-03-04T11:00:00Z'),
    span('scribe', 'cy', '2026-03-04T10:30:00Z'),
  ];

  it('names who held each role at an instant, the handover instant belonging to the new holder', () => {
    expect(findRoleHolders(roles, new Date('2026-03-04T10:15:00Z'))).toEqual({ commander: 'ana' });
    expect(findRoleHolders(roles, new Date('2026-03-04T11:00:00Z'))).toEqual({
      commander: 'bo',
      scribe: 'cy',
    });
  });

  it('names nobody before the first assignment', () => {
    expect(findRoleHolders(roles, new Date('2026-03-04T09:00:00Z'))).toEqual({});
  });
});
