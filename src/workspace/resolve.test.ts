import { describe, expect, it } from 'vitest';
import type { Issue } from '../domain/errors.js';
import { createModelInput, type ModelFile, readModelFile, WORKSPACE_FILES } from './model-files.js';
import { resolveModel } from './resolve.js';
import { parseYamlSource } from './yaml-source.js';

/** Cross-file issues of model files given as text; the files must be schema-valid. */
function resolveIssues(files: Partial<Record<ModelFile, string>>): Issue[] {
  const input = createModelInput();
  for (const [file, text] of Object.entries(files) as [ModelFile, string][]) {
    const read = parseYamlSource(WORKSPACE_FILES[file], text);
    if (read.kind !== 'parsed') throw new Error(`test YAML does not parse: ${JSON.stringify(read)}`);
    const schemaIssues = readModelFile(file, read.source, input);
    if (schemaIssues.length > 0)
      throw new Error(`test YAML is not schema-valid: ${JSON.stringify(schemaIssues)}`);
  }
  return resolveModel(input).issues;
}

const TWO_TEAMS = `teams:
  - name: payments
    type: stream-aligned
    mission: Pay.
  - name: platform
    type: platform
    mission: Paved road.
`;

describe('resolving references', () => {
  it('reports an unknown reference with its kind and the closest known names', () => {
    const people = 'people:\n  - name: ada\n    role: Engineer\n    teams: [paymnts]\n';
    expect(resolveIssues({ teams: TWO_TEAMS, people })).toEqual([
      {
        file: 'model/people.yaml',
        line: 4,
        column: 13,
        path: 'people[0].teams[0]',
        message: 'unknown team "paymnts"',
        found: '"paymnts"',
        expected: 'a team declared in model/teams.yaml, closest: payments, platform',
      },
    ]);
  });

  it('says when nothing of the referenced kind is declared', () => {
    const services = 'services:\n  - name: ledger\n    owner: platform\n    system: core\n';
    expect(resolveIssues({ teams: TWO_TEAMS, services })).toEqual([
      {
        file: 'model/services.yaml',
        line: 4,
        column: 13,
        path: 'services[0].system',
        message: 'unknown system "core"',
        found: '"core"',
        expected: 'a system declared in model/services.yaml (none is declared)',
      },
    ]);
  });

  it('rejects a reference to another kind than the field holds', () => {
    const dependencies =
      'dependencies:\n  - name: ledger-api\n    provider: service:ledger\n    consumer: payments\n    what: An API\n    type: soft\n    status: done\n';
    expect(resolveIssues({ teams: TWO_TEAMS, dependencies })).toEqual([
      {
        file: 'model/dependencies.yaml',
        line: 3,
        column: 15,
        path: 'dependencies[0].provider',
        message: '"service:ledger" refers to a service where a team is expected',
        found: '"service:ledger"',
        expected: 'a team reference: name, namespace/name or team:namespace/name',
      },
    ]);
  });

  it('reports a duplicate name at the second declaration and names the line of the first', () => {
    const teams = `${TWO_TEAMS}  - name: payments\n    type: enabling\n    mission: Again.\n`;
    expect(resolveIssues({ teams })).toEqual([
      {
        file: 'model/teams.yaml',
        line: 8,
        column: 11,
        path: 'teams[2].name',
        message: 'team "payments" is declared twice; the first is at model/teams.yaml line 2',
        found: '"payments"',
        expected: 'a name no other team has',
      },
    ]);
  });

  it('allows the same name in different kinds and namespaces', () => {
    const teams = `${TWO_TEAMS}  - name: payments\n    namespace: emea\n    type: enabling\n    mission: Pay in EMEA.\n`;
    const services = 'services:\n  - name: payments\n    owner: emea/payments\n';
    expect(resolveIssues({ teams, services })).toEqual([]);
  });
});

