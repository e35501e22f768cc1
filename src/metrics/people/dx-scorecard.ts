/**
 * The DX scorecard: for each developer-experience area, the measured figure against its target beside
 * what developers said about the same area in the latest survey round, and a reading of the two together.
 *
 * Rules and reasons:
 * - One row per DX target, in the order of DX_TARGETS, then one row per remaining survey area (areas
 *   Sextant does not measure still show what developers say).
 * - A figure meets its target or misses it; without a figure the row has no data and names the source
 *   that would feed it. Too little data is never read as meeting or missing.
 * - Survey items arrive already protected by the minimum group size: a suppressed item stays suppressed
 *   and carries no count. The area's survey score is the plain mean of its shown items' means; an area
 *   whose items are all suppressed is suppressed as a whole.
 * - Developers are content with an area at a mean of 3.5 or more on the 1–5 scale and unhappy below 3.0;
 *   in between they give no clear signal, and the reading rests on the figure alone.
 */
import type { DxArea } from '../../domain/dx-survey.js';
import { DX_AREAS } from '../../domain/dx-survey.js';
import type { GroupFigure } from '../../domain/privacy.js';
import { type DxReading, type DxSurveySignal, type DxTargetStatus, readDxRow } from './dx-readings.js';
import { DX_TARGETS, type DxMetricId, type DxTarget, meetsDxTarget } from './dx-targets.js';

export const CONTENT_AT = 3.5;
export const UNHAPPY_BELOW = 3.0;

/** A measured figure for one target, as the service read it from the metrics engine. */
export type DxMeasured =
  | {
      kind: 'value';
      value: number;
      /** The sample behind the figure (runs, pull requests, incidents, pages, files). */
      n: number;
      recordIds: string[];
      /** How the figure was read, e.g. `builds.duration median`. */
      basis: string;
      /** Figures the value is the worst of (time to acknowledge per severity). */
      parts?: { label: string; kind: 'value' | 'insufficient-data'; value: number | null; n: number }[];
    }
  | { kind: 'no-data'; n: number; needs: string };

/** One item's score as the survey results give it (the shape of SurveyItemScore). */
export interface DxSurveyItemInput {
  id: string;
  text: string;
  area: DxArea | null;
  figure: GroupFigure<{ mean: number; previousMean: number | null }>;
}

export interface DxSurveyInput {
  survey: { id: string; title: string; closes: string } | null;
  scope: string;
  items: readonly DxSurveyItemInput[];
}

export type DxItemFigure =
  | { kind: 'shown'; n: number; mean: number; previousMean: number | null; change: number | null }
  | { kind: 'suppressed'; reason: 'small-group' | 'complement'; minimum: number };

export interface DxScorecardItem {
  id: string;
  text: string;
  figure: DxItemFigure;
}

export interface DxScorecardMetric extends Omit<DxTarget, 'area' | 'blindSpot'> {
  status: DxTargetStatus;
  measured: DxMeasured;
}

export interface DxScorecardRow {
  area: DxArea;
  /** Null for an area only the survey speaks to. */
  metric: DxScorecardMetric | null;
  items: DxScorecardItem[];
  survey: DxSurveySignal;
  reading: DxReading;
}

export interface DxScorecardBody {
  survey: DxSurveyInput['survey'];
  rows: DxScorecardRow[];
  counts: { meets: number; misses: number; noData: number };
}

function toItem(item: DxSurveyItemInput): DxScorecardItem {
  const { figure } = item;
  if (figure.kind === 'suppressed') {
    return {
      id: item.id,
      text: item.text,
      figure: { kind: 'suppressed', reason: figure.reason, minimum: figure.minimum },
    };
  }
  const change = figure.previousMean === null ? null : figure.mean - figure.previousMean;
  return {
    id: item.id,
    text: item.text,
    figure: { kind: 'shown', n: figure.n, mean: figure.mean, previousMean: figure.previousMean, change },
  };
}

/** What the area's items say together. */
export function toSurveySignal(items: readonly DxScorecardItem[]): DxSurveySignal {
  const shown = items.flatMap((item) => (item.figure.kind === 'shown' ? [item.figure.mean] : []));
  if (shown.length === 0) return items.length > 0 ? { kind: 'suppressed' } : { kind: 'no-responses' };
  const mean = shown.reduce((sum, value) => sum + value, 0) / shown.length;
  if (mean >= CONTENT_AT) return { kind: 'content', mean };
  if (mean < UNHAPPY_BELOW) return { kind: 'unhappy', mean };
  return { kind: 'unclear', mean };
}

function toMetric(target: DxTarget, measured: DxMeasured | undefined): DxScorecardMetric {
  const { area: _area, blindSpot: _blindSpot, ...described } = target;
  const figure: DxMeasured = measured ?? { kind: 'no-data', n: 0, needs: target.source };
  const status: DxTargetStatus =
    figure.kind !== 'value' ? 'no-data' : meetsDxTarget(target, figure.value) ? 'meets' : 'misses';
  return { ...described, status, measured: figure };
}

/**
 * Joins measured figures (by target id; a missing one is no data) with the survey's item scores. Text
 * items and items without an area are left out: they have nothing to set beside a figure.
 */
export function buildDxScorecard(
  measured: Partial<Record<DxMetricId, DxMeasured>>,
  surveyScores: DxSurveyInput,
): DxScorecardBody {
  const itemsOf = (area: DxArea) =>
    surveyScores.survey === null ? [] : surveyScores.items.filter((item) => item.area === area).map(toItem);
  const rows: DxScorecardRow[] = DX_TARGETS.map((target) => {
    const metric = toMetric(target, measured[target.id]);
    const items = itemsOf(target.area);
    const survey = toSurveySignal(items);
    return { area: target.area, metric, items, survey, reading: readDxRow(target, metric.status, survey) };
  });
  const measuredAreas = new Set(DX_TARGETS.map((target) => target.area));
  for (const area of DX_AREAS) {
    if (measuredAreas.has(area)) continue;
    const items = itemsOf(area);
    if (items.length === 0) continue;
    const survey = toSurveySignal(items);
    rows.push({ area, metric: null, items, survey, reading: readDxRow(null, 'no-data', survey) });
  }
  const statuses = rows.flatMap((row) => (row.metric ? [row.metric.status] : []));
  return {
    survey: surveyScores.survey,
    rows,
    counts: {
      meets: statuses.filter((status) => status === 'meets').length,
      misses: statuses.filter((status) => status === 'misses').length,
      noData: statuses.filter((status) => status === 'no-data').length,
    },
  };
}
