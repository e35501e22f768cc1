import { describe, expect, it } from 'vitest';
import { assessSchedule, measureProgress, type ProgressItem } from './roadmap.js';

const done = (key: string, resolvedAt: string, points?: number): ProgressItem => ({
  key,
  statusCategory: 'done',
  resolvedAt,
  ...(points === undefined ? {} : { points }),
});
const open = (key: string, points?: number): ProgressItem => ({
  key,
  statusCategory: 'in-progress',
  ...(points === undefined ? {} : { points }),
});

const now = new Date('2026-11-24T00:00:00Z');
const sixWeeksAgo = new Date(now.getTime() - 42 * 86_400_000);

describe('measureProgress', () => {
  it('measures by points when every item has points', () => {
    const progress = measureProgress([done('A-1', '2026-11-01T10:00:00Z', 8), open('A-2', 2)]);
    expect(progress).toMatchObject({ kind: 'value', basis: 'points', done: 8, total: 10, ratio: 0.8 });
  });

  it('measures by count as soon as one item has no points', () => {
    const progress = measureProgress([done('A-1', '2026-11-01T10:00:00Z', 8), open('A-2'), open('A-3', 1)]);
    expect(progress).toMatchObject({ kind: 'value', basis: 'count', done: 1, total: 3, doneItems: 1 });
  });

  it('says there is no data rather than 0% when no item names the epics', () => {
    expect(measureProgress([])).toMatchObject({ kind: 'insufficient-data', items: 0 });
  });
});

describe('assessSchedule', () => {
  const base = { start: '2026-08-01', now, throughputFrom: sixWeeksAgo, today: '2026-11-23' } as const;

  it('flags an initiative whose target has passed with work open, naming the days late and open items', () => {
    const schedule = assessSchedule({
      ...base,
      status: 'in-progress',
      target: '2026-10-31',
      items: [done('A-1', '2026-10-01T10:00:00Z'), open('A-2'), open('A-3')],
    });
    expect(schedule).toMatchObject({ kind: 'slipping', rule: 'past-target', daysLate: 23, openItems: 2 });
    expect(schedule.reason).toBe('target 2026-10-31 passed 23 days ago with 2 of 3 items still open');
  });

  it('flags an initiative whose forecast finish falls after its target', () => {
    // 3 finished in the last 6 weeks: 0.5 a week; 4 open → 56 days → 2027-01-18.
    const schedule = assessSchedule({
      ...base,
      status: 'in-progress',
      target: '2026-12-31',
      items: [
        done('A-1', '2026-10-20T10:00:00Z'),
        done('A-2', '2026-11-02T10:00:00Z'),
        done('A-3', '2026-11-20T10:00:00Z'),
        done('A-4', '2026-09-01T10:00:00Z'),
        ...['A-5', 'A-6', 'A-7', 'A-8'].map((key) => open(key)),
      ],
    });
    expect(schedule).toMatchObject({
      kind: 'slipping',
      rule: 'forecast',
      forecast: '2027-01-18',
      openItems: 4,
      weeklyThroughput: 0.5,
      throughputWeeks: 6,
    });
  });

  it('is on track when the forecast finish is on or before the target', () => {
    const schedule = assessSchedule({
      ...base,
      status: 'in-progress',
      target: '2027-01-31',
      items: [done('A-1', '2026-11-10T10:00:00Z'), done('A-2', '2026-11-12T10:00:00Z'), open('A-3')],
    });
    // 2 in 6 weeks → 1/3 a week; 1 open → 21 days.
    expect(schedule).toMatchObject({ kind: 'on-track', forecast: '2026-12-14' });
  });

  it('measures the pace since the start when the initiative began less than six weeks ago', () => {
    const schedule = assessSchedule({
      ...base,
      status: 'in-progress',
      target: '2027-01-31',
      throughputFrom: new Date('2026-11-10T00:00:00Z'),
      items: [done('A-1', '2026-11-12T10:00:00Z'), done('A-2', '2026-11-20T10:00:00Z'), open('A-3')],
    });
    expect(schedule).toMatchObject({ kind: 'on-track', weeklyThroughput: 1, throughputWeeks: 2 });
  });

  it('gives no forecast when nothing was finished recently', () => {
    const schedule = assessSchedule({
      ...base,
      status: 'in-progress',
      target: '2027-01-31',
      items: [done('A-1', '2026-08-01T10:00:00Z'), open('A-2')],
    });
    expect(schedule.kind).toBe('insufficient-data');
  });

  it('treats declared done, all items done, and not yet started initiatives as not slipping', () => {
    const late = { ...base, target: '2026-10-31', items: [open('A-1')] };
    expect(assessSchedule({ ...late, status: 'done' }).kind).toBe('finished');
    expect(
      assessSchedule({ ...late, status: 'in-progress', items: [done('A-1', '2026-10-01T10:00:00Z')] }).kind,
    ).toBe('finished');
    expect(
      assessSchedule({ ...base, status: 'planned', start: '2027-02-01', target: '2027-04-30', items: [] })
        .kind,
    ).toBe('not-started');
  });
});
