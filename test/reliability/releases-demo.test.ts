/**
 * Releases on the demo organization, loaded through the same sync a user runs: the planted Friday
 * condition must show up as an anti-pattern, tag-released services must carry their versions, and the
 * checklist, sign-offs, flags import and API must work on realistic data.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { ImportError, InputError, NotFoundError } from '../../src/domain/errors.js';
import type { AppContext } from '../../src/services/context.js';
import { generateDemo, writeDemo } from '../../src/services/demo/index.js';
import {
  checkReleaseAntiPatterns,
  computeReleaseMetricsReport,
  importFeatureFlags,
  listReleases,
  showRelease,
  signOffRelease,
} from '../../src/services/releases.service.js';
import { syncWorkspace } from '../../src/services/sync.service.js';
import { listFeatureFlags } from '../../src/store/releases.repo.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { bearerFor } from '../support/api-auth.js';
import { openTestStore, type TestStore } from '../support/store.js';

const AS_OF = '2026-11-23';
const NOW = new Date('2026-11-23T12:00:00Z');
const WINDOW = { from: '2026-08-31', to: '2026-11-22' };
let tmp: string;
let testStore: TestStore;
let context: AppContext;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-releases-'));
  await writeDemo(tmp, generateDemo({ seed: 1, asOf: AS_OF }));
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  await syncWorkspace(context);
}, 600_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

interface DemoDeployment {
  key: string;
  service: string;
  environment: string;
  finishedAt: string;
  rollbackOf?: string;
}

async function readDeployments(): Promise<DemoDeployment[]> {
  return (await readFile(path.join(tmp, 'data', 'deployments.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DemoDeployment);
}

/** Services of the commerce domain, the only ones the demo lets deploy on Fridays. */
function listCommerceServices(): Set<string> {
  const { systems, services } = context.workspace.model;
  const commerce = new Set(systems.filter((s) => s.domain === 'domain:default/commerce').map((s) => s.ref));
  return new Set(services.filter((s) => s.system !== null && commerce.has(s.system)).map((s) => s.ref));
}

