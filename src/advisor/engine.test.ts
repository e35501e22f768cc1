import { describe, expect, it } from 'vitest';
import { checkRules, findingIdOf, fingerprintOf, runRules } from './engine.js';
import type { AdvisorRule, FindingDraft } from './types.js';

function draft(overrides: Partial<FindingDraft> = {}): FindingDraft {
  return {
    rule: 'test.rule',
    subject: 'team:default/checkout',
    severity: 'medium',
    title: 'Change failure rate is 30%',
    summary: 'Three of ten deployments failed.',
    why: 'Failures cost users and trust.',
    actions: ['Review the failed deployments.'],
    owner: 'team:default/checkout',
    evidence: {
      figures: [{ metric: 'dora.change-failure-rate', label: 'CFR', value: 0.3, unit: 'ratio' }],
      records: [],
    },
    concern: 'tech.reliability',
    ...overrides,
  };
}

function rule(
  drafts: (snapshot: unknown) => FindingDraft[],
  overrides: Partial<AdvisorRule> = {},
): AdvisorRule {
  return {
    id: 'test.rule',
    title: 'Test rule',
    concern: 'tech.reliability',
    severity: 'high',
    description: 'Raises what it is given.',
    evaluate: drafts,
    ...overrides,
  };
}

describe('runRules', () => {
  it('gives a finding an id that depends only on rule and subject', () => {
    const first = runRules([rule(() => [draft()])], {});
    const second = runRules([rule(() => [draft({ title: 'Other words', severity: 'low' })])], {});
    expect(first.drafts[0]?.id).toBe(second.drafts[0]?.id);
    expect(first.drafts[0]?.id).toMatch(/^F-[0-9a-f]{8}$/);
    expect(first.drafts[0]?.fingerprint).toBe('test.rule|team:default/checkout');
    expect(findingIdOf(fingerprintOf('test.rule', 'team:default/payments'))).not.toBe(first.drafts[0]?.id);
  });

  it('reports a rule that throws and still runs the others', () => {
    const result = runRules(
      [
        rule(
          () => {
            throw new Error('part missing');
          },
          { id: 'test.broken' },
        ),
        rule(() => [draft()]),
      ],
      {},
    );
    expect(result.errors).toEqual([{ rule: 'test.broken', message: 'part missing' }]);
    expect(result.failedRules).toEqual(['test.broken']);
    expect(result.drafts).toHaveLength(1);
    expect(result.rules).toBe(2);
  });

  it('drops and counts a draft with neither a figure nor a record', () => {
    const result = runRules([rule(() => [draft({ evidence: { figures: [], records: [] } })])], {});
    expect(result.drafts).toEqual([]);
    expect(result.droppedWithoutEvidence).toBe(1);
  });

  it('keeps a draft whose only evidence is a record', () => {
    const result = runRules(
      [rule(() => [draft({ evidence: { figures: [], records: ['incident:pd/1'] } })])],
      {},
    );
    expect(result.drafts).toHaveLength(1);
  });

  it('merges two drafts of one condition into the most severe', () => {
    const result = runRules(
      [
        rule(() => [
          draft({ severity: 'low' }),
          draft({ severity: 'high', title: 'worse' }),
          draft({ severity: 'medium' }),
        ]),
      ],
      {},
    );
    expect(result.drafts).toHaveLength(1);
    expect(result.drafts[0]?.title).toBe('worse');
    expect(result.merged).toBe(2);
  });

  it('drops a draft more severe than its rule declares, or under an unknown concern', () => {
    const result = runRules(
      [
        rule(() => [draft({ severity: 'high' })], { severity: 'medium' }),
        rule(() => [draft({ rule: 'test.other', concern: 'tech.nonsense' })], { id: 'test.other' }),
      ],
      {},
    );
    expect(result.drafts).toEqual([]);
    expect(result.errors.map((error) => error.rule)).toEqual(['test.rule', 'test.other']);
    expect(result.errors[0]?.message).toContain('above the rule');
    expect(result.errors[1]?.message).toContain('tech.nonsense');
  });

  it('rejects a draft that names another rule', () => {
    const result = runRules([rule(() => [draft({ rule: 'test.elsewhere' })])], {});
    expect(result.drafts).toEqual([]);
    expect(result.errors[0]?.message).toContain('test.elsewhere');
  });
});

describe('checkRules', () => {
  it('finds duplicate ids and concerns outside the catalog', () => {
    const errors = checkRules([rule(() => []), rule(() => [], { concern: 'ops.nowhere' })]);
    expect(errors.map((error) => error.message)).toEqual([
      'the id is used by another rule',
      'concern "ops.nowhere" is not in the framework catalog',
    ]);
  });
});
