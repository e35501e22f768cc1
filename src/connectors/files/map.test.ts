import { describe, expect, it } from 'vitest';
import { listRecordFields } from './fields.js';
import { mapCsvHeader, mapCsvRow, mapJsonLine } from './map.js';

const at = { file: 'deployments.csv', line: 7 };

const deploymentLine = {
  source: 'ci',
  key: 'd-1',
  service: 'payments',
  environment: 'production',
  finishedAt: '2026-03-04T10:15:00+01:00',
  result: 'success',
  commitSha: 'abc1234',
};

describe('mapJsonLine', () => {
  it('returns a validated record with defaults and full references', () => {
    const result = mapJsonLine('deployment', JSON.stringify(deploymentLine), at);
    expect(result).toEqual({
      kind: 'record',
      record: { ...deploymentLine, service: 'service:default/payments', method: 'import', unplanned: false },
    });
  });

  it('ignores blank lines', () => {
    expect(mapJsonLine('deployment', '   ', at)).toBeNull();
  });

  it('reports invalid JSON with its line and column', () => {
    const result = mapJsonLine('deployment', '{"source": "ci", key: 1}', at);
    expect(result).toMatchObject({
      kind: 'issues',
      issues: [{ file: 'deployments.csv', line: 7, column: 18, expected: 'one JSON object per line' }],
    });
  });

  it('reports a value that is not an object', () => {
    const result = mapJsonLine('deployment', '[1, 2]', at);
    expect(result).toMatchObject({ kind: 'issues', issues: [{ line: 7, found: 'an array' }] });
  });

  it('uses the default source only when the line names none', () => {
    const { source: _omitted, ...withoutSource } = deploymentLine;
    const defaulted = mapJsonLine('deployment', JSON.stringify(withoutSource), {
      ...at,
      source: 'deploy-log',
    });
    const named = mapJsonLine('deployment', JSON.stringify(deploymentLine), { ...at, source: 'deploy-log' });
    expect(defaulted?.kind === 'record' && defaulted.record.source).toBe('deploy-log');
    expect(named?.kind === 'record' && named.record.source).toBe('ci');
  });

  it('names the field, the value found and the values expected for a bad enumeration', () => {
    const result = mapJsonLine('deployment', JSON.stringify({ ...deploymentLine, result: 'done' }), at);
    expect(result).toEqual({
      kind: 'issues',
      issues: [
        expect.objectContaining({
          line: 7,
          path: 'result',
          found: '"done"',
          expected: 'one of "success", "failure", "rolled-back"',
        }),
      ],
    });
  });

  it('reports a missing required field and an unknown field', () => {
    const { finishedAt: _missing, ...rest } = deploymentLine;
    const result = mapJsonLine('deployment', JSON.stringify({ ...rest, colour: 'blue' }), at);
    expect(result?.kind === 'issues' && result.issues.map((issue) => [issue.path, issue.message])).toEqual([
      ['finishedAt', 'is required but missing'],
      ['colour', 'unknown field'],
    ]);
  });

  it('reports a reference that is not one', () => {
    const result = mapJsonLine(
      'deployment',
      JSON.stringify({ ...deploymentLine, service: 'team:payments' }),
      at,
    );
    expect(result).toMatchObject({ kind: 'issues', issues: [{ path: 'service', found: '"team:payments"' }] });
  });

  it('reports an instant without an offset', () => {
    const result = mapJsonLine(
      'deployment',
      JSON.stringify({ ...deploymentLine, finishedAt: '2026-03-04 10:15' }),
      at,
    );
    expect(result).toMatchObject({
      kind: 'issues',
      issues: [{ path: 'finishedAt', expected: expect.stringContaining('ISO 8601 instant with an offset') }],
    });
  });
});

describe('mapCsvHeader', () => {
  it('accepts camelCase and snake_case column names in any order', () => {
    const header = ['commit_sha', 'result', 'finishedAt', 'environment', 'service', 'key', 'source'];
    const result = mapCsvHeader('deployment', header, { ...at, line: 1 });
    expect(result.kind === 'columns' && result.fields.map((field) => field.name)).toEqual([
      'commitSha',
      'result',
      'finishedAt',
      'environment',
      'service',
      'key',
      'source',
    ]);
  });

  it('names missing and unknown columns together in one issue with the expected columns', () => {
    const result = mapCsvHeader('deployment', ['source', 'key', 'service', 'colour'], { ...at, line: 1 });
    expect(result.kind).toBe('issues');
    const issues = result.kind === 'issues' ? result.issues : [];
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain(
      'missing required columns environment, finishedAt, result, commitSha',
    );
    expect(issues[0]?.message).toContain('unknown or repeated columns colour');
    expect(issues[0]?.expected).toContain(
      'required: source, key, service, environment, finishedAt, result, commitSha',
    );
  });

  it('does not require a source column when a default source is given', () => {
    const header = ['key', 'service', 'environment', 'finishedAt', 'result', 'commitSha'];
    expect(mapCsvHeader('deployment', header, { ...at, line: 1 }).kind).toBe('issues');
    expect(mapCsvHeader('deployment', header, { ...at, line: 1, source: 'ci' }).kind).toBe('columns');
  });
});

