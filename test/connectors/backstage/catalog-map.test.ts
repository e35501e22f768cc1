/** The Backstage mapper on the 49 example descriptor files in ../shared/data/backstage-catalog. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CatalogMapping, mapCatalog } from '../../../src/connectors/backstage/map.js';
import { type ParsedCatalog, readDescriptorFiles } from '../../../src/connectors/backstage/parse.js';

const CATALOG = path.resolve(import.meta.dirname, '../../../../shared/data/backstage-catalog');

let parsed: ParsedCatalog;
let mapping: CatalogMapping;

beforeAll(async () => {
  parsed = await readDescriptorFiles(['.'], CATALOG);
  mapping = mapCatalog(parsed.descriptors);
});

function specOf<L extends 'teams' | 'people' | 'services' | 'apis' | 'domains' | 'systems' | 'resources'>(
  list: L,
  ref: string,
) {
  const entry = (mapping[list] as { ref: string; spec: unknown }[]).find((item) => item.ref === ref);
  if (!entry) throw new Error(`${ref} was not imported`);
  return entry.spec;
}

describe('mapping the Backstage example catalog', () => {
  it('reads all 49 files and their 71 entity documents without a YAML error', () => {
    expect(parsed.files).toHaveLength(49);
    expect(parsed.descriptors).toHaveLength(71);
    expect(parsed.issues).toEqual([]);
  });

  it('imports each entity once: 4 teams, 17 people, 2 domains, 3 systems, 15 services, 7 APIs, 1 resource', () => {
    const counts = Object.fromEntries(
      (['teams', 'people', 'domains', 'systems', 'services', 'apis', 'resources'] as const).map((list) => [
        list,
        mapping[list].length,
      ]),
    );
    expect(counts).toEqual({
      teams: 4,
      people: 17,
      domains: 2,
      systems: 3,
      services: 15,
      apis: 7,
      resources: 1,
    });
    // 71 documents = 49 imported + 21 skipped + 1 rejected.
    expect(mapping.skipped).toHaveLength(21);
    expect(mapping.issues).toHaveLength(1);
  });

  it('maps a component with a system, a lifecycle and a dependency on a resource', () => {
    expect(specOf('services', 'service:default/artist-lookup')).toEqual({
      name: 'artist-lookup',
      description: 'Artist Lookup',
      owner: 'team-a',
      system: 'artist-engagement-portal',
      lifecycle: 'experimental',
      dependsOn: ['resource:artists-db'],
    });
    expect(specOf('services', 'service:default/wayback-search')).toMatchObject({
      owner: 'team-a',
      providesApis: ['wayback-search'],
      consumesApis: ['wayback-archive'],
    });
    expect(specOf('services', 'service:default/petstore')).toMatchObject({
      owner: 'team-c',
      providesApis: ['petstore', 'streetlights', 'hello-world'],
    });
  });

  it('maps APIs with their type and lifecycle, keeping inline definitions and the URL of $text ones', () => {
    const spotify = specOf('apis', 'api:default/spotify');
    expect(spotify).toMatchObject({ type: 'openapi', lifecycle: 'production', owner: 'team-a' });
    expect((spotify as { definition: string }).definition).toBe(
      'https://github.com/APIs-guru/openapi-directory/blob/dab6854d4d599aafb0eb36e6c7ae1fe0c37509b7/APIs/spotify.com/2021.4.2/openapi.yaml',
    );
    const helloWorld = specOf('apis', 'api:default/hello-world') as {
      type: string;
      lifecycle: string;
      definition: string;
    };
    expect([helloWorld.type, helloWorld.lifecycle]).toEqual(['grpc', 'deprecated']);
    expect(helloWorld.definition).toContain('service Greeter {');
  });

  it('maps the resource, systems and domains with their owners', () => {
    expect(specOf('resources', 'resource:default/artists-db')).toEqual({
      name: 'artists-db',
      description: 'Stores artist details',
      type: 'database',
      owner: 'team-a',
      system: 'artist-engagement-portal',
    });
    expect(specOf('systems', 'system:default/podcast')).toEqual({
      name: 'podcast',
      description: 'Podcast playback',
      owner: 'team-b',
      domain: 'playback',
    });
    expect(specOf('domains', 'domain:default/artists')).toMatchObject({ owner: 'team-a' });
  });

  it("gives a thing owned by a user to the user's team, and says so", () => {
    // playback is owned by user:frank.tiernan, a member of team-c; playback-order by user:guest (team-a).
    expect(specOf('domains', 'domain:default/playback')).toMatchObject({ owner: 'team-c' });
    expect(specOf('services', 'service:default/playback-order')).toMatchObject({ owner: 'team-a' });
    expect(mapping.defaulted.filter((item) => item.field === 'owner').map((item) => item.ref)).toEqual([
      'service:default/playback-order',
      'service:default/searcher',
      'service:default/shuffle-api',
      'domain:default/playback',
      'service:default/dice-roller',
      'service:default/documented-component',
    ]);
  });

  it('maps groups of type team to teams, reporting the defaulted type', () => {
    expect(specOf('teams', 'team:default/team-b')).toEqual({
      name: 'team-b',
      title: 'Team B',
      type: 'stream-aligned',
      mission: 'Team B',
    });
    // team-a has no displayName: no title, so the name serves.
    expect(specOf('teams', 'team:default/team-a')).toEqual({
      name: 'team-a',
      type: 'stream-aligned',
      mission: 'Team A',
    });
    const teamDefaults = mapping.defaulted.filter((item) => item.field === 'type');
    expect(teamDefaults.map((item) => item.ref)).toEqual([
      'team:default/team-a',
      'team:default/team-b',
      'team:default/team-c',
      'team:default/team-d',
    ]);
  });

  it('maps users to people with their team, and the cross-namespace guest to development/guest in team-a', () => {
    expect(specOf('people', 'person:default/janelle.dawe')).toEqual({
      name: 'janelle.dawe',
      displayName: 'Janelle Dawe',
      email: 'janelle-dawe@example.com',
      role: 'engineer',
      teams: ['team-a'],
    });
    // memberOf: [group:default/team-a], written in namespace development: the team is default/team-a.
    expect(specOf('people', 'person:development/guest')).toEqual({
      name: 'guest',
      namespace: 'development',
      displayName: 'Guest User',
      email: 'guest@example.com',
      role: 'engineer',
      teams: ['team-a'],
    });
    expect(specOf('people', 'person:default/breanna.davison')).not.toHaveProperty('displayName');
  });

  it('skips Locations, groups above teams and second descriptions of an entity, each with its reason', () => {
    const reasons = new Map(
      mapping.skipped.map((item) => [`${item.file}:${item.line} ${item.entity}`, item.reason]),
    );
    expect(mapping.skipped.filter((item) => item.entity.startsWith('location:'))).toHaveLength(7);
    expect(
      reasons.get('catalog-model/examples/acme/infrastructure-group.yaml:1 group:default/infrastructure'),
    ).toMatch(/type department with no members is not a team/);
    expect(reasons.get('catalog-model/examples/acme/org.yaml:1 group:default/acme-corp')).toMatch(
      /type organization/,
    );
    expect(reasons.get('catalog-model/examples/acme/org.yaml:19 location:default/example-groups')).toMatch(
      /only points at more descriptor files/,
    );
    // The newer copy of team-a's file sorts first, so the 2021 copies of its group and users are skipped.
    expect(reasons.get('catalog-model/examples/acme/team-a-group.yaml:51 user:default/guest')).toBe(
      'the same entity is described earlier, at catalog-model-newer/acme/team-a-group.yaml:51; only the first description is read',
    );
    const duplicates = mapping.skipped.filter((item) => item.reason.startsWith('the same entity'));
    expect(duplicates.map((item) => item.entity).sort()).toEqual([
      'api:default/hello-world',
      'api:default/petstore',
      'api:default/starwars-graphql',
      'api:default/streetlights',
      'component:default/backstage',
      'group:default/team-a',
      'user:default/breanna.davison',
      'user:default/guest',
      'user:default/janelle.dawe',
      'user:default/nigel.manning',
    ]);
  });

  it('rejects the component owned by "CNCF", a name Sextant does not allow, at the line of the owner', () => {
    expect(mapping.issues).toEqual([
      {
        file: 'repo-other/catalog-info.yaml',
        line: 22,
        column: 10,
        record: 'component:default/backstage',
        path: 'spec.owner',
        message: 'spec.owner names an entity whose name is not a valid Sextant name',
        found: '"CNCF"',
        expected:
          'lower-case letters and digits joined by single dashes, dots or underscores; rename it in Backstage first',
      },
    ]);
  });

  it('reports component types and sub-components it cannot keep', () => {
    const lost = mapping.notKept.map((item) => `${item.ref} ${item.field}`);
    expect(lost).toContain('service:default/playback-sdk spec.type');
    expect(lost).toContain('service:default/wayback-archive-storage spec.subcomponentOf');
    expect(lost).not.toContain('service:default/artist-lookup spec.type');
  });
});
