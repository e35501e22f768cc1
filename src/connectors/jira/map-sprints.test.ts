import { describe, expect, it } from 'vitest';
import { readDevlakeJira, readGoJira } from '../../../test/connectors/jira/recorded.js';
import { toSprint, toSprints } from './map-sprints.js';

const boardSprints = (readGoJira('sprints') as { values: unknown[] }).values;

describe('mapping Jira sprints', () => {
  it('maps a board’s recorded sprints with UTC instants, keyed by board and sprint id', () => {
    const { records, skipped } = toSprints(boardSprints, 734);
    expect(skipped).toEqual([]);
    expect(records.map((sprint) => [sprint.key, sprint.state])).toEqual([
      ['734/740', 'closed'],
      ['734/776', 'closed'],
      ['734/807', 'closed'],
      ['734/832', 'active'],
      ['734/845', 'future'],
      ['734/846', 'future'],
    ]);
    expect(records[0]).toEqual({
      source: 'jira',
      key: '734/740',
      board: '734',
      name: 'Iteration-10',
      state: 'closed',
      startedAt: '2016-04-11T14:29:03.294Z',
      endsAt: '2016-04-27T15:29:00.000Z',
      completedAt: '2016-04-28T12:08:48.543Z',
    });
  });

  it('leaves the dates of a sprint not yet started empty and keeps a goal only when one is set', () => {
    const { records } = toSprints(boardSprints, 734);
    const active = records.find((sprint) => sprint.key === '734/832');
    expect(active).toMatchObject({ startedAt: '2016-06-20T20:24:39.161Z', completedAt: null });
    const [minimal, withGoal] = records.slice(4);
    expect(minimal).toMatchObject({ startedAt: null, endsAt: null, completedAt: null });
    expect(minimal).not.toHaveProperty('goal');
    expect(withGoal?.goal).toBe('My Goal');
  });

  it('drops the empty goals a Jira Cloud site sends and maps every recorded Cloud sprint', () => {
    const payloads = readDevlakeJira('sprints').map((row) => row.data);
    const { records, skipped } = toSprints(payloads, 8);
    expect(skipped).toEqual([]);
    expect(records).toHaveLength(30);
    expect(records.every((sprint) => sprint.goal === undefined)).toBe(true);
    expect(records[0]).toMatchObject({
      key: '8/7',
      name: 'EE Sprint 7',
      completedAt: '2020-06-22T05:59:58.980Z',
    });
  });

  it('reads an upper-case Data Center state as the same state', () => {
    const result = toSprint({ id: 3, name: 'Sprint 3', state: 'ACTIVE' }, 12);
    expect(result).toMatchObject({ kind: 'record', record: { key: '12/3', state: 'active' } });
  });

  it('skips a sprint in an unknown state or with a bad date, naming it, and maps the rest', () => {
    const payloads = [
      { id: 1, name: 'Sprint 1', state: 'paused' },
      { id: 2, name: 'Sprint 2', state: 'closed', startDate: 'last Monday' },
      { name: 'No id', state: 'future' },
      boardSprints[0],
    ];
    const { records, skipped } = toSprints(payloads, 734);
    expect(records.map((sprint) => sprint.key)).toEqual(['734/740']);
    expect(skipped).toEqual([
      expect.objectContaining({ record: 'jira:734/1', path: 'state', found: 'paused' }),
      expect.objectContaining({ record: 'jira:734/2', path: 'startDate' }),
      expect.objectContaining({ record: 'jira:734/(sprint #3 of the board)', path: 'id' }),
    ]);
  });
});
