/**
 * SLI storage and SLO statuses on both engines: merging a batch into stored minutes, the summed read a
 * status takes agreeing with a day-by-day computation, a refused batch writing nothing, and the
 * error-budget states release checks read; plus `/api/slos` on the embedded store.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { checkSliSamples } from '../../src/metrics/slo/samples.js';
import { MINUTE_MS, toSliSeries } from '../../src/metrics/slo/series.js';
import { computeSloStatus } from '../../src/metrics/slo/status.js';
import type { AppContext } from '../../src/services/context.js';
import { importPostedSli } from '../../src/services/slo-import.js';
import { errorBudgetStates, listSloReports } from '../../src/services/slos.service.js';
import { readSliCoverage, readSliDayTotals, writeSliDays } from '../../src/store/slo.repo.js';
import type { LoadedWorkspace } from '../../src/workspace/index.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { bearerFor } from '../support/api-auth.js';
import { openTestStore, STORE_ENGINES, type TestStore } from '../support/store.js';

const DAY_MS = 86_400_000;
const START = Date.parse('2026-10-20T00:00:00Z');
const KEY = { service: 'service:default/checkout-api', slo: 'availability' };

let tmp: string;
let workspace: LoadedWorkspace;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-slos-store-'));
  await mkdir(path.join(tmp, 'model'));
  await writeFile(path.join(tmp, 'sextant.yaml'), 'version: 1\norg:\n  name: Acme\n');
  await writeFile(
    path.join(tmp, 'model', 'teams.yaml'),
    'teams:\n  - { name: checkout, type: stream-aligned, mission: Pay, services: [checkout-api, search-api] }\n',
  );
  await writeFile(
    path.join(tmp, 'model', 'services.yaml'),
    'services:\n' +
      '  - name: checkout-api\n    owner: checkout\n    slos:\n' +
      '      - { name: availability, indicator: availability, target: 0.999, windowDays: 7 }\n' +
      '  - name: search-api\n    owner: checkout\n    slos:\n' +
      '      - { name: availability, indicator: availability, target: 0.99, policy: { onExhausted: notify } }\n',
  );
  workspace = await loadWorkspace(tmp);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** Checked minutes from `start`, `at(i)` giving minute i's [good, valid]. */
function buildDays(start: number, minutes: number, at: (i: number) => [number, number]) {
  const timestamps = Array.from({ length: minutes }, (_, i) => start + i * MINUTE_MS);
  const counts = timestamps.map((_, i) => at(i));
  const result = checkSliSamples(
    { timestamps, good: counts.map(([g]) => g), valid: counts.map(([, v]) => v) },
    (index) => ({ path: `samples[${index}]` }),
  );
  if (result.kind !== 'ok') throw new Error(JSON.stringify(result.issues));
  return result.checked.days;
}

