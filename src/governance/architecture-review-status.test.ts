import { describe, expect, it } from 'vitest';
import { REVIEW_CHECKLIST, reviewSubmissionSchema } from '../domain/architecture-review.js';
import { reviewStatus } from './architecture-review-status.js';

const submission = (fields: Record<string, unknown>) =>
  reviewSubmissionSchema.parse({
    id: 'ARB-1',
    title: 'Event bus',
    submitter: 'ada',
    team: 'checkout',
    submitted: '2026-10-01',
    ...fields,
  });

describe('reviewStatus', () => {
  it('counts a pending submission as waiting since it was submitted', () => {
    const status = reviewStatus(submission({}), '2026-11-23');
    expect(status.state).toBe('pending');
    expect(status.waitingDays).toBe(53);
    expect(status.daysToDecision).toBeNull();
  });

  it('lists the checklist items left out as unanswered, in checklist order', () => {
    const status = reviewStatus(
      submission({
        checklist: { security: { answer: 'no', note: 'no threat model' }, scalability: { answer: 'yes' } },
      }),
      '2026-11-23',
    );
    expect(status.checklist).toHaveLength(REVIEW_CHECKLIST.length);
    expect(status.unanswered).not.toContain('security');
    expect(status.unanswered).not.toContain('scalability');
    expect(status.unanswered).toHaveLength(REVIEW_CHECKLIST.length - 2);
    expect(status.concerns).toBe(1);
    expect(status.checklist.find((row) => row.id === 'security')).toMatchObject({
      answer: 'no',
      note: 'no threat model',
    });
  });

  it('gives a decided submission its time to decision and flags open conditions past their due day', () => {
    const status = reviewStatus(
      submission({
        decision: {
          outcome: 'approved-with-conditions',
          date: '2026-10-15',
          conditions: [
            { condition: 'Load test', owner: 'ada', due: '2026-11-01', status: 'done', closed: '2026-10-30' },
            { condition: 'Runbook', owner: 'ada', due: '2026-11-20' },
            { condition: 'Alert', owner: 'ada', due: '2026-12-01' },
          ],
        },
      }),
      '2026-11-23',
    );
    expect(status.state).toBe('approved-with-conditions');
    expect(status.waitingDays).toBeNull();
    expect(status.daysToDecision).toBe(14);
    expect(status.conditions.map((condition) => condition.daysOverdue)).toEqual([null, 3, null]);
    expect(status.openConditions).toBe(2);
    expect(status.overdueConditions).toBe(1);
  });
});
