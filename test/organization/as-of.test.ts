/**
 * As-of views read from a workspace kept in git: a repository whose workspace (a subfolder) was
 * reorganized between two commits, and a plain folder with no history at all.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModelAsOf } from '../../src/services/as-of.service.js';
import { endOfLocalDay, loadWorkspaceAtDate } from '../../src/workspace/history.js';
import { type LoadedWorkspace, loadWorkspace } from '../../src/workspace/index.js';
import { createGitRunner } from '../support/git.js';

const CONFIG = 'org:\n  name: Acme\ntimezone: Europe/Berlin\n';

/** Before: one checkout team of three, led by Ada. */
const TEAMS_BEFORE = `teams:
  - name: checkout
    type: stream-aligned
    mission: Baskets become orders
    lead: ada
    since: 2024-01-01
  - name: platform
    type: platform
    mission: The paved road
`;
const PEOPLE_BEFORE = `people:
  - { name: ada, role: Engineering Manager, teams: [checkout], startDate: 2023-01-09 }
  - { name: bo, role: Engineer, manager: ada, teams: [checkout] }
  - { name: cy, role: Engineer, manager: ada, teams: [checkout] }
  - { name: dee, role: Engineer, teams: [platform] }
`;

/** After (committed 2 March, 00:30 in Berlin): checkout split into basket and payments, Ada gone, Eve new. */
const TEAMS_AFTER = `teams:
  - name: basket
    type: stream-aligned
    mission: Baskets stay right
    since: 2026-03-01
  - name: payments
    type: stream-aligned
    mission: Money moves correctly
    lead: cy
    since: 2026-03-01
  - name: platform
    type: platform
    mission: The paved road
`;
const PEOPLE_AFTER = `people:
  - { name: ada, role: Engineering Manager, teams: [basket], startDate: 2023-01-09, endDate: 2026-02-27 }
  - { name: bo, role: Engineer, manager: cy, teams: [basket] }
  - { name: cy, role: Engineering Manager, teams: [payments] }
  - { name: dee, role: Engineer, teams: [platform] }
  - { name: eve, role: Engineer, manager: cy, teams: [payments], startDate: 2026-03-02 }
`;

let scratch: string;
let repo: string;
let workspaceDir: string;
let current: LoadedWorkspace;
let firstCommit: string;
let secondCommit: string;

async function writeWorkspace(dir: string, teams: string, people: string): Promise<void> {
  await mkdir(path.join(dir, 'model'), { recursive: true });
  await writeFile(path.join(dir, 'sextant.yaml'), CONFIG);
  await writeFile(path.join(dir, 'model/teams.yaml'), teams);
  await writeFile(path.join(dir, 'model/people.yaml'), people);
}

