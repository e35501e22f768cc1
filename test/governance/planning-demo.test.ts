/**
 * The roadmap, capacity allocation and technical debt register on the demo organization, read through the
 * API with the demo's work items in the store, and the CLI refusing a broken planning file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkItem } from '../../src/domain/records/index.js';
import { toMonthKey } from '../../src/metrics/calendar.js';
import { upsertRecords } from '../../src/store/index.js';
import { runCli } from '../support/cli.js';
import { useDemoApi, useDemoWorkspace } from '../support/demo.js';

const demo = useDemoWorkspace('sextant-planning-');
const api = useDemoApi('pglite', demo);
let workItems: WorkItem[] = [];

beforeAll(async () => {
  workItems = (await readFile(path.join(demo.dir, 'data', 'work-items.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as WorkItem);
  await upsertRecords(api.store, 'work-item', workItems);
}, 120_000);

async function getJson(url: string) {
  const response = await api.app.request(url);
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

describe('the demo roadmap', () => {
  it('finds last quarter’s initiative slipping past its target, with its open items counted', async () => {
    const { status, body } = await getJson('/api/roadmap?asOf=2026-11-23');
    expect(status).toBe(200);
    expect(body.slipping).toEqual(['peak-readiness']);
    const initiative = body.themes[0].initiatives[0];
    expect(initiative).toMatchObject({ id: 'peak-readiness', teams: ['team:default/customer-care'] });
    expect(initiative.schedule).toEqual({
      kind: 'slipping',
      rule: 'past-target',
      target: '2026-10-31',
      today: '2026-11-23',
      daysLate: 23,
      openItems: 4,
      reason: 'target 2026-10-31 passed 23 days ago with 4 of 93 items still open',
    });
    // The same count straight from the data file: items of its epics not done.
    const epics = new Set(initiative.epics.map((epic: { key: string }) => epic.key));
    const mine = workItems.filter((item) => item.epic && epics.has(item.epic));
    expect(mine.length).toBe(93);
    expect(mine.filter((item) => item.statusCategory !== 'done').length).toBe(4);
    expect(initiative.progress).toMatchObject({ kind: 'value', basis: 'count', done: 89, total: 93 });
  });

  it('forecasts this quarter’s initiative to finish before its target from its recent pace', async () => {
    const { body } = await getJson('/api/roadmap/winter-release?asOf=2026-11-23');
    expect(body.schedule).toMatchObject({
      kind: 'on-track',
      rule: 'forecast',
      target: '2027-01-31',
      forecast: '2026-12-29',
      openItems: 20,
    });
    const open = body.epics.flatMap((epic: { openItems: string[] }) => epic.openItems);
    expect(open).toHaveLength(20);
    expect(open[0]).toMatch(/^demo-jira:FUL-\d+$/);
  });

  it('answers 404 for an initiative the roadmap does not have', async () => {
    const { status } = await getJson('/api/roadmap/no-such-initiative');
    expect(status).toBe(404);
  });
});

describe('the demo capacity allocation', () => {
  it('splits checkout’s October by category against the 60/20/10/10 targets', async () => {
    const { status, body } = await getJson('/api/capacity?team=checkout&from=2026-10&to=2026-10');
    expect(status).toBe(200);
    const [checkout] = body.teams;
    expect(checkout.team).toBe('team:default/checkout');
    const october = checkout.months[0];
    // Counted independently from the data file: finished in October (Berlin), labels before types.
    const finished = workItems.filter(
      (item) =>
        item.team === 'checkout' &&
        item.resolvedAt &&
        toMonthKey(new Date(item.resolvedAt), 'Europe/Berlin') === '2026-10',
    );
    const debt = finished.filter((item) => item.labels.includes('tech-debt')).length;
    const bugs = finished.filter((item) => item.type === 'bug').length;
    expect(october.n).toBe(finished.length);
    expect(october.basis).toBe('count');
    expect(october.categories.debt.items).toBe(debt);
    expect(october.categories.reliability.items).toBe(bugs);
    expect(october.categories.feature.items).toBe(finished.length - debt - bugs);
    expect(october.categories.feature.actual).toBe(
      Math.round(((finished.length - debt - bugs) / finished.length) * 1000) / 10,
    );
    expect(october.categories.security).toEqual({ actual: 0, target: 10, deviation: -10, items: 0 });
    expect(body.unmapped).toEqual([]);
  });

  it('applies a team’s own targets and rejects a bad window', async () => {
    const { body } = await getJson('/api/capacity?team=payments&months=2&asOf=2026-11-23');
    expect(body.window).toEqual({ from: '2026-10', to: '2026-11' });
    expect(body.teams[0]).toMatchObject({ ownTargets: true, targets: { feature: 50, debt: 20 } });
    const bad = await getJson('/api/capacity?from=2026-11&to=2026-10');
    expect(bad.status).toBe(400);
  });
});

describe('the demo debt register', () => {
  it('ranks the items by priority and flags the overdue review', async () => {
    const { status, body } = await getJson('/api/debt?asOf=2026-11-23');
    expect(status).toBe(200);
    expect(body.items.map((item: { id: string; rank: number | null }) => [item.id, item.rank])).toEqual([
      ['DEBT-4', 1],
      ['DEBT-1', 2],
      ['DEBT-2', 3],
      ['DEBT-3', 4],
      ['DEBT-5', 5],
      ['DEBT-6', null],
    ]);
    expect(body.overdue).toEqual(['DEBT-2']);
    expect(body.items[2]).toMatchObject({ reviewDate: '2026-11-02', daysOverdue: 21 });
  });

  it('shows an item with the time its team spent on debt against the target', async () => {
    const { body } = await getJson('/api/debt/DEBT-1?asOf=2026-11-23&months=3');
    expect(body.priority).toBe(4.67);
    const [payments] = body.spend.teams;
    expect(payments).toMatchObject({ team: 'team:default/payments', target: 20 });
    expect(payments.total).toMatchObject({
      kind: 'value',
      actual: 11.2,
      deviation: -8.8,
      debtItems: 13,
      n: 116,
    });
    expect((await getJson('/api/debt/DEBT-99')).status).toBe(404);
  });
});

describe('a broken planning file', () => {
  it('stops the command with the file, line, field, what was found and what was expected', async () => {
    const file = path.join(demo.dir, 'registers', 'debt.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('effort: 3', 'effort: 9'));
    const result = await runCli(['-w', demo.dir, 'debt', 'list']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /registers\/debt\.yaml:\d+:\d+ field debt\[\d\]\.score\.effort: too large \(found 9, expected a number <= 5\)/,
    );
  });
});
