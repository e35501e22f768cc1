/** The incident timeline and role spans on both engines: idempotent writes, ordered reads, closed spans. */
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src/domain/incident-lifecycle.js';
import {
  assignRole,
  listRoles,
  listTimeline,
  listTimelines,
  upsertTimelineEntries,
} from '../../src/store/incident-lifecycle.repo.js';
import type { Store } from '../../src/store/index.js';
import { openStoreForEachTest, STORE_ENGINES } from '../support/store.js';

function entry(
  incidentId: string,
  key: string,
  at: string,
  overrides: Partial<TimelineEntry> = {},
): TimelineEntry {
  return {
    id: `${incidentId}#${key}`,
    incidentId,
    at: new Date(at),
    kind: 'note',
    audience: null,
    actor: null,
    text: `entry ${key}`,
    source: incidentId.split(':')[0] ?? 'sextant',
    ...overrides,
  };
}

describe.each(STORE_ENGINES)('incident timeline on the %s store', (engine) => {
  let store: Store;
  openStoreForEachTest(engine, (opened) => {
    store = opened;
  });

  it('reads back one incident’s entries oldest first, whatever order they were written in', async () => {
    const late = entry('pagerduty:Q1ABC', 'ack', '2026-03-04T10:20:00Z', {
      kind: 'acknowledged',
      actor: 'PXYZ',
    });
    const early = entry('pagerduty:Q1ABC', 'trigger', '2026-03-04T10:15:00+00:00', { kind: 'declared' });
    const other = entry('sextant:INC-1', '1', '2026-03-04T10:16:00Z');
    expect(await upsertTimelineEntries(store, [late, other, early])).toBe(3);
    expect(await listTimeline(store, 'pagerduty:Q1ABC')).toEqual([early, late]);
    expect(await listTimeline(store, 'sextant:INC-1')).toEqual([other]);
    expect(await listTimeline(store, 'sextant:INC-2')).toEqual([]);
  });

  it('counts only new or changed entries when the same log is imported again', async () => {
    const first = [
      entry('opsgenie:abc', 'a', '2026-03-04T10:15:00Z'),
      entry('opsgenie:abc', 'b', '2026-03-04T10:25:00Z', { kind: 'update', audience: 'executive' }),
    ];
    expect(await upsertTimelineEntries(store, first)).toBe(2);
    expect(await upsertTimelineEntries(store, first)).toBe(0);
    const edited = { ...(first[1] as TimelineEntry), text: 'corrected wording' };
    expect(await upsertTimelineEntries(store, [first[0] as TimelineEntry, edited])).toBe(1);
    const stored = await listTimeline(store, 'opsgenie:abc');
    expect(stored).toHaveLength(2);
    expect(stored[1]?.text).toBe('corrected wording');
    expect(stored[1]?.audience).toBe('executive');
  });

  it('rejects a kind outside the contract and writes none of the batch', async () => {
    const good = entry('sextant:INC-3', 'ok', '2026-03-04T10:15:00Z');
    const bad = entry('sextant:INC-3', 'bad', '2026-03-04T10:16:00Z', {
      kind: 'paged' as TimelineEntry['kind'],
    });
    await expect(upsertTimelineEntries(store, [good, bad])).rejects.toThrow();
    expect(await listTimeline(store, 'sextant:INC-3')).toEqual([]);
  });

  it('groups several incidents’ timelines in one read', async () => {
    await upsertTimelineEntries(store, [
      entry('sextant:INC-1', '2', '2026-03-04T11:00:00Z'),
      entry('sextant:INC-2', '1', '2026-03-04T09:00:00Z'),
      entry('sextant:INC-1', '1', '2026-03-04T10:00:00Z'),
    ]);
    const grouped = await listTimelines(store, ['sextant:INC-1', 'sextant:INC-2', 'sextant:INC-9']);
    expect(grouped.get('sextant:INC-1')?.map((e) => e.id)).toEqual(['sextant:INC-1#1', 'sextant:INC-1#2']);
    expect(grouped.get('sextant:INC-2')).toHaveLength(1);
    expect(grouped.has('sextant:INC-9')).toBe(false);
  });

  it('ends the previous holder’s span when a role changes hands, and ignores a repeat assignment', async () => {
    const id = 'sextant:INC-4';
    expect(
      await assignRole(store, id, 'commander', 'person:default/ana', new Date('2026-03-04T10:00:00Z')),
    ).toBe(true);
    expect(
      await assignRole(store, id, 'commander', 'person:default/ana', new Date('2026-03-04T10:05:00Z')),
    ).toBe(false);
    await assignRole(store, id, 'scribe', 'person:default/bo', new Date('2026-03-04T10:10:00Z'));
    await assignRole(store, id, 'commander', 'person:default/cy', new Date('2026-03-04T11:00:00Z'));
    const roles = await listRoles(store, id);
    expect(
      roles.map((r) => [r.role, r.person, r.since.toISOString(), r.until?.toISOString() ?? null]),
    ).toEqual([
      ['commander', 'person:default/ana', '2026-03-04T10:00:00.000Z', '2026-03-04T11:00:00.000Z'],
      ['scribe', 'person:default/bo', '2026-03-04T10:10:00.000Z', null],
      ['commander', 'person:default/cy', '2026-03-04T11:00:00.000Z', null],
    ]);
  });
});
