/** `/api/vulnerabilities` on the demo organization: its planted overdue criticals, imports and bad input. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import type { AppContext } from '../../src/services/context.js';
import { generateDemo, writeDemo } from '../../src/services/demo/index.js';
import { syncModel } from '../../src/services/sync.service.js';
import { syncVulnerabilityFiles } from '../../src/services/vulnerabilities.service.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { bearerFor } from '../support/api-auth.js';
import { openTestStore, type TestStore } from '../support/store.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../src/connectors/vulnerabilities/fixtures');

let tmp: string;
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-vulns-api-'));
  await writeDemo(tmp, generateDemo({ seed: 1, asOf: '2026-11-23' }));
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  await syncModel(context);
  const summary = await syncVulnerabilityFiles(context, new Date('2026-11-23T21:00:00Z'));
  expect(summary?.inserted).toBeGreaterThan(40);
  app = createApp(context);
}, 300_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

async function request(url: string, init?: RequestInit) {
  const response = await app.request(url, init);
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

describe('/api/vulnerabilities', () => {
  it("shows the demo's overdue critical findings, all of them fulfilment's", async () => {
    const { status, body } = await request('/api/vulnerabilities/overdue');
    expect(status).toBe(200);
    const criticalTeams = body.result.teams
      .filter((team: { bySeverity: { critical?: number } }) => (team.bySeverity.critical ?? 0) > 0)
      .map((team: { team: string; bySeverity: { critical: number } }) => [
        team.team,
        team.bySeverity.critical,
      ]);
    expect(criticalTeams).toEqual([['team:default/fulfilment', 3]]);
    const open = await request('/api/vulnerabilities?team=fulfilment&severity=critical&open=true');
    expect(open.body.items.map((item: { service: string }) => item.service).sort()).toEqual([
      'service:default/courier-dispatch',
      'service:default/delivery-slots',
      'service:default/warehouse-api',
    ]);
  });

  it('gives the SLA figures of a scope in the metric result shape', async () => {
    const { status, body } = await request(
      '/api/vulnerabilities/sla?scope=team:fulfilment&from=2026-01-01&to=2026-11-22',
    );
    expect(status).toBe(200);
    const critical = body.results.remediationWithinSla.critical;
    expect(critical.metric).toEqual({ id: 'vulnerabilities.remediation-within-sla', version: 1 });
    expect(critical.scope).toEqual({ kind: 'team', ref: 'team:default/fulfilment' });
    // The three planted findings fell due unfixed; fulfilment fixed no critical finding in time since.
    expect(critical.denominator - critical.numerator).toBe(3);
  });

  it('imports a Dependabot alert list posted as JSON, and refuses bad CSV with its issues', async () => {
    const alerts = await readFile(path.join(FIXTURES, 'dependabot-alerts.json'), 'utf8');
    const auth = await bearerFor(context, 'manager');
    const posted = await request('/api/vulnerabilities/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: alerts,
    });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ read: 2, inserted: 2 });
    const bad = await request('/api/vulnerabilities/import', {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...auth },
      body: 'id,repository,package,severity,opened\nZ-1,checkout-api,lodash,high,someday\n',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.issues).toEqual([
      expect.objectContaining({
        file: 'request body',
        line: 2,
        record: 'Z-1',
        path: 'opened',
        found: '"someday"',
      }),
    ]);
  });
});