const teamNames = (model: { teams: { name: string }[] }) => model.teams.map((team) => team.name).sort();

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'sextant-as-of-test-'));
  repo = path.join(scratch, 'repo');
  workspaceDir = path.join(repo, 'org');
  const identity = { name: 'Test', email: 'test@example.com' };
  const git = createGitRunner(repo, scratch, { author: identity, committer: identity });
  await mkdir(repo, { recursive: true });
  git(['init', '-q', '-b', 'main']);
  await writeWorkspace(workspaceDir, TEAMS_BEFORE, PEOPLE_BEFORE);
  git(['add', '.']);
  git(['commit', '-q', '-m', 'Organization before the split'], '2026-01-15T10:00:00+01:00');
  firstCommit = git(['rev-parse', 'HEAD']);
  await writeWorkspace(workspaceDir, TEAMS_AFTER, PEOPLE_AFTER);
  git(['add', '.']);
  git(['commit', '-q', '-m', 'Split checkout into basket and payments'], '2026-03-02T00:30:00+01:00');
  secondCommit = git(['rev-parse', 'HEAD']);
  // A later commit outside the workspace folder changes nothing about the model's history.
  await writeFile(path.join(repo, 'README.md'), 'Other things live here too.\n');
  git(['add', '.']);
  git(['commit', '-q', '-m', 'Readme'], '2026-03-05T12:00:00+01:00');
  current = await loadWorkspace(workspaceDir);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('loadModelAsOf from the workspace’s git history', () => {
  it('gives the organization before the reorganization for a date between the two commits', async () => {
    const view = await loadModelAsOf(current, '2026-02-10');
    expect(view.basis).toBe('git-history');
    expect(view.commit).toBe(firstCommit);
    expect(teamNames(view.model)).toEqual(['checkout', 'platform']);
    const cy = view.model.people.find((person) => person.name === 'cy');
    expect(cy?.teams).toEqual([{ team: 'team:default/checkout', allocation: 1 }]);
    expect(cy?.manager).toBe('person:default/ada');
    expect(view.model.people.map((person) => person.name)).not.toContain('eve');
    expect(view.notes).toEqual([]);
  });

  it('gives the new organization after it, with effective dates applied on top of the commit', async () => {
    const view = await loadModelAsOf(current, '2026-03-10');
    expect(view.basis).toBe('git-history');
    expect(view.commit).toBe(secondCommit);
    expect(teamNames(view.model)).toEqual(['basket', 'payments', 'platform']);
    expect(view.model.people.map((person) => person.name).sort()).toEqual(['bo', 'cy', 'dee', 'eve']);
    expect(view.notes).toContain('person:default/ada is left out: left on 2026-02-27, before 2026-03-10.');
  });

  it('applies effective dates to the committed model too: a person listed before their start date is left out', async () => {
    const view = await loadModelAsOf(current, '2026-03-02');
    expect(view.commit).toBe(secondCommit);
    expect(view.model.people.map((person) => person.name)).toContain('eve');
    const dayBefore = await loadModelAsOf(current, '2026-03-01');
    expect(dayBefore.model.people.map((person) => person.name)).not.toContain('eve');
  });

  it('reads the end of the day in the workspace time zone', async () => {
    // 2 March 00:30 in Berlin is still 1 March in UTC.
    const berlin = await loadWorkspaceAtDate(workspaceDir, '2026-03-01', 'Europe/Berlin');
    const utc = await loadWorkspaceAtDate(workspaceDir, '2026-03-01', 'UTC');
    expect(berlin.kind === 'loaded' && berlin.commit).toBe(firstCommit);
    expect(utc.kind === 'loaded' && utc.commit).toBe(secondCommit);
    expect(endOfLocalDay('2026-03-01', 'Europe/Berlin').toISOString()).toBe('2026-03-01T23:00:00.000Z');
  });

  it('falls back to effective dates when nothing was committed by the date, and says so', async () => {
    const view = await loadModelAsOf(current, '2025-12-01');
    expect(view.basis).toBe('effective-dates');
    expect(view.commit).toBeNull();
    expect(view.notes[0]).toMatch(
      /No workspace history for 2025-12-01: no commit touching the workspace files/,
    );
    // Today's model, as its dates place it: basket and payments were not formed yet.
    expect(teamNames(view.model)).toEqual(['platform']);
    expect(view.model.people.map((person) => person.name)).toContain('ada');
  });
});

describe('loadModelAsOf with a past model that no longer loads', () => {
  it('falls back to effective dates and names the commit and its first problem', async () => {
    const dir = path.join(scratch, 'broken');
    const identity = { name: 'Test', email: 'test@example.com' };
    const git = createGitRunner(dir, scratch, { author: identity, committer: identity });
    await writeWorkspace(dir, TEAMS_BEFORE.replace('type: platform', 'type: platfrom'), PEOPLE_BEFORE);
    git(['init', '-q']);
    git(['add', '.']);
    git(['commit', '-q', '-m', 'A typo'], '2026-01-10T10:00:00+01:00');
    const broken = git(['rev-parse', 'HEAD']);
    await writeWorkspace(dir, TEAMS_BEFORE, PEOPLE_BEFORE);
    git(['commit', '-q', '-am', 'Fixed'], '2026-01-20T10:00:00+01:00');

    const view = await loadModelAsOf(await loadWorkspace(dir), '2026-01-15');
    expect(view.basis).toBe('effective-dates');
    expect(view.notes[0]).toContain(
      `the workspace files of commit ${broken.slice(0, 12)} do not load (1 problem`,
    );
    expect(view.notes[0]).toContain('model/teams.yaml');
    expect((await loadModelAsOf(await loadWorkspace(dir), '2026-01-25')).basis).toBe('git-history');
  });
});

describe('loadModelAsOf without git history', () => {
  let plain: string;
  beforeAll(async () => {
    plain = path.join(scratch, 'plain');
    await writeWorkspace(plain, TEAMS_AFTER, PEOPLE_AFTER);
  });

  it('reduces today’s model by its effective dates when the workspace is not in a git work tree', async () => {
    const workspace = await loadWorkspace(plain);
    const view = await loadModelAsOf(workspace, '2026-02-10');
    expect(view.basis).toBe('effective-dates');
    expect(view.commit).toBeNull();
    expect(view.notes[0]).toMatch(/is not inside a git work tree/);
    expect(teamNames(view.model)).toEqual(['platform']);
    const bo = view.model.people.find((person) => person.name === 'bo');
    expect(bo?.teams).toEqual([]);
    expect(view.model.people.map((person) => person.name)).not.toContain('eve');
  });

  it('rejects a date that is not a calendar date before reading anything', async () => {
    const workspace = await loadWorkspace(plain);
    await expect(loadModelAsOf(workspace, '2026-02-31')).rejects.toThrow(/not a calendar date/);
  });
});
