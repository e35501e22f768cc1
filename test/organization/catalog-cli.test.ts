/**
 * `sextant catalog import` and `export` end to end: the 49 example descriptor files into a new workspace
 * that then validates, a refused import that writes nothing, and a descriptor missing its owner.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const CATALOG = path.resolve(import.meta.dirname, '../../../shared/data/backstage-catalog');

let tmp: string;
let workspace: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-catalog-cli-'));
  workspace = path.join(tmp, 'acme');
  const init = await runCli(['init', workspace]);
  expect(init.code).toBe(0);
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const modelFiles = async () =>
  Promise.all(
    ['teams', 'people', 'services'].map((file) =>
      readFile(path.join(workspace, 'model', `${file}.yaml`), 'utf8'),
    ),
  );

describe('sextant catalog', () => {
  it('refuses the example catalog as a whole while one component is rejected, and writes nothing', async () => {
    const before = await modelFiles();
    const result = await runCli(['-w', workspace, 'catalog', 'import', CATALOG]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Nothing was imported: 1 entity cannot be imported as written');
    expect(result.stderr).toMatch(
      /repo-other\/catalog-info\.yaml:22:10 record component:default\/backstage field spec\.owner/,
    );
    expect(await modelFiles()).toEqual(before);
  }, 120_000);

  it('imports the rest with --skip-invalid, and the workspace then validates', async () => {
    const result = await runCli(['-w', workspace, 'catalog', 'import', CATALOG, '--skip-invalid', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.counts).toEqual({ added: 49, updated: 0, unchanged: 0 });
    expect(summary.written).toBe(true);
    expect(summary.skipped).toHaveLength(21);
    expect(summary.rejected).toHaveLength(1);

    const validate = await runCli(['-w', workspace, 'validate', '--json']);
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout).counts).toMatchObject({
      teams: 4,
      people: 17,
      services: 15,
      systems: 3,
      domains: 2,
      apis: 7,
      resources: 1,
    });
  }, 120_000);

  it('names the file, line and field of a descriptor without spec.owner', async () => {
    const file = path.join(tmp, 'broken.yaml');
    await writeFile(
      file,
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Resource',
        'metadata:',
        '  name: search-index',
        'spec:',
        '  type: search-index',
        '  system: podcast',
      ].join('\n'),
    );
    const result = await runCli(['-w', workspace, 'catalog', 'import', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'broken.yaml:6:3 record resource:default/search-index field spec.owner: spec.owner is missing',
    );
  }, 120_000);

  it('exports descriptors that Backstage kinds and references name', async () => {
    const result = await runCli(['-w', workspace, 'catalog', 'export', '--json']);
    expect(result.code).toBe(0);
    const descriptors = JSON.parse(result.stdout) as {
      kind: string;
      metadata: { name: string };
      spec: Record<string, unknown>;
    }[];
    expect(descriptors).toHaveLength(49);
    const lookup = descriptors.find(
      (item) => item.kind === 'Component' && item.metadata.name === 'artist-lookup',
    );
    expect(lookup?.spec).toEqual({
      type: 'service',
      lifecycle: 'experimental',
      owner: 'group:default/team-a',
      system: 'system:default/artist-engagement-portal',
      dependsOn: ['resource:default/artists-db'],
    });
  }, 120_000);
});
