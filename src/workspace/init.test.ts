import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../domain/errors.js';
import { initWorkspace } from './init.js';
import { loadWorkspace } from './load.js';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-init-'));
  made.push(dir);
  return dir;
}

const MODEL_FILES = [
  'model/teams.yaml',
  'model/people.yaml',
  'model/services.yaml',
  'model/dependencies.yaml',
];

describe('initWorkspace', () => {
  it('creates a missing folder holding an empty workspace that loads', async () => {
    const dir = path.join(await makeTempDir(), 'acme-workspace');
    const written = await initWorkspace(dir, { orgName: 'Acme: Payments & Co' });

    expect(written).toEqual(['sextant.yaml', ...MODEL_FILES, '.gitignore']);
    const workspace = await loadWorkspace(dir);
    expect(workspace.config.org.name).toBe('Acme: Payments & Co');
    expect(workspace.config.timezone).toBe('UTC');
    expect(workspace.files).toEqual(['sextant.yaml', ...MODEL_FILES]);
    expect(Object.entries(workspace.model).filter(([, list]) => list.length > 0)).toEqual([]);
    expect(await readFile(path.join(dir, '.gitignore'), 'utf8')).toContain('\n.sextant/\n');
  });

  it('names the organization after the folder when no name is given', async () => {
    const dir = path.join(await makeTempDir(), 'globex');
    await initWorkspace(dir, {});
    expect((await loadWorkspace(dir)).config.org.name).toBe('globex');
  });

  it('writes commented examples that form a valid model once uncommented', async () => {
    const dir = await makeTempDir();
    await initWorkspace(dir, { orgName: 'Acme' });
    for (const file of MODEL_FILES) {
      const text = await readFile(path.join(dir, file), 'utf8');
      const uncommented = text.replace(/^#(?= {2})/gm, '');
      await writeFile(path.join(dir, file), uncommented);
    }
    const { model } = await loadWorkspace(dir);

    expect(model.teams.map((team) => [team.ref, team.members.length])).toEqual([
      ['team:default/payments', 1],
      ['team:default/platform', 2],
    ]);
    expect(model.people.map((person) => person.manager)).toEqual(['person:default/grace', null]);
    expect(model.services.map((service) => [service.ref, service.system])).toEqual([
      ['service:default/ledger', null],
      ['service:default/payments-api', 'system:default/checkout'],
    ]);
    expect(model.dependencies.map((dependency) => dependency.provider)).toEqual(['team:default/platform']);
    expect([model.systems.length, model.domains.length, model.repositories.length]).toEqual([1, 1, 1]);
  });

  it('refuses to overwrite an existing workspace and leaves its files untouched', async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir, 'sextant.yaml'), 'org:\n  name: Existing\n');

    const error = await initWorkspace(dir, { orgName: 'New' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toBe(
      `${dir} is already a workspace; nothing was written. Choose an empty folder, or run \`sextant -w ${dir} validate\` to check it.`,
    );
    expect(await readFile(path.join(dir, 'sextant.yaml'), 'utf8')).toBe('org:\n  name: Existing\n');
    await expect(readFile(path.join(dir, 'model/teams.yaml'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('adds .sextant/ to an existing .gitignore and keeps its lines', async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir, '.gitignore'), 'node_modules/');
    await initWorkspace(dir, { orgName: 'Acme' });
    expect(await readFile(path.join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\n.sextant/\n');
  });
});
