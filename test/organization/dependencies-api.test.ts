/**
 * `/api/dependencies` and its views on the demo organization: its planted overdue blocking dependency
 * (platform engineering owes fulfilment the courier event queue) must show as overdue in the matrix, in a
 * blocking chain and on fulfilment's critical path; bad queries are refused naming the field.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { AppContext } from '../../src/services/context.js';
import { OVERDUE_DAYS, OVERDUE_DEPENDENCY } from '../../src/services/demo/dependencies.js';
import { generateDemo, writeDemo } from '../../src/services/demo/index.js';
import { syncModel } from '../../src/services/sync.service.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { openTestStore, type TestStore } from '../support/store.js';

const AS_OF = '2026-11-23';
const PLANTED = `dependency:default/${OVERDUE_DEPENDENCY}`;
const PLATFORM = 'team:default/platform-engineering';
const FULFILMENT = 'team:default/fulfilment';

let tmp: string;
let testStore: TestStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-dependencies-api-'));
  await writeDemo(tmp, generateDemo({ seed: 1, asOf: AS_OF }));
  testStore = await openTestStore('pglite');
  const context: AppContext = { workspace: await loadWorkspace(tmp), store: testStore.store };
  await syncModel(context);
  app = createApp(context);
}, 300_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

async function get(url: string) {
  const response = await app.request(url);
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

describe('/api/dependencies on the demo organization', () => {
  it('lists the planted dependency first as overdue, keeping its declared strategy beside the suggestion', async () => {
    const { status, body } = await get(`/api/dependencies?asOf=${AS_OF}&type=blocking`);
    expect(status).toBe(200);
    expect(body.asOf).toBe(AS_OF);
    expect(body.items[0]).toMatchObject({
      ref: PLANTED,
      overdue: true,
      daysOverdue: OVERDUE_DAYS,
      strategy: 'reprioritize',
      suggestion: { suggested: 'reprioritize', agrees: true },
    });
    const overdue = body.items.filter((item: { overdue: boolean }) => item.overdue);
    expect(overdue.map((item: { ref: string }) => item.ref)).toEqual([PLANTED]);
  });

  it('shows the planted dependency overdue in the platform engineering → fulfilment cell', async () => {
    const { status, body } = await get(`/api/dependencies/matrix?asOf=${AS_OF}`);
    expect(status).toBe(200);
    const cell = body.cells.find(
      (candidate: { provider: string; consumer: string }) =>
        candidate.provider === PLATFORM && candidate.consumer === FULFILMENT,
    );
    expect(cell).toMatchObject({ overdue: 1, openBlocking: 1 });
    expect(cell.dependencies[0]).toMatchObject({ ref: PLANTED, overdue: true, daysOverdue: OVERDUE_DAYS });
    expect(body.totals.overdue).toBe(1);
  });

  it('finds fulfilment waiting on platform engineering in an overdue blocking chain', async () => {
    const { body } = await get(`/api/dependencies/chains?asOf=${AS_OF}`);
    const chain = body.chains.find((candidate: { teams: string[] }) =>
      candidate.teams.join(' ').includes(`${FULFILMENT} ${PLATFORM}`),
    );
    expect(chain).toMatchObject({ overdue: true, closesCycleAt: null });
    expect(chain.links[0].dependencies.map((dependency: { ref: string }) => dependency.ref)).toContain(
      PLANTED,
    );
    // Only the planted dependency is overdue, so every other chain is on time.
    const overdueChains = body.chains.filter((candidate: { overdue: boolean }) => candidate.overdue);
    expect(overdueChains).toHaveLength(1);
    const fromFulfilment = await get(`/api/dependencies/chains?asOf=${AS_OF}&team=fulfilment`);
    expect(fromFulfilment.body.team).toBe(FULFILMENT);
    expect(
      fromFulfilment.body.chains.every((candidate: { teams: string[] }) => candidate.teams[0] === FULFILMENT),
    ).toBe(true);
  });

  it("flags the planted dependency as overdue on fulfilment's critical path", async () => {
    const { status, body } = await get(
      `/api/dependencies/critical-path?asOf=${AS_OF}&to=2027-01-31&team=fulfilment`,
    );
    expect(status).toBe(200);
    const planted = body.required.find((dependency: { ref: string }) => dependency.ref === PLANTED);
    expect(planted).toMatchObject({ depth: 1, flags: ['overdue'] });
    expect(body.path[0].consumer).toBe(FULFILMENT);
  });

  it('draws every declared dependency as an edge of the graph', async () => {
    const list = await get(`/api/dependencies?asOf=${AS_OF}`);
    const graph = await get(`/api/dependencies/graph?asOf=${AS_OF}`);
    expect(graph.body.edges).toHaveLength(list.body.total);
    const platform = graph.body.nodes.find((node: { team: string }) => node.team === PLATFORM);
    expect(platform.overdueProvided).toBe(1);
  });

  it('lists hidden dependencies only for team pairs with no declared dependency in that direction', async () => {
    const [hidden, declared] = await Promise.all([get('/api/dependencies/hidden'), get('/api/dependencies')]);
    expect(hidden.status).toBe(200);
    const pairs = new Set(
      declared.body.items
        .filter((item: { status: string }) => item.status !== 'cancelled')
        .map((item: { provider: string; consumer: string }) => `${item.provider} ${item.consumer}`),
    );
    // Checkout calls fulfilment's order service, and the demo declares nothing from fulfilment to checkout.
    const checkout = hidden.body.items.find(
      (entry: { provider: string; consumer: string }) =>
        entry.provider === FULFILMENT && entry.consumer === 'team:default/checkout',
    );
    expect(checkout.services).toContainEqual({
      from: 'service:default/checkout-api',
      to: 'service:default/order-service',
    });
    for (const entry of hidden.body.items) {
      expect(pairs.has(`${entry.provider} ${entry.consumer}`)).toBe(false);
      expect(entry.provider).not.toBe(entry.consumer);
      expect(entry.services.length).toBeGreaterThan(0);
    }
  });

  it('refuses a bad date, an unknown team and a critical path without a start, naming the field', async () => {
    const badDate = await get('/api/dependencies/matrix?asOf=2026-13-01');
    expect(badDate.status).toBe(400);
    expect(JSON.stringify(badDate.body)).toContain('asOf');
    const unknown = await get('/api/dependencies/chains?team=nobody');
    expect(unknown.status).toBe(404);
    const noStart = await get('/api/dependencies/critical-path?to=2027-01-31');
    expect(noStart.status).toBe(400);
    expect(JSON.stringify(noStart.body)).toContain('team');
    const noTarget = await get('/api/dependencies/critical-path?team=fulfilment');
    expect(noTarget.status).toBe(400);
    expect(JSON.stringify(noTarget.body)).toContain('to');
  });
});