describe.each(STORE_ENGINES)('SLO store on %s', (engine) => {
  let testStore: TestStore;
  let context: AppContext;

  beforeAll(async () => {
    testStore = await openTestStore(engine);
    context = { workspace, store: testStore.store };
  }, 60_000);

  afterAll(async () => {
    await testStore?.cleanup();
  });

  it('merges a batch into the stored day: given minutes replaced, the others kept, totals recomputed', async () => {
    const day = Date.parse('2026-09-01T00:00:00Z');
    await writeSliDays(
      context.store,
      KEY,
      buildDays(day, 10, () => [9, 10]),
    );
    await writeSliDays(
      context.store,
      KEY,
      buildDays(day + 5 * MINUTE_MS, 10, () => [1, 2]),
    );
    // Minutes 0-4 at 9 of 10, minutes 5-14 at 1 of 2.
    expect(await readSliDayTotals(context.store, KEY, day, day)).toEqual([
      { day, good: 45 + 10, valid: 50 + 20, presentMinutes: 15 },
    ]);
    await context.store.query('delete from slo_sli_days');
  });

  it('gives the same status from its summed read as from every minute, on 10 days with an outage', async () => {
    // 10 days; an outage of 90 minutes at 40% bad on day 3, a gap of a day on day 5.
    const days = buildDays(START, 10 * 1_440, (i) => {
      if (i >= 5 * 1_440 && i < 6 * 1_440) return [0, 0];
      const valid = 500 + (i % 37);
      const bad =
        i >= 3 * 1_440 + 600 && i < 3 * 1_440 + 690 ? Math.round(valid * 0.4) : i % 97 === 0 ? 3 : 0;
      return [valid - bad, valid];
    });
    for (const [dayStart, minutes] of days) {
      if (dayStart === START + 5 * DAY_MS) minutes.present.fill(0);
    }
    const expected = new Map([...days].filter(([, minutes]) => minutes.present.includes(1)));
    await writeSliDays(context.store, KEY, expected);
    const at = START + 10 * DAY_MS - 7 * MINUTE_MS;
    const [report] = await listSloReports(context, { now: new Date(at), service: 'checkout-api' });
    const byHand = computeSloStatus({ target: 0.999, windowDays: 7 }, toSliSeries(expected), at);
    expect(report?.status).toEqual(byHand);
    expect(report?.status?.attainment).toMatchObject({ kind: 'value', missingMinutes: 1_440 });
    expect(report?.status?.policy).toMatchObject({ state: 'exhausted', freeze: true });
  });

  it('writes nothing from a posted batch with one bad sample, naming it', async () => {
    const before = await readSliCoverage(context.store);
    const posted = importPostedSli(context, 'search-api', 'availability', {
      samples: [
        { timestamp: '2026-10-29T10:00:00Z', good: 10, valid: 10 },
        { timestamp: '2026-10-29T10:01:30Z', good: 10, valid: 10 },
      ],
    });
    await expect(posted).rejects.toThrow(/samples\[1\].*timestamp not on a whole minute/);
    expect(await readSliCoverage(context.store)).toEqual(before);
  });

  it('gives release checks each SLO with data: state, freeze and budget left', async () => {
    // search-api: 2 bad of 100 a minute for a day against a 1% budget: twice the budget, notify only.
    await importPostedSli(context, 'search-api', 'availability', {
      samples: Array.from({ length: 1_440 }, (_, i) => ({
        timestamp: new Date(START + 9 * DAY_MS + i * MINUTE_MS).toISOString(),
        good: 98,
        valid: 100,
      })),
    });
    const states = await errorBudgetStates(context, { now: new Date(START + 10 * DAY_MS) });
    expect(states).toEqual([
      expect.objectContaining({
        service: 'checkout-api',
        slo: 'availability',
        state: 'exhausted',
        freeze: true,
      }),
      { service: 'search-api', slo: 'availability', state: 'exhausted', freeze: false, remaining: -1 },
    ]);
  });
});

describe('/api/slos', () => {
  let testStore: TestStore;
  let app: ReturnType<typeof createApp>;
  let auth: { authorization: string };

  beforeAll(async () => {
    testStore = await openTestStore('pglite');
    app = createApp({ workspace, store: testStore.store }, { log: () => {} });
    auth = await bearerFor(testStore, 'manager');
  }, 60_000);

  afterAll(async () => {
    await testStore?.cleanup();
  });

  async function call(method: string, url: string, body?: unknown) {
    const response = await app.request(url, {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      headers: { 'content-type': 'application/json', ...auth },
    });
    // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
    return { status: response.status, body: (await response.json()) as any };
  }

  it('takes posted samples with 201, then shows them in the list and the detail', async () => {
    const samples = Array.from({ length: 60 }, (_, i) => ({
      timestamp: new Date(START + i * MINUTE_MS).toISOString(),
      good: i < 55 ? 1_000 : 990,
      valid: 1_000,
    }));
    const posted = await call('POST', '/api/slos/checkout-api/availability/sli', { samples });
    expect(posted).toMatchObject({ status: 201, body: { samples: 60, gapCount: 0 } });
    const list = await call('GET', '/api/slos?service=checkout-api&at=2026-10-21T00:00:00Z');
    expect(list.status).toBe(200);
    // 50 bad of 60,000 in the window against a 0.1% budget: 50 / 60 of it spent.
    expect(list.body.items[0].status.budget.consumed).toBeCloseTo(50 / 60, 9);
    // The last 5 minutes: 50 bad of 5,000 is 1%, ten times the budget rate.
    const detail = await call('GET', '/api/slos/checkout-api/availability');
    expect(detail.body.status.burnRates['5m']).toMatchObject({ value: 10, bad: 50 });
    expect(detail.body.days).toHaveLength(1);
  });

  it('answers 422 naming a bad sample and 404 for an SLO not declared', async () => {
    const bad = await call('POST', '/api/slos/checkout-api/availability/sli', {
      samples: [{ timestamp: '2026-10-20T00:00:00Z', good: 11, valid: 10 }],
    });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('more good events than valid ones');
    const missing = await call('GET', '/api/slos/checkout-api/latency');
    expect(missing.status).toBe(404);
  });
});
