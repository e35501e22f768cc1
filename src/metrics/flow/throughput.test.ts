import { describe, expect, it } from 'vitest';
import { buildWorkItem } from '../../../test/support/records.js';
import type { FlowFacts } from './flow-facts.js';
import { computeThroughput } from './throughput.js';

function completedAt(index: number, at: string) {
  return buildWorkItem(index, {
    transitions: [
      { at: '2026-02-20T09:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
      { at, from: 'In Progress', to: 'Done', toCategory: 'done' },
    ],
  });
}

function facts(workItems: FlowFacts['workItems'], timeZone: string, window: FlowFacts['window']): FlowFacts {
  return { workItems, window, scope: { kind: 'org' }, now: window.to, timeZone };
}

describe('throughput per week', () => {
  // Sunday 1 March 2026, 23:30 UTC is already Monday 2 March, 00:30 in Berlin.
  const sundayNight = completedAt(1, '2026-03-01T23:30:00Z');
  const items = [completedAt(0, '2026-02-24T12:00:00Z'), sundayNight, completedAt(2, '2026-03-04T12:00:00Z')];

  it('puts a Sunday-night completion in the week it ends in UTC', () => {
    const window = { from: new Date('2026-02-23T00:00:00Z'), to: new Date('2026-03-09T00:00:00Z') };
    const result = computeThroughput(facts(items, 'UTC', window));
    expect(result.kind === 'value' && result.weeks.map((week) => [week.week, week.count])).toEqual([
      ['2026-02-23', 2],
      ['2026-03-02', 1],
    ]);
    expect(result.kind === 'value' && result.value).toBe(1.5);
  });

  it('puts the same completion in the next week in Europe/Berlin', () => {
    const window = { from: new Date('2026-02-22T23:00:00Z'), to: new Date('2026-03-08T23:00:00Z') };
    const result = computeThroughput(facts(items, 'Europe/Berlin', window));
    expect(result.kind === 'value' && result.weeks.map((week) => [week.week, week.count])).toEqual([
      ['2026-02-23', 1],
      ['2026-03-02', 2],
    ]);
    expect(result.kind === 'value' && result.weeks[1]?.recordIds).toEqual(['jira:PAY-1', 'jira:PAY-2']);
  });

  it('counts a quiet week as 0 in the median', () => {
    const window = { from: new Date('2026-02-23T00:00:00Z'), to: new Date('2026-03-16T00:00:00Z') };
    const result = computeThroughput(facts(items, 'UTC', window));
    expect(result.kind === 'value' && result.weeks.map((week) => week.count)).toEqual([2, 1, 0]);
    expect(result.kind === 'value' && result.value).toBe(1);
    expect(result.n).toBe(3);
  });

  it('counts an item that went straight to done as completed', () => {
    const straight = buildWorkItem(9, {
      transitions: [{ at: '2026-02-24T12:00:00Z', from: 'To Do', to: 'Done', toCategory: 'done' }],
    });
    const window = { from: new Date('2026-02-23T00:00:00Z'), to: new Date('2026-03-02T00:00:00Z') };
    const result = computeThroughput(facts([straight], 'UTC', window));
    expect(result.kind === 'value' && result.value).toBe(1);
  });

  it('is insufficient data when there are no work items with a status history', () => {
    const window = { from: new Date('2026-02-23T00:00:00Z'), to: new Date('2026-03-02T00:00:00Z') };
    const result = computeThroughput(facts([buildWorkItem(1, { transitions: [] })], 'UTC', window));
    expect(result.kind).toBe('insufficient-data');
    expect(result.kind === 'insufficient-data' && result.needs).toMatch(/status history/);
  });
});
