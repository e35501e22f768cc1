import { describe, expect, it } from 'vitest';
import { type CohortHire, computeCohortFigures, computeFiscalYearCohort } from './onboarding-cohort.js';

function hire(name: string, start: string, days: number | null): CohortHire {
  return { person: `person:default/${name}`, start, daysToFirstPullRequest: days };
}

/** Calendar quarters (a fiscal year starting in January). */
const YEAR = { fiscalYear: 2026, fiscalYearStart: 1 };

describe('the onboarding cohort figures', () => {
  it('gives the median days and the share productive within 14 days (day 14 included) against the 90% target', () => {
    const figures = computeCohortFigures([
      hire('a', '2026-01-10', 3),
      hire('b', '2026-02-10', 14),
      hire('c', '2026-03-10', 15),
      hire('d', '2026-04-10', 5),
      hire('e', '2026-05-10', null),
    ]);
    expect(figures).toMatchObject({
      medianDaysToFirstPullRequest: { kind: 'value', days: 9.5, n: 4 },
      productiveWithin: { value: 0.6, numerator: 3, denominator: 5, target: 0.9, meetsTarget: false },
    });
  });

  it('gives insufficient data for the median, not 0, when no hire has merged a pull request', () => {
    const figures = computeCohortFigures(
      ['a', 'b', 'c', 'd', 'e'].map((name) => hire(name, '2026-02-01', null)),
    );
    expect(figures.medianDaysToFirstPullRequest.kind).toBe('insufficient-data');
    expect(figures.productiveWithin).toMatchObject({ value: 0, denominator: 5 });
  });
});

describe('fiscal-year cohorts', () => {
  const q1 = ['a', 'b', 'c', 'd', 'e', 'f'].map((name, index) =>
    hire(name, `2026-02-0${index + 1}`, index + 1),
  );
  const q2 = [hire('g', '2026-05-01', 2), hire('h', '2026-06-01', 30)];

  it('shows a closed quarter of five or more, withholds a small one without a count, and leaves open ones unread', () => {
    const cohort = computeFiscalYearCohort([...q1, ...q2], { ...YEAR, asOf: '2026-08-01' });
    expect(cohort.quarters.map((quarter) => [quarter.quarter, quarter.state.kind])).toEqual([
      ['2026-Q1', 'shown'],
      ['2026-Q2', 'suppressed'],
      ['2026-Q3', 'open'],
      ['2026-Q4', 'open'],
    ]);
    expect(cohort.quarters[1]?.state).toEqual({ kind: 'suppressed', reason: 'small-group', minimum: 5 });
    expect(cohort.year).toEqual({ kind: 'open', closesOn: '2027-01-14' });
  });

  it('keeps a quarter open until its last possible hire has had 14 days', () => {
    const before = computeFiscalYearCohort(q1, { ...YEAR, asOf: '2026-04-13' });
    const on = computeFiscalYearCohort(q1, { ...YEAR, asOf: '2026-04-14' });
    expect(before.quarters[0]?.state).toEqual({ kind: 'open', closesOn: '2026-04-14' });
    expect(on.quarters[0]?.state.kind).toBe('shown');
  });

  it('withholds the year when it minus the shown quarters would give a withheld quarter', () => {
    const q3 = ['i', 'j', 'k', 'l', 'm'].map((name) => hire(name, '2026-08-01', 4));
    const cohort = computeFiscalYearCohort([...q1, ...q2, ...q3], { ...YEAR, asOf: '2027-02-01' });
    expect(cohort.quarters.map((quarter) => quarter.state.kind)).toEqual([
      'shown',
      'suppressed',
      'shown',
      'suppressed',
    ]);
    expect(cohort.year).toEqual({ kind: 'suppressed', reason: 'complement', minimum: 5 });
  });

  it('calls a year of fewer than five hires a small group, not a complement', () => {
    const few = [hire('u', '2026-02-05', 3), hire('v', '2026-11-05', 3)];
    const cohort = computeFiscalYearCohort(few, { ...YEAR, asOf: '2027-02-01' });
    expect(cohort.year).toEqual({ kind: 'suppressed', reason: 'small-group', minimum: 5 });
  });

  it('shows the year when the withheld quarters hold at least five hires together', () => {
    const spread = [
      hire('p', '2026-01-05', 3),
      hire('q', '2026-04-05', 3),
      hire('r', '2026-05-05', 20),
      hire('s', '2026-07-05', 3),
      hire('t', '2026-10-05', 3),
    ];
    const cohort = computeFiscalYearCohort(spread, { ...YEAR, asOf: '2027-02-01' });
    expect(cohort.quarters.every((quarter) => quarter.state.kind === 'suppressed')).toBe(true);
    expect(cohort.year).toMatchObject({
      kind: 'shown',
      n: 5,
      productiveWithin: { numerator: 4, denominator: 5 },
    });
  });
});
