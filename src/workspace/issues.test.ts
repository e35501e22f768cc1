import { describe, expect, it } from 'vitest';
import type { Issue } from '../domain/errors.js';
import { createModelInput, type ModelFile, readModelFile, WORKSPACE_FILES } from './model-files.js';
import { parseYamlSource } from './yaml-source.js';

/** Schema issues of one model file, parsed in memory. */
function schemaIssues(file: ModelFile, text: string): Issue[] {
  const read = parseYamlSource(WORKSPACE_FILES[file], text);
  if (read.kind !== 'parsed') throw new Error(`test YAML does not parse: ${JSON.stringify(read)}`);
  return readModelFile(file, read.source, createModelInput());
}

const TEAM_KEYS =
  'name, namespace, title, type, mission, lead, services, interactions, cognitiveLoad, channels, api, since, until';

describe('schema issues', () => {
  it('points at the line of an unknown team type and lists the allowed types', () => {
    const issues = schemaIssues(
      'teams',
      'teams:\n  - name: payments\n    type: stream-aligend\n    mission: Pay.\n',
    );
    expect(issues).toEqual([
      {
        file: 'model/teams.yaml',
        line: 3,
        column: 11,
        path: 'teams[0].type',
        message: 'value not allowed',
        found: '"stream-aligend"',
        expected: 'one of stream-aligned, platform, enabling, complicated-subsystem',
      },
    ]);
  });

  it('reports a value of the wrong type with what was found and the type expected', () => {
    const issues = schemaIssues(
      'teams',
      'teams:\n  - name: payments\n    type: platform\n    mission: Pay.\n    services: payments-api\n',
    );
    expect(issues).toEqual([
      {
        file: 'model/teams.yaml',
        line: 5,
        column: 15,
        path: 'teams[0].services',
        message: 'wrong type',
        found: '"payments-api"',
        expected: 'a list',
      },
    ]);
  });

  it('points at the key of an unknown field and lists the known fields', () => {
    const issues = schemaIssues(
      'teams',
      'teams:\n  - name: payments\n    type: platform\n    mission: Pay.\n    colour: blue\n',
    );
    expect(issues).toEqual([
      {
        file: 'model/teams.yaml',
        line: 5,
        column: 5,
        path: 'teams[0].colour',
        message: 'unknown field "colour"',
        found: 'colour',
        expected: `one of ${TEAM_KEYS}`,
      },
    ]);
  });

  it('points at the parent mapping of a missing required field', () => {
    const issues = schemaIssues('teams', 'teams:\n  - name: payments\n    type: platform\n');
    expect(issues).toEqual([
      {
        file: 'model/teams.yaml',
        line: 2,
        column: 5,
        path: 'teams[0].mission',
        message: 'required field "mission" is missing',
        found: 'nothing',
        expected: 'a string',
      },
    ]);
  });

  it('gives the full path of a nested field', () => {
    const text = [
      'teams:',
      '  - name: payments',
      '    type: platform',
      '    mission: Pay.',
      '    interactions:',
      '      - mode: pairing',
      '        with: platform',
      '        since: 2026-02-30',
      '',
    ].join('\n');
    expect(schemaIssues('teams', text)).toEqual([
      {
        file: 'model/teams.yaml',
        line: 6,
        column: 15,
        path: 'teams[0].interactions[0].mode',
        message: 'value not allowed',
        found: '"pairing"',
        expected: 'one of collaboration, x-as-a-service, facilitating',
      },
      {
        file: 'model/teams.yaml',
        line: 8,
        column: 16,
        path: 'teams[0].interactions[0].since',
        message: 'invalid format',
        found: '"2026-02-30"',
        expected: 'a date as YYYY-MM-DD',
      },
    ]);
  });

  it('lists the values a union of literals accepts', () => {
    const issues = schemaIssues(
      'services',
      'services:\n  - name: ledger\n    owner: platform\n    tier: 7\n',
    );
    expect(issues).toEqual([
      {
        file: 'model/services.yaml',
        line: 4,
        column: 11,
        path: 'services[0].tier',
        message: 'value not allowed',
        found: '7',
        expected: 'one of 1, 2, 3, 4',
      },
    ]);
  });

  it('reports the problem inside the branch of a union the author meant', () => {
    const text =
      'people:\n  - name: ada\n    role: Engineer\n    teams:\n      - team: payments\n        allocaton: 0.5\n';
    expect(schemaIssues('people', text)).toEqual([
      {
        file: 'model/people.yaml',
        line: 6,
        column: 9,
        path: 'people[0].teams[0].allocaton',
        message: 'unknown field "allocaton"',
        found: 'allocaton',
        expected: 'one of team, allocation',
      },
    ]);
  });

  it('rejects a name outside the allowed characters with the rule for names', () => {
    const issues = schemaIssues(
      'teams',
      'teams:\n  - name: Payments Team\n    type: platform\n    mission: Pay.\n',
    );
    expect(issues).toEqual([
      {
        file: 'model/teams.yaml',
        line: 2,
        column: 11,
        path: 'teams[0].name',
        message: 'invalid format',
        found: '"Payments Team"',
        expected:
          'a name of lower-case letters and digits joined by single dashes, dots or underscores, e.g. "payments-api"',
      },
    ]);
  });

  it('rejects an unknown top-level key at its key', () => {
    expect(schemaIssues('services', 'services: []\nteams: []\n')).toEqual([
      {
        file: 'model/services.yaml',
        line: 2,
        column: 1,
        path: 'teams',
        message: 'unknown field "teams"',
        found: 'teams',
        expected: 'one of domains, systems, services, repositories, apis, resources',
      },
    ]);
  });

  it('reads an empty file and a list key with nothing after it as empty lists', () => {
    expect(schemaIssues('teams', '')).toEqual([]);
    expect(schemaIssues('teams', '# nothing yet\nteams:\n')).toEqual([]);
  });
});
