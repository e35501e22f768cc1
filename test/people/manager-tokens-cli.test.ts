/**
 * `--manages` on the command line: a manager's token or user is made for a team the workspace declares,
 * kept in full and listed with it; an undeclared team, or a team for another role, is refused with the
 * field named and nothing made.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initWorkspace } from '../../src/workspace/index.js';
import { runCli } from '../support/cli.js';

const TEAMS = `teams:
  - { name: checkout, type: stream-aligned, mission: Paying is effortless., lead: lin }
  - { name: payments, type: stream-aligned, mission: Money moves safely. }
`;
const PEOPLE = `people:
  - { name: lin, role: Engineering Manager, teams: [checkout] }
  - { name: ana, role: Engineer, manager: lin, teams: [checkout] }
`;
const PASSWORD = { SEXTANT_PASSWORD: 'a long enough password' };

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-manages-cli-'));
  await initWorkspace(dir, { orgName: 'Manages' });
  await writeFile(path.join(dir, 'model', 'teams.yaml'), TEAMS);
  await writeFile(path.join(dir, 'model', 'people.yaml'), PEOPLE);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sextant tokens create and users add with --manages', () => {
  it('makes a manager token for a declared team, in full, and lists it with the team', async () => {
    const created = await runCli([
      '-w',
      dir,
      'tokens',
      'create',
      'em',
      '--role',
      'manager',
      '--manages',
      'checkout',
      '--json',
    ]);
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({
      name: 'em',
      role: 'manager',
      manages: 'team:default/checkout',
    });
    const listed = await runCli(['-w', dir, 'tokens', 'list']);
    expect(listed.stdout).toMatch(/em\s+manager\s+team:default\/checkout/);
  }, 120_000);

  it('refuses a team the workspace does not declare, naming the field, and makes no token', async () => {
    const refused = await runCli([
      '-w',
      dir,
      'tokens',
      'create',
      'em2',
      '--role',
      'manager',
      '--manages',
      'nowhere',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Unknown managed team');
    expect(refused.stderr).toMatch(/manages.*no team team:default\/nowhere/);
    expect(refused.stderr).toContain('checkout, payments');
    expect((await runCli(['-w', dir, 'tokens', 'list'])).stdout).not.toMatch(/^em2\s/m);
  }, 120_000);

  it('adds a manager user with the team and refuses a team for a leader', async () => {
    const added = await runCli(
      ['-w', dir, 'users', 'add', 'bo', '--role', 'manager', '--manages', 'team:checkout', '--json'],
      { env: PASSWORD },
    );
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ name: 'bo', manages: 'team:default/checkout' });
    const leader = await runCli(
      ['-w', dir, 'users', 'add', 'cy', '--role', 'leader', '--manages', 'checkout'],
      {
        env: PASSWORD,
      },
    );
    expect(leader.code).toBe(1);
    expect(leader.stderr).toContain('A managed team is for the manager role');
    const listed = await runCli(['-w', dir, 'users', 'list']);
    expect(listed.stdout).toMatch(/bo\s+manager\s+team:default\/checkout/);
    expect(listed.stdout).not.toMatch(/^cy\s/m);
  }, 120_000);

  it("changes a user's role and managed team with users set, dropping the team when the role is not manager", async () => {
    const cli = (args: string[]) => runCli(['-w', dir, 'users', 'set', ...args]);
    const added = await runCli(['-w', dir, 'users', 'add', 'di', '--role', 'viewer'], { env: PASSWORD });
    expect(added.code, added.stderr).toBe(0);
    const managing = await cli(['di', '--role', 'manager', '--manages', 'payments', '--json']);
    expect(managing.code, managing.stderr).toBe(0);
    expect(JSON.parse(managing.stdout)).toMatchObject({ role: 'manager', manages: 'team:default/payments' });
    const moved = await cli(['di', '--manages', 'checkout']);
    expect(moved.stderr).toContain('User "di" is now manager of team:default/checkout');
    const leading = await cli(['di', '--role', 'leader', '--json']);
    expect(JSON.parse(leading.stdout)).toMatchObject({ role: 'leader', manages: null });
    const teamForLeader = await cli(['di', '--manages', 'checkout']);
    expect(teamForLeader.code).toBe(1);
    expect(teamForLeader.stderr).toContain('A managed team is for the manager role');
    const unmanaged = await cli(['di', '--role', 'manager', '--no-manages']);
    expect(unmanaged.code, unmanaged.stderr).toBe(0);
    expect(unmanaged.stderr).toContain('manages no team');
    const nothing = await cli(['di']);
    expect([nothing.code, nothing.stderr.includes('--role ROLE, --manages TEAM or --no-manages')]).toEqual([
      1,
      true,
    ]);
    const unknown = await cli(['nobody', '--role', 'viewer']);
    expect([unknown.code, unknown.stderr.includes('No user named "nobody"')]).toEqual([1, true]);
    const listed = await runCli(['-w', dir, 'users', 'list']);
    expect(listed.stdout).toMatch(/di\s+manager\s+-/);
  }, 120_000);
});
