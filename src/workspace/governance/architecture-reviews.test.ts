import { afterEach, describe, expect, it } from 'vitest';
import { readArchitectureReviews } from './architecture-reviews.js';
import { adrText, buildReadContext, writeFolder } from './decisions.test-fixtures.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((remove) => remove()));
});

async function read(reviews: string) {
  const folder = await writeFolder({
    'registers/architecture-reviews.yaml': reviews,
    'decisions/ADR-0001-a.md': adrText({
      id: 'ADR-0001',
      title: 'A',
      status: 'accepted',
      date: '2026-05-01',
    }),
  });
  cleanups.push(folder.remove);
  return readArchitectureReviews(buildReadContext(folder.root));
}

const SUBMISSION = `reviews:
  - id: ARB-1
    title: Event bus
    submitter: ada
    team: checkout
    services: [checkout-api]
    submitted: 2026-10-01
    adr: ADR-0001
    checklist:
      scalability: { answer: yes, note: Batches }
      cost: { answer: n-a }
    decision:
      outcome: approved-with-conditions
      date: 2026-10-15
      conditions:
        - condition: Runbook for the relay
          owner: grace
          due: 2026-11-20
`;

describe('reading registers/architecture-reviews.yaml', () => {
  it('reads a submission with references in full form and its checklist answers', async () => {
    const result = await read(SUBMISSION);
    expect(result.issues).toEqual([]);
    expect(result.files).toEqual(['registers/architecture-reviews.yaml']);
    const [review] = result.value.reviews;
    expect(review).toMatchObject({
      id: 'ARB-1',
      submitter: 'person:default/ada',
      team: 'team:default/checkout',
      services: ['service:default/checkout-api'],
      adr: 'ADR-0001',
      line: 2,
      checklist: { scalability: { answer: 'yes', note: 'Batches' }, cost: { answer: 'n-a' } },
    });
    expect(review?.decision?.conditions[0]).toMatchObject({ owner: 'person:default/grace', status: 'open' });
  });

  it('reports a checklist item the checklist does not have, at its key, with the items allowed', async () => {
    const result = await read(SUBMISSION.replace('cost: { answer: n-a }', 'vibes: { answer: yes }'));
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'registers/architecture-reviews.yaml',
        line: 11,
        column: 7,
        path: 'reviews[0].checklist.vibes',
        message: 'unknown field "vibes"',
        expected: expect.stringContaining('one of scalability, performance, reliability, security'),
      }),
    ]);
    expect(result.value.reviews).toEqual([]);
  });

  it('reports an answer other than yes, no or n-a', async () => {
    const result = await read(SUBMISSION.replace('answer: n-a', 'answer: maybe'));
    expect(result.issues).toEqual([
      expect.objectContaining({ line: 11, path: 'reviews[0].checklist.cost.answer', found: '"maybe"' }),
    ]);
  });

  it('reports a link to an ADR that does not exist', async () => {
    const result = await read(SUBMISSION.replace('adr: ADR-0001', 'adr: ADR-0042'));
    expect(result.issues).toEqual([
      expect.objectContaining({ line: 8, path: 'reviews[0].adr', found: 'ADR-0042' }),
    ]);
  });

  it('reports an unknown submitter, team, service and condition owner', async () => {
    const result = await read(
      SUBMISSION.replace('submitter: ada', 'submitter: zed')
        .replace('team: checkout', 'team: nope')
        .replace('[checkout-api]', '[ghost]')
        .replace('owner: grace', 'owner: nemo'),
    );
    expect(result.issues.map((issue) => [issue.path, issue.line, issue.found])).toEqual([
      ['reviews[0].decision.conditions[0].owner', 17, 'person:default/nemo'],
      ['reviews[0].submitter', 4, 'person:default/zed'],
      ['reviews[0].team', 5, 'team:default/nope'],
      ['reviews[0].services[0]', 6, 'service:default/ghost'],
    ]);
  });

  it('reports an approval with conditions that lists none, and a decision before the submission', async () => {
    const result = await read(
      SUBMISSION.replace('date: 2026-10-15', 'date: 2026-09-01').replace(
        / {6}conditions:\n[\s\S]*$/,
        '      conditions: []\n',
      ),
    );
    expect(result.issues.map((issue) => [issue.path, issue.expected])).toEqual([
      ['reviews[0].decision.conditions', 'at least one condition for an approval with conditions'],
      ['reviews[0].decision.date', 'a date on or after the submission (2026-10-01)'],
    ]);
  });

  it('reports a second submission with the same id', async () => {
    const second = SUBMISSION.replace('reviews:\n', '');
    const result = await read(SUBMISSION + second);
    expect(result.issues).toEqual([
      expect.objectContaining({ path: 'reviews[1].id', found: 'ARB-1, first used on line 2' }),
    ]);
  });
});
