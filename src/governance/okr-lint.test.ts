import { describe, expect, it } from 'vitest';
import { buildKeyResult, buildObjective } from '../domain/okr.test-fixtures.js';
import { lintOkrs } from './okr-lint.js';

const options = { today: '2026-11-23', fiscalYearStart: 2 };
const rules = (findings: ReturnType<typeof lintOkrs>) => findings.map((finding) => finding.rule);

describe('OKR lint', () => {
  it('finds nothing in a measured, aligned, recently updated objective', () => {
    expect(lintOkrs([buildObjective()], options)).toEqual([]);
  });

  it('flags a fourth objective of one team in one quarter, naming all four', () => {
    const objectives = ['a', 'b', 'c', 'd'].map((id) => buildObjective({ id: `obj-${id}` }));
    const [finding] = lintOkrs(objectives, options);
    expect(finding).toMatchObject({ rule: 'too-many-objectives', objective: 'obj-d' });
    expect(finding?.message).toContain('obj-a, obj-b, obj-c, obj-d');
  });

  it('counts objectives of different teams apart', () => {
    const objectives = ['a', 'b', 'c', 'd'].map((id, index) =>
      buildObjective({ id: `obj-${id}`, team: `team:default/t${index % 2}` }),
    );
    expect(rules(lintOkrs(objectives, options))).not.toContain('too-many-objectives');
  });

  it('flags a fifth key result on one objective', () => {
    const keyResults = [1, 2, 3, 4, 5].map((n) => buildKeyResult({ id: `kr-${n}` }));
    expect(rules(lintOkrs([buildObjective({ keyResults })], options))).toEqual(['too-many-key-results']);
  });

  it('flags a yes/no key result stated as shipping a feature, with its position and what to do', () => {
    const kr = buildKeyResult({
      id: 'kr-portal',
      title: 'Launch the returns portal',
      unit: 'boolean',
      baseline: 0,
      target: 1,
    });
    const findings = lintOkrs([buildObjective({ keyResults: [kr] })], options);
    expect(rules(findings)).toEqual(['binary-key-result', 'feature-as-key-result']);
    expect(findings[1]).toMatchObject({
      keyResult: 'kr-portal',
      at: { file: 'okrs/2026-Q4.yaml', line: 10 },
    });
    expect(findings[1]?.action).toContain('roadmap');
  });

  it('flags a key result without a baseline', () => {
    const kr = buildKeyResult({ baseline: null });
    expect(rules(lintOkrs([buildObjective({ keyResults: [kr] })], options))).toEqual(['no-baseline']);
  });

  it('flags an engineering or team objective without a parent, but not a company one', () => {
    const objectives = [
      buildObjective({ id: 'obj-company', level: 'company', team: null, parent: null }),
      buildObjective({ id: 'obj-team', parent: null }),
    ];
    const findings = lintOkrs(objectives, options);
    expect(findings.map((finding) => [finding.rule, finding.objective])).toEqual([['no-parent', 'obj-team']]);
  });

  it('flags a manual key result last updated 15 days ago, not one updated 14 days ago', () => {
    const stale = buildKeyResult({ id: 'kr-stale', checkIns: [{ date: '2026-11-08', value: 3 }] });
    const fresh = buildKeyResult({ id: 'kr-fresh', checkIns: [{ date: '2026-11-09', value: 3 }] });
    const findings = lintOkrs([buildObjective({ keyResults: [stale, fresh] })], options);
    expect(findings.map((finding) => [finding.rule, finding.keyResult])).toEqual([
      ['stale-check-in', 'kr-stale'],
    ]);
    expect(findings[0]?.message).toBe('last check-in 15 days ago (2026-11-08)');
  });

  it('never flags a metric-linked key result as stale', () => {
    const kr = buildKeyResult({
      checkIns: [],
      metric: {
        id: 'dora.change-failure-rate',
        scope: 'org',
        statistic: null,
        severity: null,
        slo: null,
        metricUnit: 'fraction',
        direction: 'lower-is-better',
      },
    });
    expect(lintOkrs([buildObjective({ keyResults: [kr] })], options)).toEqual([]);
  });
});
