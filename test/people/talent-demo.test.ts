/**
 * The talent review on the demo organization, its commits loaded through the import path a user's files
 * take so the knowledge concentration is known, and the /api/talent routes under tokens of each role.
 * The demo plants one single point of failure: the fulfilment engineer who alone knows the WMS adapter
 * holds a critical role with no successor and is a high flight risk (src/services/demo/talent-files.ts).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { findBox } from '../../src/assess/talent/grid.js';
import { LOCAL_OPERATOR } from '../../src/domain/privacy.js';
import { normalizeRating } from '../../src/domain/talent.js';
import { createApiToken } from '../../src/services/access.service.js';
import type { AppContext } from '../../src/services/context.js';
import { generateDemo } from '../../src/services/demo/index.js';
import { CONCENTRATED_SERVICE } from '../../src/services/demo/planted.js';
import { importRecordFiles } from '../../src/services/import.service.js';
import { readSuccession, readTalentGrid, readTalentProfile } from '../../src/services/talent.service.js';
import { readTalentRisks } from '../../src/services/talent-risks.service.js';
import { listAudit } from '../../src/store/index.js';
import { useDemoWorkspace } from '../support/demo.js';
import { openTestStore, type TestStore } from '../support/store.js';

const demo = useDemoWorkspace('sextant-talent-');
let testStore: TestStore;
let context: AppContext;

beforeAll(async () => {
  testStore = await openTestStore('pglite');
  context = { workspace: demo.workspace, store: testStore.store };
  const commits = demo.workspace.config.imports
    .filter((entry) => entry.type === 'commit')
    .map((entry) => ({ ...entry, path: path.join(demo.dir, entry.path) }));
  await importRecordFiles(testStore.store, commits);
}, 180_000);

afterAll(async () => {
  await testStore?.cleanup();
});

/** The engineer the demo's planted knowledge concentration names, found among the declared people. */
function findKeeper(): string {
  const planted = generateDemo({ seed: 1, asOf: '2026-11-23' }).planted.find(
    (condition) => condition.id === 'knowledge-concentration',
  );
  const keeper = demo.workspace.model.people.find((person) =>
    planted?.description.startsWith(`${person.displayName} (`),
  );
  if (!keeper) throw new Error('the demo names no engineer for its knowledge concentration');
  return keeper.ref;
}

/** The keeper's name, as a URL path segment takes it. */
const keeperName = () => findKeeper().slice('person:default/'.length);

const byRole = (role: string) => {
  const person = demo.workspace.model.people.find((candidate) => candidate.role === role);
  if (!person) throw new Error(`no ${role} in the demo`);
  return person.ref;
};

describe('succession on the demo organization', () => {
  it('covers the VP, the directors, every engineering manager and the WMS steward, who has no successor', async () => {
    const { roles, coverage } = await readSuccession(context, LOCAL_OPERATOR);
    const managers = demo.workspace.model.people.filter(
      (person) => person.role === 'Engineering Manager' && person.endDate === null,
    );
    expect(roles).toHaveLength(4 + managers.length + 1);
    expect(roles.find((role) => role.id === 'vp-engineering')?.holder.ref).toBe(byRole('VP Engineering'));
    const steward = roles.find((role) => role.id === 'wms-adapter-steward');
    expect(steward).toMatchObject({ holder: { ref: findKeeper() }, status: 'none', readyNow: [] });
    expect(steward?.services).toEqual([`service:default/${CONCENTRATED_SERVICE}`]);
    expect(coverage).toEqual({
      kind: 'value',
      roles: 11,
      readyNow: { roles: 5, ratio: 5 / 11 },
      withSuccessor: { roles: 10, ratio: 10 / 11 },
      withoutSuccessor: 1,
    });
  });
});

describe('talent risks on the demo organization', () => {
  it('finds the WMS keeper a single point of failure on both counts, with the git history loaded', async () => {
    const keeper = findKeeper();
    const { singlePointsOfFailure: spof } = await readTalentRisks(context, LOCAL_OPERATOR);
    expect(spof.rolesWithoutSuccessor.map((role) => role.holder.ref)).toEqual([keeper]);
    expect(spof.knowledge.kind).toBe('value');
    if (spof.knowledge.kind !== 'value') return;
    const wms = spof.knowledge.soleExperts.find(
      (expert) => expert.service === `service:default/${CONCENTRATED_SERVICE}`,
    );
    expect(wms).toMatchObject({ expert: { ref: keeper }, roles: ['wms-adapter-steward'] });
    expect(wms?.reasons).toContain('critical-role');
    expect(spof.people[0]).toMatchObject({
      person: { ref: keeper },
      roles: ['wms-adapter-steward'],
      services: [`service:default/${CONCENTRATED_SERVICE}`],
    });
  });

  it('flags the keeper’s high flight risk as critical: they hold a critical role and perform highly', async () => {
    const { flightRisks } = await readTalentRisks(context, LOCAL_OPERATOR);
    const keeper = flightRisks.find((risk) => risk.person.ref === findKeeper());
    expect(keeper).toMatchObject({ severity: 'critical', holds: ['wms-adapter-steward'] });
    expect(keeper?.aggravations).toEqual(['holds-critical-role', 'high-performer']);
  });
});