describe('releases on the demo organization', () => {
  it('finds the planted Friday deployments: planned ones from commerce only, failing far more often than other days', async () => {
    const { antiPatterns } = await checkReleaseAntiPatterns(context, WINDOW, NOW);
    const friday = antiPatterns.find((pattern) => pattern.id === 'friday-deployments');
    expect(friday?.detected).toBe(true);
    const details = friday?.details as {
      friday: { releases: number; failureRate: number };
      otherDays: { failureRate: number };
      fridayReleases: string[];
    };
    expect(details.friday.releases).toBeGreaterThanOrEqual(5);
    expect(details.friday.failureRate).toBeGreaterThan(3 * details.otherDays.failureRate);
    const { releases } = await listReleases(context, WINDOW, NOW);
    // Hotfixes go out whenever something breaks; only planned releases keep the Friday freeze.
    const planned = new Map(
      releases.filter((r) => !r.hotfix).map((release) => [release.id, release.service]),
    );
    const commerce = listCommerceServices();
    const fridayPlanned = details.fridayReleases.filter((id) => planned.has(id));
    expect(fridayPlanned.length).toBeGreaterThanOrEqual(5);
    for (const id of fridayPlanned) expect(commerce.has(planned.get(id) ?? '')).toBe(true);
    expect(friday?.evidence.length).toBeGreaterThan(0);
  }, 300_000);

  it('counts one release per production deployment that is not a rollback', async () => {
    const from = Date.parse('2026-08-30T22:00:00Z');
    const to = Date.parse('2026-11-22T23:00:00Z');
    const expected = (await readDeployments()).filter((d) => {
      const at = Date.parse(d.finishedAt);
      return d.environment === 'production' && d.rollbackOf === undefined && at >= from && at < to;
    });
    const { results } = await computeReleaseMetricsReport(context, WINDOW, NOW);
    expect(results.frequency).toMatchObject({ kind: 'value', count: expected.length });
    expect(results.successRate.kind).toBe('value');
    expect(results.rollbackRate.kind === 'value' && results.rollbackRate.numerator).toBeGreaterThan(0);
  }, 300_000);

  it('names the releases of tag-released services by their semantic-version tag', async () => {
    const { releases } = await listReleases(context, { service: 'api-gateway', ...WINDOW }, NOW);
    expect(releases.length).toBeGreaterThan(5);
    for (const release of releases) expect(release.version).toMatch(/^v\d+\.\d+\.\d+$/);
  }, 300_000);

  it('flags only a few big-bang releases, each beyond its service’s fence or the absolute threshold', async () => {
    const { antiPatterns } = await checkReleaseAntiPatterns(context, WINDOW, NOW);
    const bigBang = antiPatterns.find((pattern) => pattern.id === 'big-bang-releases');
    const details = bigBang?.details as {
      measured: number;
      releases: { linesChanged: number; serviceFence?: number; reason: string }[];
    };
    expect(bigBang?.detected).toBe(true);
    expect(details.releases.length).toBeLessThan(details.measured * 0.05);
    for (const release of details.releases) {
      if (release.reason === 'absolute') expect(release.linesChanged).toBeGreaterThanOrEqual(5000);
      else expect(release.linesChanged).toBeGreaterThan(release.serviceFence ?? Number.POSITIVE_INFINITY);
    }
  }, 300_000);

  it('records a rollback-plan sign-off, shows it on the checklist and drops the release from the anti-pattern', async () => {
    const { releases } = await listReleases(context, { service: 'ledger-service', ...WINDOW }, NOW);
    const target = releases.at(-1);
    if (!target) throw new Error('no ledger release');
    const person = context.workspace.model.people[0]?.name ?? '';
    await signOffRelease(
      context,
      target.id,
      { item: 'rollback-plan', by: person, note: 'redeploy the previous tag' },
      NOW,
    );
    const view = await showRelease(context, `ledger-service@${target.version}`, NOW);
    expect(view.release.id).toBe(target.id);
    const item = view.checklist.items.find((entry) => entry.item === 'rollback-plan');
    expect(item).toMatchObject({ status: 'done', signoff: { person: `person:default/${person}` } });
    const { antiPatterns } = await checkReleaseAntiPatterns(context, WINDOW, NOW);
    const missing = antiPatterns.find((pattern) => pattern.id === 'no-rollback-plan');
    expect(missing?.evidence).not.toContain(target.id);
    expect(missing?.evidence.length).toBeGreaterThan(0);
  }, 300_000);

  it('rejects a sign-off on an unknown release, an unknown item, by an unknown person, or a plan without a note', async () => {
    const { releases } = await listReleases(context, { service: 'ledger-service', ...WINDOW }, NOW);
    const id = releases[0]?.id ?? '';
    const person = context.workspace.model.people[0]?.name ?? '';
    await expect(
      signOffRelease(context, 'demo-deploy:nope/1', { item: 'qa-signoff', by: person }, NOW),
    ).rejects.toThrow(NotFoundError);
    await expect(signOffRelease(context, id, { item: 'qa-approval', by: person }, NOW)).rejects.toThrow(
      /Unknown checklist item "qa-approval"/,
    );
    await expect(signOffRelease(context, id, { item: 'qa-signoff', by: 'nobody-here' }, NOW)).rejects.toThrow(
      /names no declared person/,
    );
    await expect(signOffRelease(context, id, { item: 'rollback-plan', by: person }, NOW)).rejects.toThrow(
      InputError,
    );
  }, 300_000);

  it('imports feature flags and reports their age; a bad file names its line and writes nothing', async () => {
    const good = path.join(tmp, 'flags.csv');
    await writeFile(
      good,
      [
        'key,service,created,archived,owner',
        'new-checkout,checkout-api,2026-06-01,,',
        'promo-banner,web-storefront,2026-11-01,,',
        'old-test,checkout-api,2026-01-01,2026-02-01,',
      ].join('\n'),
    );
    expect(await importFeatureFlags(context, good)).toMatchObject({ flags: 3, written: 3 });
    const { results } = await computeReleaseMetricsReport(context, WINDOW, NOW);
    expect(results.flagAge).toMatchObject({ kind: 'value', n: 2, stale: 1 });

    const bad = path.join(tmp, 'bad-flags.csv');
    await writeFile(
      bad,
      ['key,service,created', 'a-flag,checkout-api,2026-06-01', 'b-flag,no-such-service,2026-06-01'].join(
        '\n',
      ),
    );
    const error = await importFeatureFlags(context, bad).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).issues[0]).toMatchObject({
      file: 'bad-flags.csv',
      line: 3,
      found: 'no-such-service',
    });
    expect((await listFeatureFlags(context.store)).map((flag) => flag.key).sort()).toEqual([
      'new-checkout',
      'old-test',
      'promo-banner',
    ]);
  }, 300_000);

  it('serves releases over the API: list, show with checklist, sign-off errors and anti-patterns', async () => {
    const app = createApp(context, { log: () => {} });
    const list = await app.request('/api/releases?service=ledger-service&from=2026-11-01&to=2026-11-22');
    expect(list.status).toBe(200);
    const { items } = (await list.json()) as { items: { id: string }[] };
    const id = items[0]?.id ?? '';
    const show = await app.request(`/api/releases/${encodeURIComponent(id)}`);
    expect(show.status).toBe(200);
    expect(
      ((await show.json()) as { checklist: { items: unknown[] } }).checklist.items.length,
    ).toBeGreaterThan(20);
    const auth = await bearerFor(context, 'manager');
    const unknownPerson = await app.request(`/api/releases/${id}/signoffs`, {
      method: 'POST',
      body: JSON.stringify({ item: 'qa-signoff', by: 'nobody-here' }),
      headers: { 'content-type': 'application/json', ...auth },
    });
    expect(unknownPerson.status).toBe(400);
    const unknownRelease = await app.request('/api/releases/demo-deploy:nope/1/signoffs', {
      method: 'POST',
      body: JSON.stringify({ item: 'qa-signoff', by: context.workspace.model.people[0]?.name }),
      headers: { 'content-type': 'application/json', ...auth },
    });
    expect(unknownRelease.status).toBe(404);
    const check = await app.request('/api/releases/anti-patterns?from=2026-08-31&to=2026-11-22');
    const body = (await check.json()) as { antiPatterns: { id: string }[] };
    expect(body.antiPatterns.map((pattern) => pattern.id)).toEqual([
      'friday-deployments',
      'big-bang-releases',
      'long-lived-release-branches',
      'no-rollback-plan',
    ]);
  }, 300_000);
});
