import { describe, expect, it } from 'vitest';
import { buildWorkItem } from '../../../test/support/records.js';
import type { FlowFacts } from './flow-facts.js';
import { computeWipToThroughput } from './wip-to-throughput.js';

const window = { from: new Date('2026-01-05T00:00:00Z'), to: new Date('2026-01-19T00:00:00Z') };

function facts(workItems: FlowFacts['workItems']): FlowFacts {
  return { workItems, window, scope: { kind: 'org' }, now: window.to, timeZone: 'UTC' };
}

const inProgress = (index: number) =>
  buildWorkItem(index, {
    transitions: [
      { at: '2026-01-10T00:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
    ],
  });
const done = (index: number, at: string) =>
  buildWorkItem(index, {
    transitions: [
      { at: '2026-01-05T00:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
      { at, from: 'In Progress', to: 'Done', toCategory: 'done' },
    ],
  });

describe('work in progress ÷ weekly throughput', () => {
  it('divides the items in progress at now by the median completed per week', () => {
    const items = [
      inProgress(1),
      inProgress(2),
      inProgress(3),
      done(4, '2026-01-06T00:00:00Z'),
      done(5, '2026-01-07T00:00:00Z'),
      done(6, '2026-01-13T00:00:00Z'),
      done(7, '2026-01-14T00:00:00Z'),
    ];
    const result = computeWipToThroughput(facts(items));
    expect(result.kind === 'value' && result.value).toBe(1.5);
    expect(result.kind === 'value' && result.workInProgress).toBe(3);
    expect(result.kind === 'value' && result.throughputPerWeek).toBe(2);
  });

  it('is insufficient data, not infinity, when nothing was completed', () => {
    const result = computeWipToThroughput(facts([inProgress(1)]));
    expect(result.kind).toBe('insufficient-data');
    expect(result.kind === 'insufficient-data' && result.needs).toMatch(/throughput above 0/);
  });
});
