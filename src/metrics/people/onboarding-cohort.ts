/**
 * How quickly new hires become productive: the median days from the first day to the first merged pull
 * request, and the share who merged one within PRODUCTIVE_WITHIN_DAYS, against the target share. Pure.
 *
 * Cohorts are fixed, closed periods, never a free window, because a figure about people must not be
 * recoverable by subtraction:
 * - a cohort is the hires whose first day falls in one fiscal quarter; it is read only once the quarter
 *   is closed, that is once its last hire has had PRODUCTIVE_WITHIN_DAYS days (`closed`). A closed
 *   quarter never changes, so reading it again later cannot single anyone out; a quarter still open is
 *   not shown at all;
 * - a quarter is shown for at least MIN_GROUP_SIZE hires, otherwise withheld without a count;
 * - the fiscal year is shown only once its four quarters are closed, and only when the withheld quarters
 *   hold none or at least MIN_GROUP_SIZE hires together: otherwise the year minus the shown quarters
 *   would give a withheld quarter's figure.
 * A hire with no merged pull request by the cohort's reading counts in the share's denominator (not
 * productive within the two weeks) but has no days for the median. A shown figure carries no record ids:
 * each would point at one hire's first pull request, an individual figure (`onboarding.plans`).
 */
import { shiftDayKey } from '../../domain/day-keys.js';
import { quarterSpan } from '../../domain/okr-quarter.js';
import { type GroupFigure, guardGroup, MIN_GROUP_SIZE } from '../../domain/privacy.js';
import { median } from '../stats.js';

/** "Productive" is a first merged pull request within this many days of the first day. */
export const PRODUCTIVE_WITHIN_DAYS = 14;
/** The share of new hires who should be productive within that time. */
export const PRODUCTIVE_TARGET = 0.9;

export interface CohortHire {
  person: string;
  start: string;
  /** Days to the first merged pull request, null when there is none. */
  daysToFirstPullRequest: number | null;
}

export type CohortMedian =
  | { kind: 'value'; days: number; n: number }
  | { kind: 'insufficient-data'; needs: string };

export interface CohortFigures {
  medianDaysToFirstPullRequest: CohortMedian;
  productiveWithin: {
    days: number;
    value: number;
    numerator: number;
    denominator: number;
    target: number;
    meetsTarget: boolean;
  };
}

export type CohortState = { kind: 'open'; closesOn: string } | GroupFigure<CohortFigures>;

export interface QuarterCohort {
  quarter: string;
  from: string;
  to: string;
  state: CohortState;
}

export interface FiscalYearCohort {
  fiscalYear: number;
  quarters: QuarterCohort[];
  year: CohortState;
}

/** The day a cohort of hires starting up to `lastStart` can first be read. */
export function closingDay(lastStart: string): string {
  return shiftDayKey(lastStart, PRODUCTIVE_WITHIN_DAYS);
}

export function computeCohortFigures(cohort: readonly CohortHire[]): CohortFigures {
  const days = cohort.flatMap((hire) =>
    hire.daysToFirstPullRequest === null ? [] : [hire.daysToFirstPullRequest],
  );
  const middle = median(days);
  const numerator = days.filter((value) => value <= PRODUCTIVE_WITHIN_DAYS).length;
  const value = cohort.length === 0 ? 0 : numerator / cohort.length;
  return {
    medianDaysToFirstPullRequest:
      middle === undefined
        ? { kind: 'insufficient-data', needs: 'a new hire of the cohort with a merged pull request' }
        : { kind: 'value', days: middle, n: days.length },
    productiveWithin: {
      days: PRODUCTIVE_WITHIN_DAYS,
      value,
      numerator,
      denominator: cohort.length,
      target: PRODUCTIVE_TARGET,
      meetsTarget: value >= PRODUCTIVE_TARGET,
    },
  };
}

/** The cohorts of fiscal year `fiscalYear` (named by the year it starts in) as read on `asOf`. */
export function computeFiscalYearCohort(
  hires: readonly CohortHire[],
  options: { fiscalYear: number; fiscalYearStart: number; asOf: string },
  minimum = MIN_GROUP_SIZE,
): FiscalYearCohort {
  const quarters = [1, 2, 3, 4].map((index) => {
    const span = quarterSpan(`${options.fiscalYear}-Q${index}`, options.fiscalYearStart);
    const members = hires.filter((hire) => hire.start >= span.from && hire.start <= span.to);
    const closesOn = closingDay(span.to);
    const state: CohortState =
      options.asOf < closesOn
        ? { kind: 'open', closesOn }
        : guardGroup(members.length, () => computeCohortFigures(members), minimum);
    return { quarter: span.quarter, from: span.from, to: span.to, state, members };
  });
  const last = quarters.at(-1);
  let year: CohortState;
  if (last && last.state.kind === 'open') year = { kind: 'open', closesOn: last.state.closesOn };
  else {
    const withheld = quarters
      .filter((quarter) => quarter.state.kind === 'suppressed')
      .reduce((sum, quarter) => sum + quarter.members.length, 0);
    const members = quarters.flatMap((quarter) => quarter.members);
    year =
      members.length >= minimum && withheld > 0 && withheld < minimum
        ? { kind: 'suppressed', reason: 'complement', minimum }
        : guardGroup(members.length, () => computeCohortFigures(members), minimum);
  }
  return {
    fiscalYear: options.fiscalYear,
    quarters: quarters.map(({ members: _members, ...quarter }) => quarter),
    year,
  };
}
