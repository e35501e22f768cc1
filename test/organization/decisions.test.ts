/**
 * Architecture decision records and architecture review submissions on the demo organization, through
 * the API and the CLI, and `decisions new` writing a record the workspace reads back.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDayKey } from '../../src/metrics/calendar.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { runCli } from '../support/cli.js';
import { useDemoApi, useDemoWorkspace } from '../support/demo.js';

const demo = useDemoWorkspace('sextant-decisions-');
const api = useDemoApi('pglite', demo);

async function getJson(url: string) {
  const response = await api.app.request(url);
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

const today = () => toDayKey(new Date(), 'Europe/Berlin');
const daysSince = (day: string) => Math.round((Date.parse(today()) - Date.parse(day)) / 86_400_000);

describe('decision records, on the demo', () => {
  it('lists seven records with one superseded by a later one and one proposal waiting for a decision', async () => {
    const { status, body } = await getJson('/api/decisions');
    expect(status).toBe(200);
    expect(body.total).toBe(7);
    expect(body.counts).toEqual({ proposed: 1, accepted: 4, rejected: 1, deprecated: 0, superseded: 1 });
    const superseded = body.items.find((item: { status: string }) => item.status === 'superseded');
    expect(superseded).toMatchObject({ id: 'ADR-0002', supersededBy: 'ADR-0005' });
    const later = body.items.find((item: { id: string }) => item.id === 'ADR-0005');
    expect(later.supersedes).toEqual(['ADR-0002']);
    expect(body.waiting).toEqual(['ADR-0007']);
    const proposal = body.items.find((item: { id: string }) => item.id === 'ADR-0007');
    // The proposal is dated 49 days before the data ends (2026-11-23).
    expect(proposal.date).toBe('2026-10-05');
    expect(proposal.waitingDays).toBe(daysSince('2026-10-05'));
  });

  it('names only real people, teams and services of the demo', async () => {
    const { body } = await getJson('/api/decisions');
    const people = new Set(demo.workspace.model.people.map((person) => person.ref));
    const teams = new Set(demo.workspace.model.teams.map((team) => team.ref));
    const services = new Set(demo.workspace.model.services.map((service) => service.ref));
    for (const item of body.items) {
      for (const decider of item.deciders) expect(people.has(decider.ref)).toBe(true);
      for (const team of item.teams) expect(teams.has(team)).toBe(true);
      for (const service of item.services) expect(services.has(service)).toBe(true);
    }
    const vp = demo.workspace.model.people.find((person) => person.role === 'VP Engineering');
    expect(body.items[0].deciders[0]).toEqual({ ref: vp?.ref, name: vp?.displayName });
  });

  it('filters by status and rejects a status that does not exist', async () => {
    const { body } = await getJson('/api/decisions?status=accepted');
    expect(body.items.map((item: { id: string }) => item.id)).toEqual([
      'ADR-0001',
      'ADR-0003',
      'ADR-0004',
      'ADR-0005',
    ]);
    expect((await getJson('/api/decisions?status=approved')).status).toBe(400);
  });

  it('shows a record with its body sections, its line of supersession and the review that links it', async () => {
    const { status, body } = await getJson('/api/decisions/ADR-0002');
    expect(status).toBe(200);
    expect(body.sections.map((section: { heading: string }) => section.heading)).toEqual([
      'Checkout calls payments and fulfilment synchronously',
      'Context',
      'Decision',
      'Consequences',
    ]);
    expect(body.chain.later.map((entry: { id: string }) => entry.id)).toEqual(['ADR-0005']);
    expect(body.chain.current).toMatchObject({ id: 'ADR-0005', status: 'accepted' });
    const later = await getJson('/api/decisions/5');
    expect(later.body.chain.earlier).toEqual([
      {
        id: 'ADR-0002',
        title: 'Checkout calls payments and fulfilment synchronously',
        status: 'superseded',
        date: '2026-09-09',
      },
    ]);
    expect(later.body.reviews).toEqual([
      {
        id: 'ARB-2026-02',
        title: 'Order events through a transactional outbox',
        state: 'approved-with-conditions',
      },
    ]);
    const missing = await getJson('/api/decisions/ADR-0042');
    expect(missing.status).toBe(404);
  });
});

describe('architecture review submissions, on the demo', () => {
  it('lists one approved, one approved with conditions and one pending with its age', async () => {
    const { status, body } = await getJson('/api/architecture-reviews');
    expect(status).toBe(200);
    expect(body.items.map((item: { state: string }) => item.state)).toEqual([
      'approved',
      'approved-with-conditions',
      'pending',
    ]);
    expect(body.pending).toEqual([{ id: 'ARB-2026-03', waitingDays: daysSince('2026-11-03') }]);
    expect(body.items[2].unanswered).toEqual([
      'performance',
      'security',
      'data',
      'operability',
      'cost',
      'maintainability',
    ]);
    expect(body.checklist.map((item: { id: string }) => item.id)).toContain('scalability');
    expect((await getJson('/api/architecture-reviews?state=pending')).body.total).toBe(1);
    expect((await getJson('/api/architecture-reviews?state=waiting')).status).toBe(400);
  });

  it('shows the conditions of an approval with their owners, one done and one overdue', async () => {
    const { body } = await getJson('/api/architecture-reviews/ARB-2026-02');
    expect(body.adr).toEqual({
      id: 'ADR-0005',
      title: 'Publish order events through a transactional outbox',
      status: 'accepted',
    });
    expect(body.decision.conditions.map((condition: { status: string }) => condition.status)).toEqual([
      'done',
      'open',
      'open',
    ]);
    const payments = demo.workspace.model.teams.find((team) => team.name === 'payments');
    expect(body.decision.conditions[1].owner).toBe(payments?.lead);
    expect(body.decision.conditions[1].daysOverdue).toBe(daysSince('2026-11-16'));
    expect(body.checklist.filter((row: { answer: string }) => row.answer === 'no')).toHaveLength(2);
    expect((await getJson('/api/architecture-reviews/ARB-1999-01')).status).toBe(404);
  });
});

describe('the decisions command', () => {
  it('lists the records and flags the waiting proposal', async () => {
    const result = await runCli(['-w', demo.dir, 'decisions', 'list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ADR-0002\s+superseded\s+2026-09-09\s+.*superseded by ADR-0005/);
    expect(result.stdout).toContain(`waiting ${daysSince('2026-10-05')} days for a decision`);
    const bad = await runCli(['-w', demo.dir, 'decisions', 'list', '--status', 'approved']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('expected one of proposed, accepted, rejected, deprecated, superseded');
  }, 60_000);

  it('shows a pending review with its unanswered checklist items', async () => {
    const result = await runCli(['-w', demo.dir, 'decisions', 'reviews', 'show', 'ARB-2026-03', '--json']);
    expect(result.code).toBe(0);
    const review = JSON.parse(result.stdout);
    expect(review.state).toBe('pending');
    expect(review.checklist.find((row: { id: string }) => row.id === 'dependencies').answer).toBe('no');
    expect(review.decision).toBeNull();
  }, 60_000);

  it('writes the next-numbered proposal that the workspace reads back, and refuses an empty title', async () => {
    const empty = await runCli(['-w', demo.dir, 'decisions', 'new', '  ']);
    expect(empty.code).toBe(1);
    const before = await readdir(path.join(demo.dir, 'decisions'));
    const result = await runCli([
      '-w',
      demo.dir,
      'decisions',
      'new',
      'Use a message broker for stock updates',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const written = JSON.parse(result.stdout);
    expect(written).toMatchObject({
      id: 'ADR-0008',
      file: 'decisions/ADR-0008-use-a-message-broker-for-stock-updates.md',
    });
    expect((await readdir(path.join(demo.dir, 'decisions'))).length).toBe(before.length + 1);
    const { decisions } = await (await loadWorkspace(demo.dir)).governance();
    expect(decisions.records.at(-1)).toMatchObject({
      id: 'ADR-0008',
      status: 'proposed',
      title: 'Use a message broker for stock updates',
    });
    expect(decisions.records.at(-1)?.date).toBe(today());
  }, 60_000);

  it('writes nothing when a record in decisions/ is broken, and says where', async () => {
    const file = path.join(demo.dir, 'decisions', 'ADR-0003-trace-every-service-with-opentelemetry.md');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('status: accepted', 'status: approved'));
    try {
      const before = await readdir(path.join(demo.dir, 'decisions'));
      const result = await runCli(['-w', demo.dir, 'decisions', 'new', 'Another one']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        'decisions/ADR-0003-trace-every-service-with-opentelemetry.md:4:9 field status',
      );
      expect(await readdir(path.join(demo.dir, 'decisions'))).toEqual(before);
    } finally {
      await writeFile(file, text);
    }
  }, 60_000);
});
