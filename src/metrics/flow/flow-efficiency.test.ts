import { describe, expect, it } from 'vitest';
import { buildWorkItem } from '../../../test/support/records.js';
import { computeFlowEfficiency } from './flow-efficiency.js';
import type { FlowFacts } from './flow-facts.js';

const HOUR = 3600;
const window = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-02-01T00:00:00Z') };

function facts(workItems: FlowFacts['workItems'], waitingStatuses?: string[]): FlowFacts {
  return { workItems, window, scope: { kind: 'org' }, now: window.to, timeZone: 'UTC', waitingStatuses };
}

// 10 h of cycle time: 4 h in progress, 4 h in review (waiting), 2 h more in progress.
const reviewed = buildWorkItem(1, {
  transitions: [
    { at: '2026-01-05T00:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
    { at: '2026-01-05T04:00:00Z', from: 'In Progress', to: 'In Review', toCategory: 'in-progress' },
    { at: '2026-01-05T08:00:00Z', from: 'In Review', to: 'In Progress', toCategory: 'in-progress' },
    { at: '2026-01-05T10:00:00Z', from: 'In Progress', to: 'Done', toCategory: 'done' },
  ],
});

describe('flow efficiency', () => {
  it('divides time outside the declared waiting statuses by cycle time', () => {
    const result = computeFlowEfficiency(facts([reviewed], ['in review']));
    expect(result.kind === 'value' && result.value).toBeCloseTo(0.6, 10);
    expect(result.kind === 'value' && result.numerator).toBe(6 * HOUR);
    expect(result.kind === 'value' && result.denominator).toBe(10 * HOUR);
  });

  it('counts time moved back to to-do inside the cycle as waiting', () => {
    const parked = buildWorkItem(2, {
      transitions: [
        { at: '2026-01-05T00:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
        { at: '2026-01-05T02:00:00Z', from: 'In Progress', to: 'To Do', toCategory: 'todo' },
        { at: '2026-01-05T06:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
        { at: '2026-01-05T08:00:00Z', from: 'In Progress', to: 'Done', toCategory: 'done' },
      ],
    });
    const result = computeFlowEfficiency(facts([parked], ['Blocked']));
    expect(result.kind === 'value' && result.value).toBeCloseTo(0.5, 10);
  });

  it('pools items, so a long item weighs by its length', () => {
    const quick = buildWorkItem(3, {
      transitions: [
        { at: '2026-01-06T00:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
        { at: '2026-01-06T10:00:00Z', from: 'In Progress', to: 'Done', toCategory: 'done' },
      ],
    });
    const result = computeFlowEfficiency(facts([reviewed, quick], ['In Review']));
    expect(result.kind === 'value' && result.value).toBeCloseTo(16 / 20, 10);
    expect(result.n).toBe(2);
  });

  it('is insufficient data when no waiting status is declared', () => {
    const result = computeFlowEfficiency(facts([reviewed]));
    expect(result.kind).toBe('insufficient-data');
    expect(result.kind === 'insufficient-data' && result.needs).toMatch(/waiting statuses/);
  });
});
