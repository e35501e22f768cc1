/**
 * Org health on the demo organization, loaded through the same sync a user runs: its planted overloaded
 * team and its knowledge concentration must be found, each with the records behind it; and the API and
 * query validation around it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { InputError, NotFoundError } from '../../src/domain/errors.js';
import type { AppContext } from '../../src/services/context.js';
import { generateDemo, writeDemo } from '../../src/services/demo/index.js';
import { CONCENTRATED_SERVICE, OVERLOADED_TEAM } from '../../src/services/demo/planted.js';
import { type OrgHealthReport, readOrgHealth } from '../../src/services/org-health.service.js';
import { syncWorkspace } from '../../src/services/sync.service.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { openTestStore, type TestStore } from '../support/store.js';

const AS_OF = '2026-11-23';
const TEAM = `team:default/${OVERLOADED_TEAM}`;
const SERVICE = `service:default/${CONCENTRATED_SERVICE}`;
let tmp: string;
let testStore: TestStore;
let context: AppContext;
let report: OrgHealthReport;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-org-health-'));
  await writeDemo(tmp, generateDemo({ seed: 1, asOf: AS_OF }));
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  await syncWorkspace(context);
  report = await readOrgHealth(context, { asOf: AS_OF });
}, 300_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

const find = (id: string) => report.findings.find((finding) => finding.id === id);

describe('org health on the demo organization', () => {
  it('reads a 90-day window of evidence ending with asOf, in whole days of the workspace time zone', () => {
    // Europe/Berlin: 26 August starts at 22:00 UTC the day before (summer time), 24 November at 23:00 UTC.
    expect(report.window).toEqual({
      from: '2026-08-25T22:00:00.000Z',
      to: '2026-11-23T23:00:00.000Z',
      days: 90,
    });
    expect(report.evidence.commits).toBeGreaterThan(500);
    expect(report.evidence.pages).toBeGreaterThan(20);
  });

  it('finds the overloaded fulfilment team: load over capacity and rising, too many services, too many people', () => {
    const load = find(`cognitive-load:${TEAM}`);
    expect(load?.severity).toBe('high');
    expect(load?.evidence.metrics).toMatchObject({ load: 13, capacity: 10, rising: 1 });
    const services = find(`cognitive-load/services:${TEAM}`);
    expect(services?.evidence.metrics).toEqual({ services: 5, max: 4 });
    expect(services?.evidence.records).toContain(SERVICE);
    const size = find(`team-size:${TEAM}`);
    expect(size?.check).toBe('too-large');
    expect(size?.evidence.metrics.headcount).toBeGreaterThan(8);
  });

  it('finds the knowledge concentrated in the WMS adapter, with its keeper and commits', () => {
    const hero = find(`hero-culture:${SERVICE}`);
    expect(hero?.evidence.metrics.truckFactor).toBe(1);
    expect(hero?.evidence.metrics.topAuthorCommitShare).toBeGreaterThan(0.9);
    expect(hero?.evidence.records).toContain(TEAM);
    expect(hero?.evidence.records.some((record) => record.startsWith('person:'))).toBe(true);
  });

  it('orders findings most severe first and counts them by severity', () => {
    const order = { high: 0, medium: 1, low: 2 };
    const severities = report.findings.map((finding) => order[finding.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    expect(report.counts.high + report.counts.medium + report.counts.low).toBe(report.findings.length);
  });

  it('narrows to one team and one rule', async () => {
    const narrowed = await readOrgHealth(context, {
      asOf: AS_OF,
      team: OVERLOADED_TEAM,
      rule: 'cognitive-load',
    });
    expect(narrowed.team).toBe(TEAM);
    expect(narrowed.findings.map((finding) => finding.id).sort()).toEqual([
      `cognitive-load/services:${TEAM}`,
      `cognitive-load:${TEAM}`,
    ]);
  });

  it('refuses an unknown rule, a bad date and an unknown team, naming what was wrong', async () => {
    await expect(readOrgHealth(context, { rule: 'gossip' })).rejects.toThrow(InputError);
    await expect(readOrgHealth(context, { asOf: '23/11/2026' })).rejects.toThrow(/asOf/);
    await expect(readOrgHealth(context, { team: 'nobody' })).rejects.toThrow(NotFoundError);
  });

  it('serves the same report at GET /api/org/health, and a 400 for a bad parameter', async () => {
    const app = createApp(context);
    const response = await app.request(`/api/org/health?asOf=${AS_OF}&team=${OVERLOADED_TEAM}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as OrgHealthReport;
    expect(body.findings.map((finding) => finding.id)).toContain(`cognitive-load:${TEAM}`);
    expect(body.findings.every((finding) => finding.evidence.records.length > 0)).toBe(true);
    const bad = await app.request('/api/org/health?windowDays=0');
    expect(bad.status).toBe(400);
  });
});
