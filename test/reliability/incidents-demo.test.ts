/**
 * The incident views over the demo organization's incidents (imported as PagerDuty would report them),
 * at fixed instants: every incident listed, open ones with the duties the default policy gives them, and a
 * Sextant incident numbered apart from the imported ones.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../../src/domain/records/incident.js';
import type { AppContext } from '../../src/services/context.js';
import { generateDemo, writeDemo } from '../../src/services/demo/index.js';
import { listIncidents, openIncident, showIncident } from '../../src/services/incidents.service.js';
import { upsertRecords } from '../../src/store/index.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { openTestStore, type TestStore } from '../support/store.js';

let tmp: string;
let testStore: TestStore;
let context: AppContext;
let demoIncidents: Incident[];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-incidents-demo-'));
  const demo = generateDemo({ seed: 1, asOf: '2026-11-23' });
  await writeDemo(tmp, demo);
  const file = demo.files.find((f) => f.path === 'data/incidents.jsonl');
  if (!file) throw new Error('the demo has no incidents file');
  demoIncidents = String(file.content)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Incident);
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  await upsertRecords(context.store, 'incident', demoIncidents);
}, 120_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

const OPEN = new Set(['declared', 'investigating', 'mitigated']);

describe('incidents over the demo organization', () => {
  it('lists every demo incident newest first, and --open only the ones not yet resolved', async () => {
    const now = new Date('2026-11-24T00:00:00Z');
    const all = await listIncidents(context, {}, now);
    expect(all.total).toBe(demoIncidents.length);
    const started = all.items.map((item) => item.startedAt);
    expect(started).toEqual([...started].sort().reverse());
    const open = await listIncidents(context, { open: 'true' }, now);
    const expected = demoIncidents.filter((incident) => OPEN.has(incident.status));
    expect(expected.length).toBeGreaterThan(0);
    expect(open.items.map((item) => item.id).sort()).toEqual(
      expected.map((incident) => `${incident.source}:${incident.key}`).sort(),
    );
    const closed = all.items.filter((item) => !OPEN.has(item.status));
    expect(closed.every((item) => item.overdue.length === 0)).toBe(true);
  });

  it('gives an open demo incident its update and notification duties as the default policy sets them', async () => {
    const incident = demoIncidents.find(
      (i) => OPEN.has(i.status) && (i.severity === 'SEV-1' || i.severity === 'SEV-2'),
    );
    if (!incident) throw new Error('the demo has no open SEV-1 or SEV-2 incident');
    const id = `${incident.source}:${incident.key}`;
    const startedAt = Date.parse(incident.startedAt);
    const early = await showIncident(context, id, new Date(startedAt + 10 * 60_000));
    expect(early.overdue.filter((d) => d.kind === 'update' || d.kind === 'executive-notification')).toEqual(
      [],
    );
    // SEV-2 by default: internal every 30 min, external every 60, executives told within 60 min.
    const late = await showIncident(context, id, new Date(startedAt + 61 * 60_000));
    const kinds = late.overdue.map((d) => (d.audience ? `${d.kind}:${d.audience}` : d.kind));
    if (incident.severity === 'SEV-2') {
      expect(kinds).toEqual(['update:internal', 'update:external', 'executive-notification']);
    } else {
      expect(kinds).toContain('executive-notification');
    }
    expect(late.commander).toBe(incident.commander);
  });

  it('numbers Sextant incidents apart from imported keys that look alike', async () => {
    expect(demoIncidents.some((incident) => /^INC-\d+$/.test(incident.key))).toBe(true);
    const now = new Date('2026-11-24T09:00:00Z');
    const id = await openIncident(
      context,
      { severity: 'SEV-3', title: 'Search results stale', service: 'search-api' },
      now,
    );
    expect(id).toBe('sextant:INC-1');
    const shown = await showIncident(context, 'INC-1', now);
    expect(shown).toMatchObject({ service: 'service:default/search-api', startedAt: now.toISOString() });
  });
});
