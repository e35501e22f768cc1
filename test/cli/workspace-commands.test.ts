import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-cli-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('sextant --version, init and validate', () => {
  it('prints the package version and nothing else', async () => {
    const manifest = JSON.parse(
      await readFile(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    );
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('creates an empty workspace that validates, with messages on stderr and data on stdout', async () => {
    const dir = path.join(tmp, 'empty');
    const init = await runCli(['init', dir, '--org', 'Acme Engineering']);
    expect(init.code).toBe(0);
    expect(init.stdout).toBe('');
    expect(init.stderr).toContain(`Created an empty workspace in ${dir}`);
    expect(await readFile(path.join(dir, 'sextant.yaml'), 'utf8')).toContain('Acme Engineering');

    const validate = await runCli(['-w', dir, 'validate', '--json']);
    expect(validate.code).toBe(0);
    const summary = JSON.parse(validate.stdout);
    expect(summary).toMatchObject({ valid: true, workspace: dir });
    expect(summary.counts).toEqual({
      teams: 0,
      people: 0,
      services: 0,
      systems: 0,
      domains: 0,
      repositories: 0,
      apis: 0,
      resources: 0,
      dependencies: 0,
    });
  });

  it('reads the workspace from SEXTANT_WORKSPACE when -w is absent', async () => {
    const dir = path.join(tmp, 'from-env');
    expect((await runCli(['init', dir])).code).toBe(0);
    const result = await runCli(['validate'], { env: { SEXTANT_WORKSPACE: dir } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^${dir} is valid: 5 files, 0 teams`));
  });

  it('refuses to initialize over an existing workspace and exits with 1', async () => {
    const dir = path.join(tmp, 'twice');
    expect((await runCli(['init', dir])).code).toBe(0);
    const again = await runCli(['init', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      `error: ${dir} is already a workspace; nothing was written. Choose an empty folder, or run \`sextant -w ${dir} validate\` to check it.\n`,
    );
  });

  it('says how to create a workspace when the folder does not exist', async () => {
    const result = await runCli(['-w', path.join(tmp, 'nowhere'), 'validate']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('does not exist');
    expect(result.stderr).toContain('sextant init');
  });

  it('points at file, line and column of a bad team type and names the allowed values', async () => {
    const dir = path.join(tmp, 'bad-type');
    expect((await runCli(['init', dir])).code).toBe(0);
    await writeFile(
      path.join(dir, 'model', 'teams.yaml'),
      'teams:\n  - name: checkout\n    type: feature-team\n    mission: Take payments\n',
    );
    const result = await runCli(['-w', dir, 'validate']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('model/teams.yaml:3:11');
    expect(result.stderr).toContain('teams[0].type');
    expect(result.stderr).toContain('feature-team');
    expect(result.stderr).toContain('stream-aligned, platform, enabling, complicated-subsystem');
  });

  it('rejects an unknown option with exit code 1', async () => {
    const result = await runCli(['validate', '--colour']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("unknown option '--colour'");
  });
});
