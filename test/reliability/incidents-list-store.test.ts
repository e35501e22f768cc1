/**
 * `incidents list` filters and limits in the store's query. Each filter must keep exactly the incidents
 * the unfiltered list holds and the filter names, in the same order (newest first), with the same
 * summaries; a limit keeps the newest N and `total` still counts every match.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../../src/domain/errors.js';
import type { Incident } from '../../src/domain/records/incident.js';
import type { AppContext } from '../../src/services/context.js';
import { type IncidentSummary, listIncidents } from '../../src/services/incidents.service.js';
import { upsertRecords } from '../../src/store/index.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { buildIncident } from '../support/records.js';
import { openTestStore, type TestStore } from '../support/store.js';

const NOW = new Date('2026-04-20T12:00:00Z');
const SEVERITIES = ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'] as const;
const STATES = ['resolved', 'investigating', 'reviewed', 'declared', 'resolved', 'mitigated'] as const;
const SERVICES = ['payments-api', 'checkout-api', 'checkout-web', undefined] as const;
const SOURCES = ['pagerduty', 'opsgenie', 'files'] as const;
const CHECKOUT = new Set(['service:default/checkout-api', 'service:default/checkout-web']);

let tmp: string;
let testStore: TestStore;
let context: AppContext;
let everything: IncidentSummary[];

/** Ninety incidents over ten weeks; some start at the same instant, some just after a local midnight. */
function buildIncidents(): Incident[] {
  return Array.from({ length: 90 }, (_, index) => {
    const state = STATES[index % STATES.length] as (typeof STATES)[number];
    const service = SERVICES[Math.floor(index / 2) % SERVICES.length];
    // Every fifth incident shares its start with the one before; 22:30 UTC is 00:30 in Berlin in summer time.
    const step = index - (index % 5 === 4 ? 1 : 0);
    const hour = index % 3 === 0 ? 22 : 9 + (index % 8);
    const startedAt = new Date(Date.UTC(2026, 1, 9 + Math.floor((step * 7) / 9), hour, 30));
    const resolved = state === 'resolved' || state === 'reviewed';
    return buildIncident(index, {
      source: SOURCES[index % SOURCES.length] as string,
      key: `I${String(index).padStart(3, '0')}`,
      severity: SEVERITIES[Math.floor(index / 3) % SEVERITIES.length] as Incident['severity'],
      status: state,
      ...(service ? { service } : { service: undefined }),
      startedAt: startedAt.toISOString(),
      resolvedAt: resolved ? new Date(startedAt.getTime() + 90 * 60_000).toISOString() : undefined,
    });
  }).map(
    (incident) => Object.fromEntries(Object.entries(incident).filter(([, v]) => v !== undefined)) as Incident,
  );
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-incidents-list-'));
  await mkdir(path.join(tmp, 'model'));
  await writeFile(
    path.join(tmp, 'sextant.yaml'),
    'version: 1\norg:\n  name: Acme\ntimezone: Europe/Berlin\n',
  );
  await writeFile(
    path.join(tmp, 'model', 'teams.yaml'),
    'teams:\n' +
      '  - { name: payments, title: Payments, type: stream-aligned, mission: Money, services: [payments-api] }\n' +
      '  - { name: checkout, title: Checkout, type: stream-aligned, mission: Buying, services: [checkout-api, checkout-web] }\n' +
      '  - { name: platform, title: Platform, type: platform, mission: Paths }\n',
  );
  await writeFile(
    path.join(tmp, 'model', 'services.yaml'),
    'services:\n' +
      '  - { name: payments-api, title: Payments API, owner: payments }\n' +
      '  - { name: checkout-api, title: Checkout API, owner: checkout }\n' +
      '  - { name: checkout-web, title: Checkout web, owner: checkout }\n',
  );
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(tmp), store: testStore.store };
  await upsertRecords(context.store, 'incident', buildIncidents());
  everything = (await listIncidents(context, {}, NOW)).items;
}, 60_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(tmp, { recursive: true, force: true });
});

const isOpen = (item: IncidentSummary) => ['declared', 'investigating', 'mitigated'].includes(item.status);
/** The local (Berlin) day an incident started on. */
const startDay = (item: IncidentSummary) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(item.startedAt));