describe('the grid on the demo organization', () => {
  it('places the keeper and the VP by their 2026-H2 calibration, and the operations director by rating and calibrated potential; leavers are not reviewed', async () => {
    const grid = await readTalentGrid(context, LOCAL_OPERATOR, {});
    expect(grid.cycle?.id).toBe('2026-H2');
    const boxOf = (ref: string) => grid.boxes.find((box) => box.people.some((p) => p.ref === ref))?.name;
    expect(boxOf(findKeeper())).toBe('strong contributor');
    expect(boxOf(byRole('VP Engineering'))).toBe('strong contributor');
    const director = byRole('Director of Engineering, Operations');
    const entry = (await demo.workspace.peoplePrivate()).find((candidate) => candidate.person === director);
    const band = (await demo.workspace.governance()).talentReview.ratings[
      normalizeRating(entry?.performance?.rating ?? '')
    ];
    expect(band).toBeDefined();
    expect(boxOf(director)).toBe(findBox(band ?? 'low', 'high').name);
    expect(grid.unmappedRatings).toEqual([]);
    const leavers = demo.workspace.model.people.filter((person) => person.endDate !== null);
    expect(leavers.length).toBeGreaterThan(0);
    const reviewed = [
      ...grid.boxes.flatMap((box) => box.people.map((person) => person.ref)),
      ...grid.unplaced.map((entry) => entry.person.ref),
    ];
    for (const leaver of leavers) expect(reviewed).not.toContain(leaver.ref);
  });

  it('narrows the grid to one team, and shows a person’s notes and the roles they could succeed', async () => {
    const fulfilment = await readTalentGrid(context, LOCAL_OPERATOR, { team: 'fulfilment' });
    const placed = fulfilment.boxes.flatMap((box) => box.people.map((person) => person.ref));
    expect(placed).toContain(findKeeper());
    expect(placed).not.toContain(byRole('VP Engineering'));
    const director = await readTalentProfile(
      context,
      LOCAL_OPERATOR,
      byRole('Director of Engineering, Operations'),
    );
    expect(director.holds).toEqual([
      { role: 'director-operations', title: 'Director of Engineering, Operations', status: 'ready-now' },
    ]);
    expect(director.couldSucceed).toMatchObject([{ role: 'vp-engineering', readiness: 'ready-now' }]);
    expect(director.calibration.map((note) => note.cycle)).toEqual(['2026-H2']);
  });
});

describe('GET /api/talent under each role', () => {
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    for (const role of ['viewer', 'manager', 'leader', 'people-partner'])
      tokens[role] = (await createApiToken(context, { name: `talent-${role}`, role })).token;
  });
  const get = (url: string, role: string) =>
    createApp(context).request(url, { headers: { authorization: `Bearer ${tokens[role]}` } });

  it('refuses the grid to a manager, and writes the refusal to the audit log', async () => {
    const refused = await get('/api/talent/grid', 'manager');
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await refused.json())).toContain('people.talent');
    const audit = await listAudit(testStore.store, { actor: 'talent-manager', limit: 10 });
    expect(audit[0]).toMatchObject({
      outcome: 'refused',
      capability: 'people.talent',
      resource: 'talent grid',
    });
    for (const url of ['/api/talent/succession', '/api/talent/risks', `/api/talent/people/${keeperName()}`])
      expect((await get(url, 'manager')).status).toBe(403);
  });

  it('shows the grid, succession and a profile to a leader and a people partner', async () => {
    for (const role of ['leader', 'people-partner']) {
      const grid = await get('/api/talent/grid?team=fulfilment', role);
      expect(grid.status).toBe(200);
      expect(((await grid.json()) as { team: string }).team).toBe('team:default/fulfilment');
      const profile = await get(`/api/talent/people/${keeperName()}`, role);
      const body = (await profile.json()) as {
        calibration: { notes: string }[];
        flightRisk: { level: string };
      };
      expect(body.flightRisk.level).toBe('high');
      expect(body.calibration[0]?.notes).toContain('WMS');
    }
    const audit = await listAudit(testStore.store, { actor: 'talent-leader', limit: 10 });
    expect(audit.map((row) => row.resource)).toContain('talent profile');
    expect(audit.find((row) => row.resource === 'talent grid')?.detail).toEqual({ team: 'fulfilment' });
  });

  it('gives a leader the coverage ratio without names, and refuses it to a viewer and a manager', async () => {
    const shown = await get('/api/talent/coverage', 'leader');
    expect(shown.status).toBe(200);
    const body = await shown.json();
    expect(body).toMatchObject({ coverage: { kind: 'shown', n: 11, coverage: { readyNow: { roles: 5 } } } });
    expect(JSON.stringify(body)).not.toContain('person:');
    expect((await get('/api/talent/coverage', 'viewer')).status).toBe(403);
    // The ratio is the organization's: a manager reads people data of the teams they manage only.
    expect((await get('/api/talent/coverage', 'manager')).status).toBe(403);
  });

  it('answers 404 for an unknown person or team and 400 for an unknown parameter', async () => {
    expect((await get('/api/talent/people/nobody-here', 'leader')).status).toBe(404);
    expect((await get('/api/talent/grid?team=nope', 'leader')).status).toBe(404);
    expect((await get('/api/talent/grid?teams=x', 'leader')).status).toBe(400);
  });
});
