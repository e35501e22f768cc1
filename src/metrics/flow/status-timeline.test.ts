import { describe, expect, it } from 'vitest';
import { buildWorkItem } from '../../../test/support/records.js';
import { findCategoryAt, measureTimeIn, toTimeline } from './status-timeline.js';

const at = (iso: string) => Date.parse(iso);

describe('status timeline', () => {
  it('orders an unsorted history by time before reading it', () => {
    const item = buildWorkItem(1, {
      transitions: [
        { at: '2026-01-09T16:00:00Z', from: 'In Progress', to: 'Done', toCategory: 'done' },
        { at: '2026-01-03T09:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
      ],
    });
    const timeline = toTimeline(item);
    expect(timeline.startedAt).toBe(at('2026-01-03T09:00:00Z'));
    expect(timeline.completedAt).toBe(at('2026-01-09T16:00:00Z'));
  });

  it('completes at the move into done, not at a later move between done statuses', () => {
    const item = buildWorkItem(1, {
      transitions: [
        { at: '2026-01-03T09:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
        { at: '2026-01-05T09:00:00Z', from: 'In Progress', to: 'Done', toCategory: 'done' },
        { at: '2026-01-07T09:00:00Z', from: 'Done', to: 'Closed', toCategory: 'done' },
      ],
    });
    expect(toTimeline(item).completedAt).toBe(at('2026-01-05T09:00:00Z'));
  });

  it('has no completion while a re-opened item is not done again', () => {
    const item = buildWorkItem(1, {
      transitions: [
        { at: '2026-01-03T09:00:00Z', from: 'To Do', to: 'In Progress', toCategory: 'in-progress' },
        { at: '2026-01-05T09:00:00Z', from: 'In Progress', to: 'Done', toCategory: 'done' },
        { at: '2026-01-06T09:00:00Z', from: 'Done', to: 'In Progress', toCategory: 'in-progress' },
      ],
    });
    const timeline = toTimeline(item);
    expect(timeline.completedAt).toBeUndefined();
    expect(timeline.startedAt).toBe(at('2026-01-03T09:00:00Z'));
  });

  it('lets the caller re-categorize a status, matching its name case-insensitively', () => {
    const item = buildWorkItem(1, {
      transitions: [
        { at: '2026-01-02T09:00:00Z', from: 'To Do', to: 'Selected', toCategory: 'todo' },
        { at: '2026-01-03T09:00:00Z', from: 'Selected', to: 'In Progress', toCategory: 'in-progress' },
        { at: '2026-01-09T16:00:00Z', from: 'In Progress', to: 'Done', toCategory: 'done' },
      ],
    });
    expect(toTimeline(item).startedAt).toBe(at('2026-01-03T09:00:00Z'));
    expect(toTimeline(item, { ' selected ': 'in-progress' }).startedAt).toBe(at('2026-01-02T09:00:00Z'));
  });

  it('knows no category before the first transition and the latest one after', () => {
    const { steps } = toTimeline(buildWorkItem(1));
    expect(findCategoryAt(steps, at('2026-01-03T08:59:59Z'))).toBeUndefined();
    expect(findCategoryAt(steps, at('2026-01-03T09:00:00Z'))).toBe('in-progress');
    expect(findCategoryAt(steps, at('2026-02-01T00:00:00Z'))).toBe('done');
  });

  it('measures time in matching steps clipped to the span asked for', () => {
    const { steps } = toTimeline(buildWorkItem(1));
    const hour = 3_600_000;
    const inProgress = measureTimeIn(
      steps,
      at('2026-01-03T10:00:00Z'),
      at('2026-01-03T13:00:00Z'),
      (step) => step.category === 'in-progress',
    );
    expect(inProgress).toBe(3 * hour);
  });
});
