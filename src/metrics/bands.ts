/**
 * DORA performance bands: the software delivery performance tables of the Accelerate State of DevOps
 * reports of 2021, 2023 (the default) and 2024, written as data.
 *
 * The reports publish cluster descriptions ("between one day and one week", "15%"), not cut-offs, so each
 * table is turned into one limit per level by these rules:
 * - A level is the best one whose limit the value meets; anything below medium is low.
 * - "Less than X" is an exclusive limit; "between X and Y" is inclusive of Y, its upper end; a single
 *   percentage (change failure rate since 2023) is an inclusive upper limit.
 * - A gap between two published ranges (2021: elite under an hour, high from one day) falls to the worse
 *   level: a value that does not meet a level's description is not given it.
 * - Where a report gives a worse level a better figure than a better level (2024: high 20%, medium 10%
 *   change failure rate; 2021: high, medium and low all 16-30%), the worse level cannot be reached by a
 *   better value, so it gets the better level's limit and is in effect unreachable. Classification stays
 *   monotonic: a better value never gets a worse level.
 * - Deployment frequency is classified on deployment days per week (DESIGN section 6). "On demand
 *   (multiple deploys per day)" is taken as a deployment on every working day, at least 5 days a week;
 *   "once per week" is 1 day a week; "once per month" is 7 / 30.4375 days a week (an average month);
 *   "once every six months" is 7 / 182.625.
 */

export const BAND_LEVELS = ['elite', 'high', 'medium', 'low'] as const;
export type BandLevel = (typeof BAND_LEVELS)[number];

export const BAND_TABLES = [2021, 2023, 2024] as const;
export type BandTable = (typeof BAND_TABLES)[number];
export const DEFAULT_BAND_TABLE: BandTable = 2023;

/** What each metric is classified on: deployment days per week, seconds, seconds, a fraction. */
export type BandMetric = 'deployment-frequency' | 'lead-time' | 'change-failure-rate' | 'recovery-time';

interface Limit {
  value: number;
  /** Whether a value equal to the limit meets it. */
  inclusive: boolean;
}

interface MetricBands {
  direction: 'higher-is-better' | 'lower-is-better';
  /** Limits for elite, high and medium; low is everything else. */
  limits: readonly [Limit, Limit, Limit];
}

const HOUR = 3600;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30.4375 * DAY;
const SIX_MONTHS = 6 * MONTH;

const atLeast = (value: number): Limit => ({ value, inclusive: true });
const lessThan = (value: number): Limit => ({ value, inclusive: false });
const atMost = (value: number): Limit => ({ value, inclusive: true });

/** Deployment days per week. */
const ON_DEMAND = atLeast(5);
const WEEKLY = atLeast(1);
const MONTHLY = atLeast(7 / 30.4375);
const SIX_MONTHLY = atLeast(7 / 182.625);

const TABLES: Record<BandTable, Record<BandMetric, MetricBands>> = {
  // Accelerate State of DevOps 2021. Deployment frequency: on demand / between once per week and once per
  // month / between once per month and once every six months / fewer than once per six months. Lead time:
  // less than one hour / one day to one week / one month to six months / more than six months. Time to
  // restore: less than one hour / less than one day / one day to one week / more than six months. Change
  // failure rate: 0-15% / 16-30% / 16-30% / 16-30%.
  2021: {
    'deployment-frequency': { direction: 'higher-is-better', limits: [ON_DEMAND, MONTHLY, SIX_MONTHLY] },
    'lead-time': { direction: 'lower-is-better', limits: [lessThan(HOUR), atMost(WEEK), atMost(SIX_MONTHS)] },
    'change-failure-rate': { direction: 'lower-is-better', limits: [atMost(0.15), atMost(0.3), atMost(0.3)] },
    'recovery-time': { direction: 'lower-is-better', limits: [lessThan(HOUR), lessThan(DAY), atMost(WEEK)] },
  },
  // Accelerate State of DevOps 2023. Deployment frequency: on demand / between once per day and once per
  // week / between once per week and once per month / between once per week and once per month. Change lead
  // time: less than one day / one day to one week / one week to one month / one week to one month. Change
  // failure rate: 5% / 10% / 15% / 64%. Failed deployment recovery time: less than one hour / less than one
  // day / one day to one week / one month to six months.
  2023: {
    'deployment-frequency': { direction: 'higher-is-better', limits: [ON_DEMAND, WEEKLY, MONTHLY] },
    'lead-time': { direction: 'lower-is-better', limits: [lessThan(DAY), atMost(WEEK), atMost(MONTH)] },
    'change-failure-rate': {
      direction: 'lower-is-better',
      limits: [atMost(0.05), atMost(0.1), atMost(0.15)],
    },
    'recovery-time': { direction: 'lower-is-better', limits: [lessThan(HOUR), lessThan(DAY), atMost(WEEK)] },
  },
  // Accelerate State of DevOps 2024. Deployment frequency: on demand / between once per day and once per
  // week / between once per week and once per month / between once per month and once every six months.
  // Change lead time: less than one day / one day to one week / one week to one month / one month to six
  // months. Change failure rate: 5% / 20% / 10% / 40%. Failed deployment recovery time: less than one hour /
  // less than one day / less than one day / one week to one month.
  2024: {
    'deployment-frequency': { direction: 'higher-is-better', limits: [ON_DEMAND, WEEKLY, MONTHLY] },
    'lead-time': { direction: 'lower-is-better', limits: [lessThan(DAY), atMost(WEEK), atMost(MONTH)] },
    'change-failure-rate': { direction: 'lower-is-better', limits: [atMost(0.05), atMost(0.2), atMost(0.2)] },
    'recovery-time': { direction: 'lower-is-better', limits: [lessThan(HOUR), lessThan(DAY), lessThan(DAY)] },
  },
};

export interface Band {
  level: BandLevel;
  table: BandTable;
}

function meets(value: number, limit: Limit, direction: MetricBands['direction']): boolean {
  if (direction === 'higher-is-better') return limit.inclusive ? value >= limit.value : value > limit.value;
  return limit.inclusive ? value <= limit.value : value < limit.value;
}

/** The DORA level of a value in the given report's table. */
export function classify(metric: BandMetric, value: number, table: BandTable = DEFAULT_BAND_TABLE): Band {
  if (!Number.isFinite(value)) throw new RangeError(`cannot classify ${value} for ${metric}`);
  const bands = TABLES[table][metric];
  for (let i = 0; i < bands.limits.length; i++) {
    if (meets(value, bands.limits[i] as Limit, bands.direction)) {
      return { level: BAND_LEVELS[i] as BandLevel, table };
    }
  }
  return { level: 'low', table };
}
