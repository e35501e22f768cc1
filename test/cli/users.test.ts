/**
 * `sextant users` adds, lists, re-passwords, links to an identity provider and removes dashboard users,
 * taking the password from the environment or standard input and never printing it; `serve` refuses to
 * listen beyond localhost until some credential exists.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-users-cli-'));
  const init = await runCli(['init', dir, '--org', 'Acme']);
  expect(init.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PASSWORD = 'a long enough password';

describe('sextant users', () => {
  it('refuses to serve beyond localhost while no user or token exists', async () => {
    const refused = await runCli(['-w', dir, 'serve', '--host', '0.0.0.0', '--port', '0']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('Refusing to serve on 0.0.0.0');
    expect(refused.stderr).toContain('sextant users add');
  }, 120_000);

  it('adds a user from SEXTANT_PASSWORD and lists it without the password', async () => {
    const added = await runCli(['-w', dir, 'users', 'add', 'ana', '--role', 'leader'], {
      env: { SEXTANT_PASSWORD: PASSWORD },
    });
    expect(added.code).toBe(0);
    expect(added.stderr).toContain('User "ana" (leader) added');
    const listed = await runCli(['-w', dir, 'users', 'list', '--json']);
    expect(listed.code).toBe(0);
    const users = JSON.parse(listed.stdout) as Record<string, unknown>[];
    expect(users.map((user) => [user.name, user.role])).toEqual([['ana', 'leader']]);
    expect(listed.stdout).not.toContain('scrypt');
    expect(listed.stdout + added.stdout + added.stderr).not.toContain(PASSWORD);
  }, 120_000);

  it('names what is wrong with a short password, a missing one and a taken name', async () => {
    const short = await runCli(['-w', dir, 'users', 'add', 'bo', '--role', 'viewer'], {
      env: { SEXTANT_PASSWORD: 'short' },
    });
    expect(short.code).not.toBe(0);
    expect(short.stderr).toContain('at least 12 characters');
    const missing = await runCli(['-w', dir, 'users', 'add', 'bo', '--role', 'viewer'], {
      env: { SEXTANT_PASSWORD: '' },
    });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('SEXTANT_PASSWORD');
    const taken = await runCli(['-w', dir, 'users', 'add', 'ana', '--role', 'viewer'], {
      env: { SEXTANT_PASSWORD: PASSWORD },
    });
    expect(taken.code).not.toBe(0);
    expect(taken.stderr).toContain('exists already');
  }, 120_000);

  it('changes a password and removes a user', async () => {
    const changed = await runCli(['-w', dir, 'users', 'passwd', 'ana'], {
      env: { SEXTANT_PASSWORD: 'another long password' },
    });
    expect(changed.code).toBe(0);
    const removed = await runCli(['-w', dir, 'users', 'remove', 'ana']);
    expect(removed.code).toBe(0);
    const listed = await runCli(['-w', dir, 'users', 'list', '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([]);
    const again = await runCli(['-w', dir, 'users', 'remove', 'ana']);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('No user named "ana"');
  }, 120_000);

  it('links a user to an identity at the provider, lists how each user signs in, and unlinks it', async () => {
    const subject = 'https://login.example.com#248289761001';
    expect(
      (
        await runCli(['-w', dir, 'users', 'add', 'cy', '--role', 'viewer'], {
          env: { SEXTANT_PASSWORD: PASSWORD },
        })
      ).code,
    ).toBe(0);
    const linked = await runCli(['-w', dir, 'users', 'link', 'cy', subject]);
    expect(linked.code).toBe(0);
    const table = await runCli(['-w', dir, 'users', 'list']);
    expect(table.stdout).toContain(`password, oidc ${subject}`);
    const malformed = await runCli(['-w', dir, 'users', 'link', 'cy', '248289761001']);
    expect(malformed.code).not.toBe(0);
    expect(malformed.stderr).toContain('<issuer>#<sub>');
    expect((await runCli(['-w', dir, 'users', 'unlink', 'cy'])).code).toBe(0);
    const listed = JSON.parse((await runCli(['-w', dir, 'users', 'list', '--json'])).stdout) as Record<
      string,
      unknown
    >[];
    expect(listed.map((user) => [user.name, user.hasPassword, user.oidcSubject])).toEqual([
      ['cy', true, null],
    ]);
  }, 120_000);
});
