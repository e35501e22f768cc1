import { describe, expect, it } from 'vitest';
import { mapCatalog } from './map.js';
import { MISSION_PLACEHOLDER } from './map-org.js';
import { parseDescriptors } from './parse.js';

function map(text: string) {
  const { descriptors, issues } = parseDescriptors('catalog-info.yaml', text);
  if (issues.length > 0) throw new Error(`test YAML does not parse: ${JSON.stringify(issues)}`);
  return mapCatalog(descriptors);
}

const TEAM = `apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: search
spec:
  type: team
  children: []
`;

describe('mapping Backstage descriptors', () => {
  it('rejects a component without spec.owner, naming the file, line and field', () => {
    const result = map(`${TEAM}---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: indexer
spec:
  type: service
  lifecycle: production
`);
    expect(result.services).toEqual([]);
    // A missing field is located at the mapping it is missing from: the spec, from line 14.
    expect(result.issues).toEqual([
      {
        file: 'catalog-info.yaml',
        line: 14,
        column: 3,
        record: 'component:default/indexer',
        path: 'spec.owner',
        message: 'spec.owner is missing',
        found: 'nothing',
        expected: 'a string',
      },
    ]);
  });

  it('resolves a relative reference in the namespace of the entity that writes it', () => {
    const result = map(`apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: search, namespace: emea }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: ada, namespace: emea }
spec: { memberOf: [search] }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: indexer, namespace: emea }
spec: { type: service, lifecycle: production, owner: search, dependsOn: ['resource:default/index-db', ranker] }
`);
    expect(result.issues).toEqual([]);
    expect(result.people[0]?.spec).toMatchObject({ name: 'ada', namespace: 'emea', teams: ['emea/search'] });
    expect(result.services[0]?.spec).toMatchObject({
      owner: 'emea/search',
      dependsOn: ['resource:index-db', 'emea/ranker'],
    });
    expect(result.services[0]?.ref).toBe('service:emea/indexer');
  });

  it('turns a department with members into a team, reporting the placeholder mission and the group type', () => {
    const result = map(`apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: research }
spec: { type: department, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: ada, annotations: { sextant.io/role: staff engineer } }
spec: { memberOf: [research, search] }
---
${TEAM}`);
    expect(result.teams.map((team) => team.spec)).toEqual([
      { name: 'research', type: 'stream-aligned', mission: MISSION_PLACEHOLDER },
      { name: 'search', type: 'stream-aligned', mission: MISSION_PLACEHOLDER },
    ]);
    expect(result.people[0]?.spec).toEqual({
      name: 'ada',
      role: 'staff engineer',
      teams: [
        { team: 'research', allocation: 0.5 },
        { team: 'search', allocation: 0.5 },
      ],
    });
    expect(result.defaulted.map((item) => `${item.ref} ${item.field}`)).toEqual([
      'team:default/research type',
      'team:default/research mission',
      'person:default/ada teams',
      'team:default/search type',
      'team:default/search mission',
    ]);
    expect(result.notKept.map((item) => item.reason)).toEqual([
      'a group of type department with members is imported as a team',
    ]);
  });

  it('takes the team type from the sextant.io/team-type annotation and refuses one it does not know', () => {
    const result = map(`apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: core, description: Paved road., annotations: { sextant.io/team-type: platform } }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: odd, description: Odd., annotations: { sextant.io/team-type: squad } }
spec: { type: team, children: [] }
`);
    expect(result.teams.map((team) => team.spec)).toEqual([
      { name: 'core', type: 'platform', mission: 'Paved road.' },
    ]);
    expect(result.issues.map((issue) => [issue.line, issue.path, issue.found])).toEqual([
      [8, 'metadata.annotations.sextant.io/team-type', '"squad"'],
    ]);
  });

  it('rejects what only a user owns when the user is in no team, or an owner that is a department', () => {
    const result = map(`apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: lone }
spec: { memberOf: [] }
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: engineering }
spec: { type: department, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata: { name: search }
spec: { owner: 'user:lone' }
---
apiVersion: backstage.io/v1alpha1
kind: Domain
metadata: { name: discovery }
spec: { owner: engineering }
`);
    expect(result.systems).toEqual([]);
    expect(result.domains).toEqual([]);
    expect(result.issues.map((issue) => `${issue.line} ${issue.record} ${issue.message}`)).toEqual([
      '14 system:default/search spec.owner names the user user:default/lone, who is a member of no team; owners in Sextant are teams',
      '19 domain:default/discovery spec.owner names the department group:default/engineering, which is not a team',
    ]);
  });

  it('rejects a lifecycle outside experimental, production and deprecated and a name with capitals', () => {
    const result = map(`${TEAM}---
apiVersion: backstage.io/v1alpha1
kind: API
metadata: { name: Search-API }
spec: { type: openapi, lifecycle: beta, owner: search, definition: openapi }
`);
    expect(result.apis).toEqual([]);
    expect(result.issues.map((issue) => [issue.line, issue.path, issue.found])).toEqual([
      [11, 'metadata.name', '"Search-API"'],
      [12, 'spec.lifecycle', '"beta"'],
    ]);
  });

  it('refers to a kind the field does not hold as a problem, e.g. a user in memberOf', () => {
    const result = map(`apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: ada }
spec: { memberOf: ['user:grace'] }
`);
    expect(result.issues[0]).toMatchObject({
      line: 4,
      path: 'spec.memberOf.0',
      message: 'spec.memberOf.0 refers to a user',
      expected: 'a reference to a group',
    });
  });
});
