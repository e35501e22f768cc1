import { describe, expect, it } from 'vitest';
import { assessMaturity, type EvidenceFacts } from './maturity.js';
import { AGILE_MATURITY_MODEL, listAnswerableCriteria, PLATFORM_MATURITY_MODEL } from './maturity-model.js';

const value = (figure: number) => ({ kind: 'value' as const, value: figure, source: 'test' });

/** Evidence meeting every agile criterion. */
const strong: EvidenceFacts = {
  'items-completed': value(40),
  'deployment-band': value(4),
  'cycle-time-spread': value(2.1),
  'wip-weeks': value(1.2),
  'lead-time-hours': value(20),
  'decided-experiments': value(1),
};
const allYes = Object.fromEntries(listAnswerableCriteria(AGILE_MATURITY_MODEL).map((id) => [id, true]));

describe('assessMaturity', () => {
  it('reaches level 5 when every criterion is met, with nothing next', () => {
    const result = assessMaturity(AGILE_MATURITY_MODEL, allYes, strong, 5);
    expect(result.level).toBe(5);
    expect(result.name).toBe('Optimizing');
    expect(result.next).toBeNull();
    expect(result.target).toBe(5);
  });

  it('stops at the first level with an unmet criterion and lists what the next level needs', () => {
    const result = assessMaturity(AGILE_MATURITY_MODEL, allYes, { ...strong, 'wip-weeks': value(3.5) });
    expect(result.level).toBe(3);
    expect(result.next?.level).toBe(4);
    expect(result.next?.needs.map((need) => need.id)).toEqual(['agile.limited-wip']);
    expect(result.next?.needs[0]?.status).toBe('unmet');
    expect(result.next?.needs[0]?.found).toContain('3.50');
    expect(result.next?.needs[0]?.expected).toBe('wip-weeks <= 2');
  });

  it('counts a level only when every level below it is met (a staircase)', () => {
    const answers = { ...allYes, 'agile.retrospectives': false };
    const result = assessMaturity(AGILE_MATURITY_MODEL, answers, strong);
    expect(result.levels.find((level) => level.level === 4)?.met).toBe(true);
    expect(result.level).toBe(2);
    expect(result.next?.needs.map((need) => [need.id, need.found])).toEqual([['agile.retrospectives', 'no']]);
  });

  it('reports a missing answer and insufficient data as unknown, never as met', () => {
    const { 'agile.cadence': _left, ...answers } = allYes;
    const result = assessMaturity(AGILE_MATURITY_MODEL, answers, {
      ...strong,
      'items-completed': { kind: 'insufficient-data', source: 'test', needs: 'work items' },
    });
    expect(result.level).toBe(1);
    const needs = result.next?.needs ?? [];
    expect(needs.map((need) => [need.id, need.status])).toEqual([
      ['agile.cadence', 'unknown'],
      ['agile.work-tracked', 'unknown'],
    ]);
    expect(needs[0]?.found).toBe('no answer in maturity.yaml');
    expect(needs[1]?.found).toBe('insufficient data: work items');
  });

  it('assesses the platform model from its own evidence', () => {
    const answers = Object.fromEntries(
      listAnswerableCriteria(PLATFORM_MATURITY_MODEL).map((id) => [id, true]),
    );
    const result = assessMaturity(PLATFORM_MATURITY_MODEL, answers, {
      'platform-teams': value(1),
      'ownership-coverage': value(1),
      'build-minutes': value(6),
      'slo-coverage': value(0.5),
      'first-review-hours': value(3),
    });
    expect(result.level).toBe(3);
    expect(result.next?.needs.map((need) => need.id)).toEqual(['platform.slo-coverage']);
  });
});
