/**
 * The demo's hiring plan and ATS export through the service, the HTTP API under different roles and the
 * command line: the planted bottleneck, the interviewer who scores high, the source that converts best,
 * and who may see what (refusals audited).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { LOCAL_OPERATOR } from '../../src/domain/privacy.js';
import { createApiToken, resolveManagedTeam } from '../../src/services/access.service.js';
import type { AppContext } from '../../src/services/context.js';
import { hiringPlan } from '../../src/services/hiring.service.js';
import { syncHiringFiles } from '../../src/services/hiring-import.service.js';
import { listAudit } from '../../src/store/index.js';
import { runCli } from '../support/cli.js';
import { useDemoWorkspace } from '../support/demo.js';
import { openTestStore, type TestStore } from '../support/store.js';

const AS_OF = '2026-11-23';
const NOW = new Date('2026-11-27T12:00:00Z');
const demo = useDemoWorkspace('sextant-hiring-demo-');
let testStore: TestStore;
let context: AppContext;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  testStore = await openTestStore('pglite');
  context = { workspace: demo.workspace, store: testStore.store };
  await syncHiringFiles(context);
  app = createApp(context);
  for (const role of ['viewer', 'leader', 'people-partner'])
    tokens[role] = (await createApiToken(context, { name: `hiring-${role}`, role })).token;
  const manages = resolveManagedTeam(context.workspace, 'checkout');
  tokens.manager = (
    await createApiToken(context, { name: 'hiring-manager', role: 'manager', manages })
  ).token;
}, 300_000);

afterAll(async () => {
  await testStore?.cleanup();
});

async function getJson(url: string, token?: string) {
  const response = await app.request(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

describe('the demo hiring plan', () => {
  it('fills three positions with the recent hires on their start dates and has one critical position overdue', async () => {
    const plan = await hiringPlan(context, LOCAL_OPERATOR, { asOf: AS_OF }, NOW);
    expect(plan.positions).toHaveLength(8);
    const filled = plan.positions.filter((position) => position.status === 'filled');
    expect(filled).toHaveLength(3);
    for (const position of filled) {
      const hire = demo.workspace.model.people.find((person) => person.ref === position.filledBy);
      expect(hire?.startDate).toBe(position.filledOn);
    }
    expect(plan.overdue.filter((item) => item.priority === 'critical')).toHaveLength(1);
    expect(plan.attainment).toMatchObject({ kind: 'value', filledOnPlan: 1, due: 3 });
    expect(plan.timeToFill.median).toMatchObject({ kind: 'value', n: 3 });
  });
});

describe('the demo pipeline over the API', () => {
  it('shows a leader the funnel with the technical stage as the bottleneck', async () => {
    const { status, body } = await getJson(`/api/hiring/funnel?asOf=${AS_OF}`, tokens.leader);
    expect(status).toBe(200);
    expect(body.funnel.kind).toBe('shown');
    expect(body.funnel.n).toBeGreaterThanOrEqual(120);
    expect(body.funnel.bottleneck).toMatchObject({
      kind: 'value',
      stage: 'technical',
      by: 'lowest-conversion',
    });
    expect(body.funnel.bottleneck.conversion).toBeLessThan(0.35);
    const technical = body.funnel.stages.find((stage: { stage: string }) => stage.stage === 'technical');
    expect(technical.figure.kind).toBe('shown');
  });

  it('withholds the hire-stage cell of the funnel, holding fewer than five candidates, with no count', async () => {
    const { body } = await getJson(`/api/hiring/funnel?asOf=${AS_OF}`, tokens.leader);
    const hired = body.funnel.stages.find((stage: { stage: string }) => stage.stage === 'hired');
    expect(hired.figure).toEqual({ kind: 'suppressed', reason: 'small-group', minimum: 5 });
  });

  it('shows referrals converting to hires far better than any other source', async () => {
    const { body } = await getJson(`/api/hiring/sources?asOf=${AS_OF}`, tokens.leader);
    const shown = body.sources.filter((row: { figure: { kind: string } }) => row.figure.kind === 'shown');
    const referral = shown.find((row: { source: string }) => row.source === 'referral');
    expect(referral.figure.hires).toBe(3);
    for (const row of shown.filter((other: { source: string }) => other.source !== 'referral'))
      expect(row.figure.hireRate).toBeLessThan(referral.figure.hireRate / 3);
  });

  it('refuses the funnel to an anonymous request and a viewer token, and audits both refusals', async () => {
    expect((await getJson(`/api/hiring/funnel?asOf=${AS_OF}`)).status).toBe(403);
    expect((await getJson('/api/hiring/funnel', tokens.viewer)).status).toBe(403);
    const refused = (await listAudit(testStore.store, { limit: 200 })).filter(
      (row) => row.resource === 'hiring funnel' && row.outcome === 'refused',
    );
    expect(refused.map((row) => row.actor).sort()).toEqual(['anonymous', 'hiring-viewer']);
  });

  it('refuses candidates to a manager (audited) and gives them to a people partner', async () => {
    expect((await getJson('/api/hiring/candidates', tokens.manager)).status).toBe(403);
    const audit = await listAudit(testStore.store, { limit: 200 });
    expect(
      audit.some(
        (row) =>
          row.actor === 'hiring-manager' && row.resource === 'hiring candidates' && row.outcome === 'refused',
      ),
    ).toBe(true);
    const { status, body } = await getJson(
      '/api/hiring/candidates?position=POS-01',
      tokens['people-partner'],
    );
    expect(status).toBe(200);
    expect(body.items.length).toBeGreaterThan(10);
    const hired = body.items.find((candidate: { outcome: string }) => candidate.outcome === 'hired');
    expect(hired.stages.map((entry: { stage: string }) => entry.stage)).toEqual([
      'applied',
      'screen',
      'technical',
      'onsite',
      'offer',
      'hired',
    ]);
    expect(hired.scorecards.length).toBeGreaterThan(0);
  });

  it('flags exactly one demo engineer as scoring systematically high', async () => {
    const { status, body } = await getJson('/api/hiring/calibration', tokens['people-partner']);
    expect(status).toBe(200);
    const high = body.interviewers.filter(
      (row: { overall: { flag?: string } }) => row.overall.flag === 'high',
    );
    expect(high).toHaveLength(1);
    expect(high[0].overall.deviation).toBeGreaterThanOrEqual(0.5);
    expect(high[0].overall.n).toBeGreaterThanOrEqual(5);
    const person = demo.workspace.model.people.find((p) => p.ref === high[0].interviewer);
    expect(person?.role).toMatch(/Engineer/);
    expect(
      body.interviewers.filter((row: { overall: { flag?: string } }) => row.overall.flag === 'low'),
    ).toEqual([]);
  });

  it('answers 400 for a bad query parameter and 404 for an unknown position', async () => {
    expect((await getJson('/api/hiring/funnel?from=yesterday', tokens.manager)).status).toBe(400);
    expect((await getJson('/api/hiring/funnel?position=POS-99', tokens.manager)).status).toBe(404);
  });
});

describe('hiring from the CLI', () => {
  it('imports the demo export and prints the funnel, the calibration and the plan', async () => {
    const imported = await runCli([
      '-w',
      demo.dir,
      'hiring',
      'import',
      path.join(demo.dir, 'data/ats-applications.csv'),
    ]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/Imported ats-ats-applications: \d+ applications/);
    // One process at a time: the embedded database takes one writer.
    const funnel = await runCli(['-w', demo.dir, 'hiring', 'funnel', '--as-of', AS_OF]);
    const json = await runCli(['-w', demo.dir, 'hiring', 'funnel', '--as-of', AS_OF, '--json']);
    const calibration = await runCli(['-w', demo.dir, 'hiring', 'calibration']);
    const plan = await runCli(['-w', demo.dir, 'hiring', 'plan', '--as-of', AS_OF]);
    expect(funnel.code, funnel.stderr).toBe(0);
    expect(funnel.stdout).toContain('Bottleneck: technical (lowest conversion');
    expect(JSON.parse(json.stdout).funnel.bottleneck.stage).toBe('technical');
    expect(calibration.stdout).toMatch(/\(high\)/);
    expect(plan.stdout).toContain(
      'Plan attainment (critical roles): 33% — 1 of 3 filled on plan (target 90%)',
    );
    expect(plan.stdout).toMatch(
      /POS-04 Senior Software Engineer \(critical, team:default\/\S+\): 30 days past/,
    );
  }, 300_000);

  it('refuses an unknown format', async () => {
    const result = await runCli(['-w', demo.dir, 'hiring', 'import', 'x.csv', '--format', 'xml']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('unknown export format');
  }, 120_000);
});
