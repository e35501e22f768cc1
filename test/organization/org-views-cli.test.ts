/**
 * `sextant teams|people|services` end to end on a small workspace: they read the files, so an edit shows
 * at once, without a sync and without opening the database.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let tmp: string;
let workspace: string;

const TEAMS = `teams:
  - name: web
    type: stream-aligned
    mission: The storefront.
    lead: lin
    interactions:
      - mode: collaboration
        with: platform
        since: 2025-01-06
        purpose: Move the storefront to the new runtime
    cognitiveLoad:
      - { date: 2026-01-05, intrinsic: 6, extraneous: 4 }
      - { date: 2026-04-06, intrinsic: 7, extraneous: 5 }
  - name: platform
    type: platform
    mission: A paved road to production.
    api:
      offers: [Deploy pipeline]
      contact: '#platform'
`;
const PEOPLE = `people:
  - { name: vp, displayName: Vera Park, role: VP Engineering }
  - { name: lin, displayName: Lin Wu, role: Engineering Manager, manager: vp, teams: [web] }
  - { name: ana, role: Engineer, manager: lin, teams: [web] }
  - { name: raj, role: Engineer, manager: lin, dottedLine: [vp], teams: [{ team: web, allocation: 0.5 }, { team: platform, allocation: 0.5 }] }
`;
const SERVICES = `services:
  - { name: storefront, owner: web, dependsOn: [deployer] }
  - { name: deployer, owner: platform }
`;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-org-views-cli-'));
  workspace = path.join(tmp, 'ws');
  const init = await runCli(['init', workspace]);
  expect(init.code).toBe(0);
  await writeFile(path.join(workspace, 'model', 'teams.yaml'), TEAMS);
  await writeFile(path.join(workspace, 'model', 'people.yaml'), PEOPLE);
  await writeFile(path.join(workspace, 'model', 'services.yaml'), SERVICES);
}, 60_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('sextant teams, people and services', () => {
  it('lists teams with their size, load and what needs a look, straight from the edited files', async () => {
    const { code, stdout } = await runCli(['-w', workspace, 'teams', 'list']);
    expect(code).toBe(0);
    const web = stdout.split('\n').find((line) => line.startsWith('web '));
    expect(web).toMatch(/web\s+stream-aligned\s+3\s+2\.5\s+1\s+12\/10/);
    expect(web).toContain('under size (5-8)');
    expect(web).toContain('overloaded');
    expect(web).toContain('long collaboration with platform');
  });

  it('shows a team with its load history, flagged collaboration and the hint to declare a team API', async () => {
    const { stdout } = await runCli(['-w', workspace, 'teams', 'show', 'web', '--as-of', '2026-11-27']);
    expect(stdout).toContain('2026-04-06  7 + 5 = 12  overloaded');
    expect(stdout).toMatch(/! collaboration running for \d+ days with no end date/);
    expect(stdout).toContain('not declared: add `api:`');
  });

  it('prints the org chart with spans, dotted lines, and as JSON and Mermaid', async () => {
    const text = await runCli(['-w', workspace, 'people', 'chart']);
    expect(text.stdout.split('\n').slice(0, 4)).toEqual([
      'Vera Park, VP Engineering  [1 direct, 3 in all]  (dotted: raj)',
      '└─ Lin Wu, Engineering Manager  [2 direct, 2 in all]',
      '   ├─ ana, Engineer',
      '   └─ raj, Engineer',
    ]);
    const json = JSON.parse((await runCli(['-w', workspace, 'people', 'chart', '--json'])).stdout);
    expect(json).toMatchObject({ people: 4, managers: 2, depth: 3 });
    const mermaid = (await runCli(['-w', workspace, 'people', 'chart', '--format', 'mermaid'])).stdout;
    expect(mermaid).toContain('person_default_vp -.-> person_default_raj');
  });

  it('shows who depends on a service', async () => {
    const { stdout } = await runCli(['-w', workspace, 'services', 'show', 'deployer', '--json']);
    expect(JSON.parse(stdout)).toMatchObject({
      owner: 'team:default/platform',
      dependents: ['service:default/storefront'],
    });
  });

  it('refuses a date that is not YYYY-MM-DD with exit code 1', async () => {
    const { code, stderr } = await runCli(['-w', workspace, 'people', 'list', '--as-of', 'yesterday']);
    expect(code).toBe(1);
    expect(stderr).toContain('"yesterday" is not a date; expected YYYY-MM-DD');
  });
});
