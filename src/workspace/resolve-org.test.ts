import { describe, expect, it } from 'vitest';
import { createModelInput, type ModelFile, readModelFile, WORKSPACE_FILES } from './model-files.js';
import { resolveModel } from './resolve.js';
import { parseYamlSource } from './yaml-source.js';

/** The resolved model and cross-file issues of model files given as text. */
function resolveFiles(files: Partial<Record<ModelFile, string>>) {
  const input = createModelInput();
  const schemaIssues = Object.entries(files).flatMap(([file, text]) => {
    const read = parseYamlSource(WORKSPACE_FILES[file as ModelFile], text);
    if (read.kind !== 'parsed') throw new Error(`test YAML does not parse: ${JSON.stringify(read)}`);
    return readModelFile(file as ModelFile, read.source, input);
  });
  const { model, issues } = resolveModel(input);
  return { model, issues: [...schemaIssues, ...issues] };
}

const TEAMS = `teams:
  - name: payments
    type: stream-aligned
    mission: Pay.
    since: 2025-02-01
    api:
      offers:
        - Card payments as a service
        - what: Refund API
          how: REST, see the portal
      contact: '#payments'
      responseTime: one working day
`;

describe('people and teams', () => {
  it('resolves dotted-line managers and end dates', () => {
    const people = `people:
  - name: vp
    role: VP
  - name: dir
    role: Director
    manager: vp
  - name: ada
    role: Engineer
    manager: dir
    dottedLine: [vp]
    startDate: 2024-01-01
    endDate: 2026-06-30
`;
    const { model, issues } = resolveFiles({ people });
    expect(issues).toEqual([]);
    const ada = model.people.find((person) => person.name === 'ada');
    expect(ada).toMatchObject({
      manager: 'person:default/dir',
      dottedLine: ['person:default/vp'],
      endDate: '2026-06-30',
    });
  });

  it('rejects a dotted line to the line manager, to oneself or to the same person twice', () => {
    const people = `people:
  - name: dir
    role: Director
  - name: ada
    role: Engineer
    manager: dir
    dottedLine: [dir, ada]
  - name: bo
    role: Engineer
    dottedLine: [dir, dir]
`;
    const messages = resolveFiles({ people }).issues.map((issue) => [issue.path, issue.message]);
    expect(messages).toEqual([
      ['people[1].dottedLine[0]', '"dir" is already the line manager'],
      ['people[1].dottedLine[1]', '"ada" cannot be their own manager'],
      ['people[2].dottedLine[1]', '"dir" is listed twice'],
    ]);
  });

  it('rejects an end date before the start date, naming the line', () => {
    const people =
      'people:\n  - name: ada\n    role: Engineer\n    startDate: 2026-03-01\n    endDate: 2026-02-01\n';
    expect(resolveFiles({ people }).issues).toEqual([
      expect.objectContaining({
        line: 5,
        path: 'people[0].endDate',
        message: '"endDate" is before "startDate"',
        expected: 'a date on or after 2026-03-01',
      }),
    ]);
  });

  it('fills every field of a team API, offers written as text or as a mapping', () => {
    const { model, issues } = resolveFiles({ teams: TEAMS });
    expect(issues).toEqual([]);
    expect(model.teams[0]).toMatchObject({
      since: '2025-02-01',
      until: null,
      api: {
        offers: [
          { what: 'Card payments as a service', how: null, docs: null },
          { what: 'Refund API', how: 'REST, see the portal', docs: null },
        ],
        contact: '#payments',
        requests: null,
        responseTime: 'one working day',
        practices: [],
      },
    });
  });

  it('rejects a team dissolved before it was formed', () => {
    const teams =
      'teams:\n  - name: old\n    type: platform\n    mission: Run.\n    since: 2026-05-01\n    until: 2026-04-01\n';
    expect(resolveFiles({ teams }).issues).toEqual([
      expect.objectContaining({ path: 'teams[0].until', message: '"until" is before "since"' }),
    ]);
  });
});
