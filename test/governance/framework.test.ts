/**
 * The framework on the demo organization (registers/policies.yaml as `sextant demo` writes it): the
 * coverage figures, the CLI and the API, and a broken policies file refused with its position.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { frameworkCoverage, showFrameworkItem } from '../../src/services/framework.service.js';
import { runCli } from '../support/cli.js';
import { useDemoWorkspace } from '../support/demo.js';

const demo = useDemoWorkspace('sextant-framework-');
/** Noon on the day the demo data ends, so the dated figures do not drift with the calendar. */
const AS_OF = new Date('2026-11-23T12:00:00Z');

const personWithRole = (role: string) => demo.workspace.model.people.find((person) => person.role === role);

async function getJson(url: string) {
  // The framework reads only the workspace; no route here touches the store.
  const response = await createApp({ workspace: demo.workspace, store: {} as never }).request(url);
  // biome-ignore lint/suspicious/noExplicitAny: the tests inspect whatever JSON came back
  return { status: response.status, body: (await response.json()) as any };
}

describe('framework coverage on the demo', () => {
  it('counts the recorded adoption: 20 adopted of 118 applicable, the rest by status', async () => {
    const coverage = await frameworkCoverage(demo, AS_OF);
    expect(coverage.today).toBe('2026-11-23');
    expect(coverage.counts).toEqual({
      adopted: 20,
      partial: 6,
      planned: 3,
      'not-adopted': 2,
      'not-applicable': 1,
      unrecorded: 87,
      total: 119,
    });
    expect(coverage.adoptedShare).toBeCloseTo(20 / 118, 10);
    expect(coverage.carriedBySextant).toBe(23);
    const tech = coverage.areas.find((area) => area.id === 'tech');
    expect([tech?.counts.adopted, tech?.counts.partial, tech?.counts.unrecorded]).toEqual([11, 3, 17]);
    const reliability = tech?.concerns.find((concern) => concern.id === 'tech.reliability');
    expect(reliability?.adoptedShare).toBe(2 / 5);
  });

  it('finds the stale drill evidence, the overdue penetration test review and the training without evidence', async () => {
    const coverage = await frameworkCoverage(demo, AS_OF);
    const platform = personWithRole('Director of Engineering, Platform')?.ref;
    expect(coverage.staleEvidence).toEqual([
      expect.objectContaining({
        procedure: 'tech.reliability.availability.disaster-recovery',
        owner: platform,
        latestEvidence: '2026-03-18',
        ageDays: 250,
      }),
    ]);
    expect(coverage.overdueReviews).toEqual([
      expect.objectContaining({
        procedure: 'tech.security.secure-by-default.audits-and-pentests',
        review: '2026-11-11',
        daysOverdue: 12,
      }),
    ]);
    expect(coverage.missingEvidence.map((item) => item.procedure)).toEqual([
      'tech.security.secure-by-default.security-training',
    ]);
    expect(coverage.carriedOut.find((item) => item.procedure.endsWith('.compliance'))?.commands).toEqual([
      'controls list',
      'controls readiness',
    ]);
  });

  it('shows one procedure with its place in the catalog, its feature and its adoption', async () => {
    const item = await showFrameworkItem(demo, 'ops.budget.stewardship.annual-plan', AS_OF);
    expect(item.kind).toBe('procedure');
    if (item.kind !== 'procedure') return;
    expect([item.area.id, item.concern.id, item.policy.id]).toEqual([
      'ops',
      'ops.budget',
      'ops.budget.stewardship',
    ]);
    expect(item.feature?.commands).toContain('budget show');
    const staff = personWithRole('Chief of Staff, Engineering');
    expect(item.adoption).toMatchObject({
      status: 'adopted',
      owner: { ref: staff?.ref, name: staff?.displayName },
      evidence: [{ link: 'registers/budget-2026.yaml', date: '2026-10-24' }],
      review: '2027-02-01',
    });
  });
});