describe('listing incidents from the store', () => {
  it('lists every incident newest first, ties by source then key, with overdue duties on open ones', () => {
    expect(everything).toHaveLength(90);
    for (let index = 1; index < everything.length; index += 1) {
      const [before, after] = [everything[index - 1], everything[index]] as [
        IncidentSummary,
        IncidentSummary,
      ];
      expect(before.startedAt >= after.startedAt).toBe(true);
      if (before.startedAt === after.startedAt) expect(before.id < after.id).toBe(true);
    }
    expect(everything.filter((item) => !isOpen(item)).every((item) => item.overdue.length === 0)).toBe(true);
    expect(everything.some((item) => isOpen(item) && item.overdue.length > 0)).toBe(true);
  });

  const cases: [string, Record<string, string | boolean>, (item: IncidentSummary) => boolean][] = [
    ['open only', { open: true }, isOpen],
    ['a severity', { severity: 'SEV-2' }, (item) => item.severity === 'SEV-2'],
    ['a status', { status: 'mitigated' }, (item) => item.status === 'mitigated'],
    ['a source', { source: 'opsgenie' }, (item) => item.source === 'opsgenie'],
    ['a service', { service: 'checkout-api' }, (item) => item.service === 'service:default/checkout-api'],
    ['a team', { team: 'checkout' }, (item) => item.service !== null && CHECKOUT.has(item.service)],
    ['a first day', { since: '2026-03-10' }, (item) => startDay(item) >= '2026-03-10'],
    ['a last day', { until: '2026-03-10' }, (item) => startDay(item) <= '2026-03-10'],
    [
      'everything at once',
      { open: 'true', severity: 'SEV-1', team: 'checkout', since: '2026-02-15', until: '2026-04-10' },
      (item) =>
        isOpen(item) &&
        item.severity === 'SEV-1' &&
        item.service !== null &&
        CHECKOUT.has(item.service) &&
        startDay(item) >= '2026-02-15' &&
        startDay(item) <= '2026-04-10',
    ],
  ];
  for (const [name, query, keep] of cases) {
    it(`filters by ${name} exactly as the full list read in memory`, async () => {
      const expected = everything.filter(keep);
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(everything.length);
      const list = await listIncidents(context, query, NOW);
      expect(list.items).toEqual(expected);
      expect(list.total).toBe(expected.length);
    });
  }

  it('reads since and until as local days: 00:30 in Berlin belongs to that day, not the UTC one', async () => {
    const lateUtc = everything.find((item) => item.startedAt.endsWith('T22:30:00.000Z')) as IncidentSummary;
    const day = startDay(lateUtc);
    expect(day).not.toBe(lateUtc.startedAt.slice(0, 10));
    const list = await listIncidents(context, { since: day, until: day }, NOW);
    expect(list.items.map((item) => item.id)).toContain(lateUtc.id);
    expect(list.items.every((item) => startDay(item) === day)).toBe(true);
  });

  it('keeps the newest N with a limit, and counts every match in total', async () => {
    const list = await listIncidents(context, { limit: '7' }, NOW);
    expect(list.items).toEqual(everything.slice(0, 7));
    expect(list.total).toBe(90);
    const open = everything.filter(isOpen);
    const openList = await listIncidents(context, { open: true, limit: 3 }, NOW);
    expect(openList.items).toEqual(open.slice(0, 3));
    expect(openList.total).toBe(open.length);
    const wide = await listIncidents(context, { severity: 'SEV-4', limit: 500 }, NOW);
    expect(wide.total).toBe(everything.filter((item) => item.severity === 'SEV-4').length);
  });

  it('finds nothing for a team without services, and refuses an unknown team or a reversed window', async () => {
    expect(await listIncidents(context, { team: 'platform' }, NOW)).toMatchObject({ total: 0, items: [] });
    await expect(listIncidents(context, { team: 'ghosts' }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      listIncidents(context, { since: '2026-03-10', until: '2026-03-01' }, NOW),
    ).rejects.toBeInstanceOf(InputError);
    await expect(listIncidents(context, { limit: '0' }, NOW)).rejects.toBeInstanceOf(InputError);
  });
});
