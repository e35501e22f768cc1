/**
 * Interviewer calibration: whether an interviewer scores candidates higher or lower than the others who
 * interviewed the same candidates. For each of their scorecards on an application that others also scored,
 * the deviation is their score minus the mean of the other interviewers' scores on that application; an
 * interviewer's calibration is the mean deviation over those scorecards, for the overall recommendation and
 * for each dimension. With at least CALIBRATION_MIN_N compared scorecards, a mean deviation of
 * CALIBRATION_FLAG_POINTS or more on the 1–4 scale marks them systematically high (or low). Pure.
 */
import type { Scorecard } from '../../domain/hiring.js';
import { mean } from '../stats.js';

export const CALIBRATION_MIN_N = 5;
export const CALIBRATION_FLAG_POINTS = 0.5;

export type Deviation =
  | { kind: 'value'; deviation: number; n: number; flag: 'high' | 'low' | 'calibrated' }
  | { kind: 'insufficient-data'; n: number; needs: string };

export interface InterviewerCalibration {
  /** Person reference, or `name:<as written>` for an interviewer who matched no one. */
  interviewer: string;
  scorecards: number;
  overall: Deviation;
  dimensions: Record<string, Deviation>;
}

export function computeCalibration(scorecards: readonly Scorecard[]): InterviewerCalibration[] {
  const who = (card: Scorecard) => card.interviewer ?? `name:${card.interviewerName ?? 'unknown'}`;
  const byApplication = new Map<string, Scorecard[]>();
  for (const card of scorecards)
    byApplication.set(card.applicationId, [...(byApplication.get(card.applicationId) ?? []), card]);
  const deviations = new Map<string, Map<string, number[]>>();
  const counts = new Map<string, number>();
  const add = (interviewer: string, key: string, value: number) => {
    const own = deviations.get(interviewer) ?? new Map<string, number[]>();
    own.set(key, [...(own.get(key) ?? []), value]);
    deviations.set(interviewer, own);
  };
  for (const card of scorecards) {
    const interviewer = who(card);
    counts.set(interviewer, (counts.get(interviewer) ?? 0) + 1);
    const others = (byApplication.get(card.applicationId) ?? []).filter(
      (other) => who(other) !== interviewer,
    );
    const othersOverall = mean(others.flatMap((other) => (other.overall === null ? [] : [other.overall])));
    if (card.overall !== null && othersOverall !== undefined)
      add(interviewer, '', card.overall - othersOverall);
    for (const [dimension, rating] of Object.entries(card.ratings)) {
      const othersRating = mean(others.flatMap((other) => other.ratings[dimension] ?? []));
      if (othersRating !== undefined) add(interviewer, dimension, rating - othersRating);
    }
  }
  return [...counts.entries()]
    .map(([interviewer, count]) => {
      const own = deviations.get(interviewer) ?? new Map<string, number[]>();
      const dimensions = Object.fromEntries(
        [...own.entries()].filter(([key]) => key !== '').map(([key, values]) => [key, toDeviation(values)]),
      );
      return { interviewer, scorecards: count, overall: toDeviation(own.get('') ?? []), dimensions };
    })
    .sort((a, b) => a.interviewer.localeCompare(b.interviewer));
}

function toDeviation(values: readonly number[]): Deviation {
  if (values.length < CALIBRATION_MIN_N)
    return {
      kind: 'insufficient-data',
      n: values.length,
      needs: `${CALIBRATION_MIN_N} scorecards on applications other interviewers also scored`,
    };
  const deviation = mean(values) ?? 0;
  const flag =
    deviation >= CALIBRATION_FLAG_POINTS
      ? 'high'
      : deviation <= -CALIBRATION_FLAG_POINTS
        ? 'low'
        : 'calibrated';
  return { kind: 'value', deviation, n: values.length, flag };
}