describe('mapCsvRow', () => {
  const commitFields = listRecordFields('commit');
  const byName = (names: string[]) =>
    names.map((name) => {
      const field = commitFields.find((candidate) => candidate.name === name);
      if (!field) throw new Error(`commits have no field ${name}`);
      return field;
    });

  it('parses numbers, lists and empty cells as the schema says', () => {
    const fields = byName([
      'source',
      'key',
      'repository',
      'sha',
      'parents',
      'authorName',
      'authorEmail',
      'authoredAt',
      'committerName',
      'committerEmail',
      'committedAt',
      'additions',
      'services',
      'subject',
    ]);
    const cells = [
      'git',
      'r/abc1234',
      'payments-api',
      'abc1234',
      'def5678; 0123abc',
      'Ada',
      'ada@example.com',
      '2026-01-05T09:00:00Z',
      'Ada',
      'ada@example.com',
      '2026-01-05T09:30:00Z',
      '12',
      'payments;ledger',
      '',
    ];
    const result = mapCsvRow('commit', fields, cells, at);
    expect(result.kind === 'record' && result.record).toMatchObject({
      parents: ['def5678', '0123abc'],
      additions: 12,
      services: ['service:default/payments', 'service:default/ledger'],
      repository: 'repository:default/payments-api',
      subject: '',
    });
  });

  it('reports a number cell that is not a number at its column', () => {
    const fields = byName(['source', 'key', 'repository', 'sha', 'authorName', 'authorEmail', 'authoredAt']);
    const more = byName(['committerName', 'committerEmail', 'committedAt', 'additions']);
    const cells = [
      'git',
      'k',
      'r',
      'abc1234',
      'A',
      'a@x',
      '2026-01-05T09:00:00Z',
      'C',
      'c@x',
      '2026-01-05T09:00:00Z',
    ];
    const result = mapCsvRow('commit', [...fields, ...more], [...cells, 'twelve'], at);
    expect(result).toMatchObject({
      kind: 'issues',
      issues: [{ line: 7, column: 11, path: 'additions', found: '"twelve"', expected: 'number' }],
    });
  });

  it('parses booleans and reads transitions from a JSON cell', () => {
    const deploymentFields = listRecordFields('deployment').filter((field) =>
      ['source', 'key', 'service', 'environment', 'finishedAt', 'result', 'commitSha', 'unplanned'].includes(
        field.name,
      ),
    );
    const cells = ['ci', 'd-1', 'payments', 'production', '2026-01-05T09:00:00Z', 'failure', 'abc', 'yes'];
    const deployment = mapCsvRow('deployment', deploymentFields, cells, at);
    expect(deployment.kind === 'record' && deployment.record).toMatchObject({ unplanned: true });

    const itemFields = listRecordFields('work-item').filter((field) =>
      ['source', 'key', 'type', 'status', 'statusCategory', 'createdAt', 'transitions'].includes(field.name),
    );
    const transitions = '[{"at":"2026-01-03T09:00:00Z","to":"Doing","toCategory":"in-progress"}]';
    const item = mapCsvRow(
      'work-item',
      itemFields,
      ['jira', 'P-1', 'bug', 'Doing', 'in-progress', '2026-01-02T00:00:00Z', transitions],
      at,
    );
    expect(item.kind === 'record' && item.record).toMatchObject({
      transitions: [{ at: '2026-01-03T09:00:00Z', from: null, to: 'Doing', toCategory: 'in-progress' }],
    });
    const broken = mapCsvRow(
      'work-item',
      itemFields,
      ['jira', 'P-1', 'bug', 'Doing', 'in-progress', '2026-01-02T00:00:00Z', '[{'],
      at,
    );
    expect(broken).toMatchObject({ kind: 'issues', issues: [{ column: 7, path: 'transitions' }] });
  });

  it('reports a row whose cell count differs from the header', () => {
    const result = mapCsvRow('commit', byName(['source', 'key']), ['git'], at);
    expect(result).toMatchObject({
      kind: 'issues',
      issues: [{ line: 7, message: 'has 1 cells where the header has 2 columns' }],
    });
  });
});
