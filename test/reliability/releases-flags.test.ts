/** Reading feature flag exports: CSV, JSON and JSON Lines, every bad row reported with where and what. */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/errors.js';
import { parseFeatureFlags } from '../../src/services/release-flags.js';
import { buildOrgModel } from '../support/model.js';

const org = buildOrgModel();

function parseError(file: string, text: string): ImportError {
  try {
    parseFeatureFlags(file, text, org, 'Europe/Berlin');
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('parseFeatureFlags', () => {
  it('reads CSV with an archived column, a date as the start of that day in the workspace time zone', () => {
    const flags = parseFeatureFlags(
      '/tmp/flags.csv',
      'key,service,created,archived,owner\nnew-checkout,payments,2026-03-02,2026-03-20T10:00:00Z,checkout\n',
      org,
      'Europe/Berlin',
    );
    expect(flags).toEqual([
      {
        key: 'new-checkout',
        service: 'service:default/payments',
        createdAt: '2026-03-01T23:00:00.000Z',
        removedAt: '2026-03-20T10:00:00.000Z',
        owner: 'checkout',
      },
    ]);
  });

  it('reads a JSON array and an object holding a flags list alike', () => {
    const row = { key: 'a', service: 'payments', created: '2026-03-02T10:00:00Z', owner: 'ada' };
    const fromArray = parseFeatureFlags('f.json', JSON.stringify([row]), org, 'UTC');
    const fromObject = parseFeatureFlags('f.json', JSON.stringify({ flags: [row] }), org, 'UTC');
    expect(fromArray).toEqual(fromObject);
    expect(fromArray[0]?.createdAt).toBe('2026-03-02T10:00:00.000Z');
  });

  it('reports every bad row of a CSV with its line, and imports none', () => {
    const error = parseError(
      'flags.csv',
      [
        'key,service,created,removed,owner',
        'ok,payments,2026-03-01,,',
        'bad-date,payments,soon,,',
        'ghost,billing,2026-03-01,,',
        'stranger,payments,2026-03-01,,nobody',
        'backwards,payments,2026-03-05,2026-03-01,',
        'ok,payments,2026-03-02,,',
      ].join('\n'),
    );
    expect(error.issues.map((issue) => [issue.line, issue.path, issue.found])).toEqual([
      [3, 'created', '"soon"'],
      [4, undefined, 'billing'],
      [5, undefined, 'nobody'],
      [6, 'removed', '2026-03-01'],
      [7, undefined, 'also on line 2'],
    ]);
    expect(error.message).toContain('nothing was imported');
  });

  it('names unknown columns on the header line', () => {
    const error = parseError('flags.csv', 'key,service,created,colour\na,payments,2026-03-01,red\n');
    expect(error.issues[0]).toMatchObject({ file: 'flags.csv', line: 1, found: 'colour' });
  });

  it('points at the position of a bad JSON row, and at the line of a bad JSON Lines row', () => {
    const json = parseError('f.json', JSON.stringify([{ key: 'a', service: 'payments' }]));
    expect(json.issues[0]).toMatchObject({ path: 'flags[0].created' });
    const lines = parseError(
      'f.jsonl',
      '{"key":"a","service":"payments","created":"2026-03-01"}\n{not json}\n',
    );
    expect(lines.issues[0]).toMatchObject({ file: 'f.jsonl', line: 2, message: 'is not valid JSON' });
  });
});
