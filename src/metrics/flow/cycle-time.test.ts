import { describe, expect, it } from 'vitest';
import { buildWorkItem } from '../../../test/support/records.js';
import { computeCycleTime } from './cycle-time.js';
import type { FlowFacts } from './flow-facts.js';

const DAY = 86_400;
const window = { from: new Date('2026-01-05T00:00:00Z'), to: new Date('2026-01-19T00:00:00Z') };

function facts(workItems: FlowFacts['workItems'], extra: Partial<FlowFacts> = {}): FlowFacts {
  return { workItems, window, scope: { kind: 'org' }, now: window.to, timeZone: 'UTC', ...extra };
}

describe('cycle time', () => {
  it('measures from the first move into progress to the move into done', () => {
    // buildWorkItem: in progress 3 Jan 09:00, done 9 Jan 16:00.
    const result = computeCycleTime(facts([buildWorkItem(1)]));
    expect(result.kind).toBe('value');
    if (result.kind !== 'value') return;
    expect(result.median).toBe(6 * DAY + 7 * 3600);
    expect(result.n).toBe(1);
    expect(result.recordIds).toEqual(['jira:PAY-1']);
    expect(result.metric).toEqual({ id: 'flow.cycle-time', version: 1 });
  });

  it('measures a re-opened item from its first start to its last completion, in the window of that completion', () => {
    const reopened = buildWorkItem(2, {
      transitions: [
        { at: '2026-01-01T09:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
        { at: '2026-01-02T09:00:00Z', from: 'In Progress', to: 'Done', toCategory: 'done' },
        { at: '2026-01-06T09:00:00Z', from: 'Done', to: 'Reopened', toCategory: 'in-progress' },
        { at: '2026-01-08T09:00:00Z', from: 'Reopened', to: 'Done', toCategory: 'done' },
      ],
    });
    const result = computeCycleTime(facts([reopened]));
    expect(result.kind === 'value' && result.median).toBe(7 * DAY);
  });

  it('leaves out an item that went to done without ever being in progress', () => {
    const skipped = buildWorkItem(3, {
      transitions: [{ at: '2026-01-06T09:00:00Z', from: 'To Do', to: 'Done', toCategory: 'done' }],
    });
    const result = computeCycleTime(facts([skipped, buildWorkItem(4)]));
    expect(result.n).toBe(1);
    expect(result.recordIds).toEqual(['jira:PAY-4']);
  });

  it('takes the true median and type-7 p90 over several items', () => {
    const items = [1, 2, 3, 4].map((days, index) =>
      buildWorkItem(index, {
        transitions: [
          { at: '2026-01-05T00:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
          {
            at: new Date(Date.parse('2026-01-05T00:00:00Z') + days * DAY * 1000).toISOString(),
            from: 'In Progress',
            to: 'Done',
            toCategory: 'done',
          },
        ],
      }),
    );
    const result = computeCycleTime(facts(items));
    expect(result.kind === 'value' && result.median).toBe(2.5 * DAY);
    // h = 3 × 0.9 = 2.7 → 3 + 0.7 × (4 − 3) days
    expect(result.kind === 'value' && result.p90).toBeCloseTo(3.7 * DAY, 6);
  });

  it('is insufficient data when nothing was completed in the window, not zero', () => {
    const result = computeCycleTime(
      facts([buildWorkItem(1)], { window: { from: window.to, to: new Date('2026-02-01T00:00:00Z') } }),
    );
    expect(result.kind).toBe('insufficient-data');
    expect(result.n).toBe(0);
    expect(result.kind === 'insufficient-data' && result.needs).toMatch(/completed in the window/);
  });
});
