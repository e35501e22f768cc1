/**
 * The DX scorecard for the org or one team (`sextant surveys scorecard`, `GET /api/dx-scorecard`): the
 * measured DX figures over a window against their targets, beside the latest survey round's item scores
 * for the same scope, with a reading of each area (metrics/people/dx-scorecard.ts).
 *
 * Rules and reasons:
 * - The survey side is read through the survey results service, which authorizes the viewer
 *   (`surveys.results`, audited) and withholds the figures of groups under the minimum size. It is read
 *   first, so a viewer refused the survey results gets no part of the scorecard.
 * - The window defaults to the 90 days ending on the as-of day; the as-of day defaults to today in the
 *   workspace's timezone.
 */
import { shiftDayKey } from '../domain/day-keys.js';
import { InputError } from '../domain/errors.js';
import { dateSchema } from '../domain/primitives.js';
import type { Viewer } from '../domain/privacy.js';
import { buildDxScorecard, type DxScorecardBody } from '../metrics/people/dx-scorecard.js';
import type { AppContext } from './context.js';
import { readDxMeasurements } from './dx-metrics.service.js';
import { resolveWindow } from './metrics/query.js';
import { resolveRegisterDay } from './risks.service.js';
import { readSurveyItemScores } from './surveys.service.js';
import { resolveTeamFilter } from './team-filter.js';

export type {
  DxItemFigure,
  DxScorecardMetric,
  DxScorecardRow,
} from '../metrics/people/dx-scorecard.js';

export const DX_WINDOW_DAYS = 90;

export interface DxScorecardOptions {
  /** A team name or reference; the whole org when absent. */
  team?: string | undefined;
  /** The day the scorecard is read on (`YYYY-MM-DD`); today when absent. */
  asOf?: string | undefined;
  /** First and last local day of the measured window, inclusive; the 90 days ending on asOf when absent. */
  window?: { from: string; to: string } | undefined;
}

export interface DxScorecard extends DxScorecardBody {
  /** `org` or the team's reference. */
  scope: string;
  asOf: string;
  window: { from: string; to: string };
}

export async function readDxScorecard(
  context: AppContext,
  viewer: Viewer,
  options: DxScorecardOptions,
  now: Date,
): Promise<DxScorecard> {
  const day = resolveRegisterDay(context.workspace, options.asOf, now);
  const team = options.team === undefined ? undefined : resolveTeamFilter(context.workspace, options.team);
  const window = options.window ?? {
    from: shiftDayKey(day.asOf, 1 - DX_WINDOW_DAYS),
    to: day.asOf,
  };
  // Checks the window before anything is read or audited.
  for (const field of ['from', 'to'] as const)
    if (!dateSchema.safeParse(window[field]).success)
      throw new InputError('Invalid window', [
        {
          path: `window.${field}`,
          message: 'not a day',
          found: JSON.stringify(window[field]),
          expected: 'YYYY-MM-DD',
        },
      ]);
  resolveWindow(window, day.at, context.workspace.config.timezone);
  const survey = await readSurveyItemScores(context, viewer, { ...(team ? { team } : {}), asOf: day.asOf });
  const measured = await readDxMeasurements(context, { ...(team ? { team } : {}), ...window }, day.at);
  return { scope: team ?? 'org', asOf: day.asOf, window, ...buildDxScorecard(measured, survey) };
}
