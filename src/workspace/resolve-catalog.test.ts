import { describe, expect, it } from 'vitest';
import { createModelInput, type ModelFile, readModelFile, WORKSPACE_FILES } from './model-files.js';
import { resolveModel } from './resolve.js';
import { parseYamlSource } from './yaml-source.js';

function resolve(files: Partial<Record<ModelFile, string>>) {
  const input = createModelInput();
  for (const [file, text] of Object.entries(files) as [ModelFile, string][]) {
    const read = parseYamlSource(WORKSPACE_FILES[file], text);
    if (read.kind !== 'parsed') throw new Error(`test YAML does not parse: ${JSON.stringify(read)}`);
    const issues = readModelFile(file, read.source, input);
    if (issues.length > 0) throw new Error(`test YAML is not schema-valid: ${JSON.stringify(issues)}`);
  }
  return resolveModel(input);
}

const TEAMS = 'teams:\n  - name: artists\n    type: stream-aligned\n    mission: Artists.\n';

const CATALOG = `services:
  - name: artist-lookup
    owner: artists
    dependsOn: [search, resource:artists-db]
    providesApis: [artists-v1]
  - name: search
    owner: artists
    consumesApis: [artists-v1]
apis:
  - name: artists-v1
    type: openapi
    owner: artists
    definition: https://example.com/artists.yaml
resources:
  - name: artists-db
    type: database
    owner: artists
    dependsOn: [service:search]
`;

describe('resolving APIs and resources', () => {
  it('resolves a service dependsOn naming services and resources, and its provided and consumed APIs', () => {
    const { model, issues } = resolve({ teams: TEAMS, services: CATALOG });
    expect(issues).toEqual([]);
    const lookup = model.services.find((service) => service.name === 'artist-lookup');
    expect(lookup?.dependsOn).toEqual(['resource:default/artists-db', 'service:default/search']);
    expect(lookup?.providesApis).toEqual(['api:default/artists-v1']);
    expect(model.services.find((service) => service.name === 'search')?.consumesApis).toEqual([
      'api:default/artists-v1',
    ]);
    expect(model.apis).toEqual([
      {
        ref: 'api:default/artists-v1',
        name: 'artists-v1',
        title: 'artists-v1',
        description: null,
        type: 'openapi',
        lifecycle: 'production',
        owner: 'team:default/artists',
        system: null,
        definition: 'https://example.com/artists.yaml',
      },
    ]);
    expect(model.resources.map((resource) => [resource.ref, resource.dependsOn])).toEqual([
      ['resource:default/artists-db', ['service:default/search']],
    ]);
  });

  it('reports an unknown API at the file and line of the reference, with the closest names', () => {
    const services = CATALOG.replace('consumesApis: [artists-v1]', 'consumesApis: [artist-v1]');
    expect(resolve({ teams: TEAMS, services }).issues).toEqual([
      {
        file: 'model/services.yaml',
        line: 8,
        column: 20,
        path: 'services[1].consumesApis[0]',
        message: 'unknown api "artist-v1"',
        found: '"artist-v1"',
        expected: 'an api declared in model/services.yaml, closest: artists-v1',
      },
    ]);
  });

  it('reports an unknown resource named in a service dependsOn as a resource, not a service', () => {
    const services = CATALOG.replace('resource:artists-db]', 'resource:artist-db]');
    const [issue, ...rest] = resolve({ teams: TEAMS, services }).issues;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      line: 4,
      path: 'services[0].dependsOn[1]',
      message: 'unknown resource "artist-db"',
      expected: 'a resource declared in model/services.yaml, closest: artists-db',
    });
  });

  it('refuses a resource that depends on itself and an API owned by an unknown team', () => {
    const services = CATALOG.replace('dependsOn: [service:search]', 'dependsOn: [artists-db]').replace(
      '    type: openapi\n    owner: artists',
      '    type: openapi\n    owner: artist',
    );
    const messages = resolve({ teams: TEAMS, services }).issues.map(
      (issue) => `${issue.line} ${issue.message}`,
    );
    expect(messages).toEqual([
      '12 unknown team "artist"',
      '18 resource "artists-db" cannot depend on itself',
    ]);
  });
});
