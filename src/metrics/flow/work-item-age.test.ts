import { describe, expect, it } from 'vitest';
import { buildWorkItem } from '../../../test/support/records.js';
import type { FlowFacts } from './flow-facts.js';
import { computeWorkItemAge } from './work-item-age.js';

const DAY = 86_400;
const window = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-02-01T00:00:00Z') };

function facts(workItems: FlowFacts['workItems'], now: Date): FlowFacts {
  return { workItems, window, scope: { kind: 'org' }, now, timeZone: 'UTC' };
}

const openSince = (index: number, at: string) =>
  buildWorkItem(index, {
    status: 'In Progress',
    statusCategory: 'in-progress',
    transitions: [{ at, from: 'To Do', to: 'In Progress', toCategory: 'in-progress' }],
  });

describe('work item age', () => {
  const items = [
    openSince(1, '2026-01-10T00:00:00Z'),
    openSince(2, '2026-01-12T00:00:00Z'),
    buildWorkItem(3),
  ];

  it('measures age up to the now passed in, for items in progress then', () => {
    const result = computeWorkItemAge(facts(items, new Date('2026-01-20T00:00:00Z')));
    expect(result.kind === 'value' && result.median).toBe(9 * DAY);
    expect(result.recordIds).toEqual(['jira:PAY-1', 'jira:PAY-2']);
    const later = computeWorkItemAge(facts(items, new Date('2026-01-30T00:00:00Z')));
    expect(later.kind === 'value' && later.median).toBe(19 * DAY);
  });

  it('reads the history only up to now, so a past now sees the items in progress then', () => {
    // On 5 Jan only PAY-3 (in progress since 3 Jan 09:00, done 9 Jan) was in progress.
    const result = computeWorkItemAge(facts(items, new Date('2026-01-05T09:00:00Z')));
    expect(result.recordIds).toEqual(['jira:PAY-3']);
    expect(result.kind === 'value' && result.median).toBe(2 * DAY);
  });

  it('ages a re-opened item from its first start', () => {
    const reopened = buildWorkItem(4, {
      transitions: [
        { at: '2026-01-02T00:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
        { at: '2026-01-04T00:00:00Z', from: 'In Progress', to: 'Done', toCategory: 'done' },
        { at: '2026-01-06T00:00:00Z', from: 'Done', to: 'In Progress', toCategory: 'in-progress' },
      ],
    });
    const result = computeWorkItemAge(facts([reopened], new Date('2026-01-07T00:00:00Z')));
    expect(result.kind === 'value' && result.median).toBe(5 * DAY);
  });

  it('is insufficient data when nothing is in progress', () => {
    const result = computeWorkItemAge(facts([buildWorkItem(3)], new Date('2026-01-20T00:00:00Z')));
    expect(result.kind).toBe('insufficient-data');
    expect(result.kind === 'insufficient-data' && result.needs).toContain('2026-01-20T00:00:00.000Z');
  });
});