describe('framework on the command line', () => {
  it('lists one area with adoption and the command behind each procedure', async () => {
    const json = await runCli(['-w', demo.dir, 'framework', 'list', '--area', 'culture', '--json']);
    expect(json.code).toBe(0);
    const areas = JSON.parse(json.stdout);
    expect(areas.map((area: { id: string }) => area.id)).toEqual(['culture']);
    expect(areas[0].concerns).toHaveLength(4);
    const text = await runCli(['-w', demo.dir, 'framework', '--area', 'culture']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /culture\.autonomy\.empowered-teams\.decision-rights\s+adopted\s+.+\s+sextant who-decides/,
    );
    expect(text.stdout).toMatch(/culture\.example\.role-models\.candour\s+unrecorded\s+-\s+not yet covered/);
  }, 60_000);

  it('shows a procedure, and refuses an unknown id or area with exit code 1', async () => {
    const shown = await runCli([
      '-w',
      demo.dir,
      'framework',
      'show',
      'tech.reliability.availability.disaster-recovery',
    ]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Sextant: sextant controls list, sextant controls readiness');
    expect(shown.stdout).toMatch(/Adoption: partial · owner .+ · review 2026-12-13/);
    expect(shown.stdout).toContain('2026-03-18  https://wiki.fernwood.example/platform/dr-drill-spring');
    const unknown = await runCli(['-w', demo.dir, 'framework', 'show', 'tech.reliability.uptime']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('"tech.reliability.uptime"');
    const area = await runCli(['-w', demo.dir, 'framework', 'list', '--area', 'hr']);
    expect(area.code).toBe(1);
    expect(area.stderr).toContain('expected one of tech, people, ops, culture');
  }, 60_000);

  it('prints the coverage as JSON with the same totals as the service', async () => {
    const result = await runCli(['-w', demo.dir, 'framework', 'coverage', '--json']);
    expect(result.code).toBe(0);
    const body = JSON.parse(result.stdout);
    expect(body.counts.total).toBe(119);
    expect(body.counts.adopted).toBe(20);
    expect(body.areas.map((area: { id: string }) => area.id)).toEqual(['tech', 'people', 'ops', 'culture']);
    expect(body.overdueReviews.map((item: { procedure: string }) => item.procedure)).toContain(
      'tech.security.secure-by-default.audits-and-pentests',
    );
  }, 60_000);
});

describe('framework API', () => {
  it('lists the catalog by area, filtered by a valid area only', async () => {
    const all = await getJson('/api/framework');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(4);
    const ops = await getJson('/api/framework?area=ops');
    expect(ops.body.items.map((area: { id: string }) => area.id)).toEqual(['ops']);
    expect((await getJson('/api/framework?area=hr')).status).toBe(400);
  });

  it('answers coverage and one entry by id, and 404 for an unknown id', async () => {
    const coverage = await getJson('/api/framework/coverage');
    expect(coverage.status).toBe(200);
    expect(coverage.body.counts.adopted).toBe(20);
    const concern = await getJson('/api/framework/ops.risk');
    expect(concern.body).toMatchObject({ kind: 'concern', title: 'Risk', area: { id: 'ops' } });
    expect(concern.body.counts.partial).toBe(1);
    expect(concern.body.policies[0].procedures[2].adoption.status).toBe('partial');
    expect((await getJson('/api/framework/ops.nothing')).status).toBe(404);
  });
});

describe('a broken policies file', () => {
  it('is reported by validate at its file, line, field, what was found and expected, and nothing is printed', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-policies-'));
    try {
      const files = {
        'sextant.yaml': 'org:\n  name: Acme\n',
        'model/teams.yaml':
          'teams:\n  - name: payments\n    type: stream-aligned\n    mission: Let customers pay.\n    lead: ada\n',
        'model/people.yaml': 'people:\n  - name: ada\n    role: Engineering Manager\n    teams: [payments]\n',
        'registers/policies.yaml':
          'procedures:\n  - procedure: ops.risk.managed-risk.register\n    status: adopted\n    owner: ada\n' +
          '  - procedure: ops.risk.managed-risk.register\n    status: adopted\n    owner: bea\n',
      };
      for (const [file, content] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
        await writeFile(path.join(dir, file), content);
      }
      const validate = await runCli(['-w', dir, 'validate']);
      expect(validate.code).toBe(1);
      expect(validate.stderr).toContain(
        'registers/policies.yaml:5:16 field procedures[1].procedure: procedure "ops.risk.managed-risk.register" is recorded twice',
      );
      expect(validate.stderr).toContain('found ops.risk.managed-risk.register, first recorded on line 2');
      expect(validate.stderr).toMatch(
        /registers\/policies\.yaml:7:\d+ field procedures\[1\]\.owner: unknown person "bea"/,
      );
      const coverage = await runCli(['-w', dir, 'framework', 'coverage']);
      expect(coverage.code).toBe(1);
      expect(coverage.stdout).toBe('');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
