import { describe, expect, it } from 'vitest';
import { mapPrometheusSli } from './map.js';

const T = 1_793_613_660; // 2026-11-02T10:01:00Z, a whole minute
const response = (result: object[]) => ({ status: 'success', data: { resultType: 'matrix', result } });

describe('mapPrometheusSli', () => {
  it('pairs the good and valid series by their sli label, each sample counting the minute before it', () => {
    const mapped = mapPrometheusSli([
      {
        file: 'range.json',
        json: response([
          {
            metric: { sli: 'valid' },
            values: [
              [T, '100'],
              [T + 60, '120'],
            ],
          },
          {
            metric: { sli: 'good' },
            values: [
              [T, '99'],
              [T + 60, '118.6'],
            ],
          },
        ]),
      },
    ]);
    if (mapped.kind !== 'ok') throw new Error(JSON.stringify(mapped.issues));
    expect(Array.from(mapped.columns.timestamps)).toEqual([(T - 60) * 1000, T * 1000]);
    expect(Array.from(mapped.columns.good)).toEqual([99, 118.6]);
    expect(Array.from(mapped.columns.valid)).toEqual([100, 120]);
    expect(mapped.unpaired).toBe(0);
  });

  it('reads one unlabelled series per file when the caller names each kind', () => {
    const mapped = mapPrometheusSli([
      {
        file: 'good.json',
        kind: 'good',
        json: response([
          {
            metric: {},
            values: [
              [T, '5'],
              [T + 60, '5'],
            ],
          },
        ]),
      },
      { file: 'valid.json', kind: 'valid', json: response([{ metric: {}, values: [[T, '5']] }]) },
    ]);
    expect(mapped).toMatchObject({ kind: 'ok', unpaired: 1 });
  });

  it('refuses a series it cannot tell apart and a repeated timestamp with another value', () => {
    const mapped = mapPrometheusSli([
      {
        file: 'range.json',
        json: response([
          { metric: { job: 'api' }, values: [[T, '1']] },
          {
            metric: { sli: 'valid' },
            values: [
              [T, '10'],
              [T, '11'],
            ],
          },
        ]),
      },
    ]);
    if (mapped.kind !== 'invalid') throw new Error('expected issues');
    expect(mapped.issues.map((issue) => issue.path)).toEqual(['data.result[0]', 'data.result[1].values[1]']);
    expect(mapped.issues[1]).toMatchObject({ found: '11' });
  });

  it('refuses something that is not a range-query response', () => {
    const mapped = mapPrometheusSli([
      { file: 'x.json', json: { status: 'success', data: { resultType: 'vector', result: [] } } },
    ]);
    expect(mapped).toMatchObject({
      kind: 'invalid',
      issues: [{ file: 'x.json', message: 'not a Prometheus range-query response' }],
    });
  });
});