describe('organization rules', () => {
  it('rejects a person who manages themselves', () => {
    const people = 'people:\n  - name: ada\n    role: Engineer\n    manager: person:default/ada\n';
    expect(resolveIssues({ people })).toEqual([
      {
        file: 'model/people.yaml',
        line: 4,
        column: 14,
        path: 'people[0].manager',
        message: '"ada" cannot be their own manager',
        found: '"person:default/ada"',
        expected: 'another person, or no manager',
      },
    ]);
  });

  it('names a management cycle once, from its first person in order', () => {
    const people = [
      'people:',
      '  - name: carol',
      '    role: Engineer',
      '    manager: ada',
      '  - name: ada',
      '    role: Manager',
      '    manager: bob',
      '  - name: bob',
      '    role: Director',
      '    manager: carol',
      '  - name: dan',
      '    role: Engineer',
      '    manager: carol',
      '',
    ].join('\n');
    expect(resolveIssues({ people })).toEqual([
      {
        file: 'model/people.yaml',
        line: 7,
        column: 14,
        path: 'people[1].manager',
        message: 'management cycle: ada → bob → carol → ada',
        found: '"bob"',
        expected: 'a chain of managers that ends with someone who has no manager',
      },
    ]);
  });

  it('rejects a service listed under a team that does not own it', () => {
    const teams = TWO_TEAMS.replace('    mission: Pay.\n', '    mission: Pay.\n    services: [ledger]\n');
    const services = 'services:\n  - name: ledger\n    owner: platform\n';
    expect(resolveIssues({ teams, services })).toEqual([
      {
        file: 'model/teams.yaml',
        line: 5,
        column: 16,
        path: 'teams[0].services[0]',
        message: 'service "ledger" is owned by team "platform", not "payments"',
        found: '"ledger"',
        expected: 'a service whose owner is "payments"',
      },
    ]);
  });

  it('rejects a dependency whose provider is its consumer', () => {
    const dependencies =
      'dependencies:\n  - name: self\n    provider: payments\n    consumer: team:payments\n    what: Itself\n    type: soft\n    status: done\n';
    expect(resolveIssues({ teams: TWO_TEAMS, dependencies })).toEqual([
      {
        file: 'model/dependencies.yaml',
        line: 4,
        column: 15,
        path: 'dependencies[0].consumer',
        message: 'team "payments" cannot depend on itself',
        found: '"team:payments"',
        expected: 'a consumer other than the provider',
      },
    ]);
  });

  it('rejects an interaction that ends before it starts', () => {
    const teams = TWO_TEAMS.replace(
      '    mission: Pay.\n',
      '    mission: Pay.\n    interactions:\n      - mode: collaboration\n        with: platform\n        since: 2026-03-01\n        until: 2026-02-01\n',
    );
    expect(resolveIssues({ teams })).toEqual([
      {
        file: 'model/teams.yaml',
        line: 9,
        column: 16,
        path: 'teams[0].interactions[0].until',
        message: '"until" is before "since"',
        found: '"2026-02-01"',
        expected: 'a date on or after 2026-03-01',
      },
    ]);
  });

  it('rejects allocations adding up to more than all of a person’s time', () => {
    const people = [
      'people:',
      '  - name: ada',
      '    role: Engineer',
      '    teams:',
      '      - payments',
      '      - team: platform',
      '        allocation: 0.3',
      '',
    ].join('\n');
    expect(resolveIssues({ teams: TWO_TEAMS, people })).toEqual([
      {
        file: 'model/people.yaml',
        line: 5,
        column: 7,
        path: 'people[0].teams',
        message: '"ada" is allocated to more than all of their time',
        found: 'a total allocation of 1.3',
        expected: 'a total allocation of at most 1',
      },
    ]);
  });

  it('accepts allocations that add up to exactly 1 despite rounding', () => {
    const teams = `${TWO_TEAMS}  - name: enablers\n    type: enabling\n    mission: Teach.\n`;
    const people =
      'people:\n  - name: ada\n    role: Engineer\n    teams:\n      - { team: payments, allocation: 0.7 }\n      - { team: platform, allocation: 0.2 }\n      - { team: enablers, allocation: 0.1 }\n';
    expect(resolveIssues({ teams, people })).toEqual([]);
  });
});

describe('deployment detection per service', () => {
  function readServices(text: string) {
    const input = createModelInput();
    const teams = parseYamlSource(WORKSPACE_FILES.teams, TWO_TEAMS);
    const services = parseYamlSource(WORKSPACE_FILES.services, text);
    if (teams.kind !== 'parsed' || services.kind !== 'parsed') throw new Error('test YAML does not parse');
    readModelFile('teams', teams.source, input);
    const issues = readModelFile('services', services.source, input);
    return { issues, model: resolveModel(input).model };
  }

  it('resolves the declared strategy, and the deployments API when none is declared', () => {
    const { issues, model } = readServices(
      [
        'services:',
        '  - name: payments-api',
        '    owner: payments',
        '    deployments:',
        '      from: ci-job',
        '      job: deploy-prod*',
        '      environments: { prod-us: production, prod-eu: production, qa: staging }',
        '  - name: ledger',
        '    owner: platform',
        '',
      ].join('\n'),
    );
    expect(issues).toEqual([]);
    expect(model.services.map((service) => [service.name, service.deployments])).toEqual([
      ['ledger', { from: 'api', job: null, environments: {} }],
      [
        'payments-api',
        {
          from: 'ci-job',
          job: 'deploy-prod*',
          environments: { 'prod-eu': 'production', 'prod-us': 'production', qa: 'staging' },
        },
      ],
    ]);
  });

  it('requires a job glob with from: ci-job, and refuses one with another strategy', () => {
    const { issues } = readServices(
      [
        'services:',
        '  - name: payments-api',
        '    owner: payments',
        '    deployments: { from: ci-job }',
        '  - name: ledger',
        '    owner: platform',
        '    deployments: { from: tag, job: deploy }',
        '',
      ].join('\n'),
    );
    expect(issues.map((issue) => [issue.path, issue.line, issue.found, issue.expected])).toEqual([
      [
        'services[0].deployments.job',
        4,
        'nothing',
        'with from: ci-job, a glob on the name of the deploy job, e.g. "deploy-prod*"',
      ],
      [
        'services[1].deployments.job',
        7,
        '"deploy"',
        'no job with from: tag (job only applies to from: ci-job)',
      ],
    ]);
  });
});
