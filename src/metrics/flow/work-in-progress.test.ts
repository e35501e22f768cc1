import { describe, expect, it } from 'vitest';
import { buildWorkItem } from '../../../test/support/records.js';
import type { FlowFacts } from './flow-facts.js';
import { computeWorkInProgress } from './work-in-progress.js';

const window = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-02-01T00:00:00Z') };

function facts(workItems: FlowFacts['workItems'], extra: Partial<FlowFacts> = {}): FlowFacts {
  return { workItems, window, scope: { kind: 'org' }, now: window.to, timeZone: 'UTC', ...extra };
}

const stillOpen = buildWorkItem(2, {
  status: 'In Progress',
  statusCategory: 'in-progress',
  transitions: [{ at: '2026-01-05T09:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' }],
});

describe('work in progress at an instant', () => {
  it('counts the items in progress at that instant from their history, not their current status', () => {
    // buildWorkItem(1) is in progress from 3 Jan 09:00 to 9 Jan 16:00, then done.
    const result = computeWorkInProgress(
      facts([buildWorkItem(1), stillOpen]),
      new Date('2026-01-06T00:00:00Z'),
    );
    expect(result.kind === 'value' && result.value).toBe(2);
    expect(result.recordIds).toEqual(['jira:PAY-1', 'jira:PAY-2']);
    expect(result.kind === 'value' && result.at).toBe('2026-01-06T00:00:00.000Z');
  });

  it('uses the facts’ now by default', () => {
    const result = computeWorkInProgress(facts([buildWorkItem(1), stillOpen]));
    expect(result.kind === 'value' && result.value).toBe(1);
    expect(result.recordIds).toEqual(['jira:PAY-2']);
  });

  it('counts an item moved into a status the caller re-categorized as in progress', () => {
    const inReview = buildWorkItem(3, {
      transitions: [{ at: '2026-01-05T09:00:00Z', from: 'To Do', to: 'Review', toCategory: 'todo' }],
    });
    const instant = new Date('2026-01-06T00:00:00Z');
    expect(computeWorkInProgress(facts([inReview]), instant).n).toBe(0);
    expect(
      computeWorkInProgress(facts([inReview], { statusCategories: { review: 'in-progress' } }), instant).n,
    ).toBe(1);
  });

  it('is zero, as a value, when items are known and none is in progress', () => {
    const result = computeWorkInProgress(facts([buildWorkItem(1)]), new Date('2026-01-20T00:00:00Z'));
    expect(result.kind).toBe('value');
    expect(result.kind === 'value' && result.value).toBe(0);
  });

  it('is insufficient data before any item has a history', () => {
    const result = computeWorkInProgress(facts([buildWorkItem(1)]), new Date('2026-01-02T00:00:00Z'));
    expect(result.kind).toBe('insufficient-data');
  });
});
