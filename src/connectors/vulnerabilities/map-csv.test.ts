import { describe, expect, it } from 'vitest';
import { mapVulnerabilityCsv } from './map-csv.js';

const context = { file: 'findings.csv', observedAt: '2026-03-01T00:00:00.000Z' };
const HEADER = 'id,repository,package,severity,opened,fixed,dismissed';

describe('vulnerability CSV', () => {
  it('reads dates as midnight UTC, instants with their offset, and the state from the closing dates', () => {
    const text = [
      HEADER,
      'SNYK-1,checkout-api,lodash,critical,2026-01-05,2026-01-09,',
      'SNYK-2,checkout-api,minimist,Moderate,2026-01-06T10:00:00+01:00,,2026-02-01',
      'SNYK-3,cart-service,express,low,2026-02-01,,',
    ].join('\n');
    const { findings, issues } = mapVulnerabilityCsv(text, context);
    expect(issues).toEqual([]);
    expect(findings.map((finding) => [finding.key, finding.severity, finding.state])).toEqual([
      ['SNYK-1', 'critical', 'fixed'],
      ['SNYK-2', 'medium', 'dismissed'],
      ['SNYK-3', 'low', 'open'],
    ]);
    expect(findings[0]).toMatchObject({
      source: 'csv',
      openedAt: '2026-01-05T00:00:00.000Z',
      fixedAt: '2026-01-09T00:00:00.000Z',
    });
    expect(findings[1]?.openedAt).toBe('2026-01-06T09:00:00.000Z');
  });

  it('accepts columns in any order and case, with the usual aliases', () => {
    const text =
      'Severity,Opened At,Package,Service,ID,Status\nhigh,2026-01-05,openssl,checkout-api,X-1,open\n';
    const { findings, issues } = mapVulnerabilityCsv(text, context);
    expect(issues).toEqual([]);
    expect(findings[0]).toMatchObject({
      key: 'X-1',
      service: 'checkout-api',
      repository: null,
      state: 'open',
    });
  });

  it('reports every bad cell with its line, row id, column, what was found and what was expected', () => {
    const text = [
      HEADER,
      'A-1,checkout-api,lodash,severe,2026-01-05,,',
      'A-2,checkout-api,lodash,high,05/01/2026,,',
      'A-3,checkout-api,lodash,high,2026-01-05,2026-01-01,',
      'A-1,checkout-api,lodash,high,2026-01-05,,',
      ',,lodash,high,2026-01-05,,',
    ].join('\n');
    const { findings, issues } = mapVulnerabilityCsv(text, context);
    expect(findings.map((finding) => finding.key)).toEqual([]);
    expect(issues.map((issue) => [issue.line, issue.record, issue.path, issue.found])).toEqual([
      [2, 'A-1', 'severity', '"severe"'],
      [3, 'A-2', 'opened', '"05/01/2026"'],
      [4, 'A-3', 'fixed', '"2026-01-01T00:00:00.000Z"'],
      [5, 'A-1', 'id', '"A-1"'],
      [6, undefined, 'id', 'an empty cell'],
      [6, undefined, 'repository', 'an empty cell'],
    ]);
    expect(issues[0]?.expected).toBe('critical, high, medium (or moderate) or low');
    expect(issues[3]?.message).toBe('repeats the finding of line 2');
  });

  it('refuses a header with unknown or missing columns, naming them', () => {
    const { issues } = mapVulnerabilityCsv('id,repo,pkg,severity\n1,a,b,high\n', context);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 1, path: 'header' });
    expect(issues[0]?.message).toBe(
      'misses the columns package, opened; has unknown or repeated columns pkg',
    );
  });

  it('refuses a state that contradicts the closing dates', () => {
    const text = `${HEADER},state\nB-1,a,b,high,2026-01-05,2026-01-06,,open\nB-2,a,b,high,2026-01-05,,,fixed\n`;
    const { issues } = mapVulnerabilityCsv(text, context);
    expect(issues.map((issue) => [issue.line, issue.path])).toEqual([
      [2, 'state'],
      [3, 'fixed'],
    ]);
  });
});
