/**
 * The contract between survey results and the DX scorecard: the latest closed round's mean per rated item
 * for a scope, already protected by the minimum group size, with the previous round's mean beside it.
 */
import type { DxArea } from '../domain/dx-survey.js';
import type { GroupFigure } from '../domain/privacy.js';

export interface SurveyItemScore {
  /** The item's id within its survey (the DX items use the ids of DX_SURVEY_ITEMS). */
  id: string;
  text: string;
  area: DxArea | null;
  /** Mean on the 1–5 scale; suppressed for fewer than the minimum respondents. */
  figure: GroupFigure<{ mean: number; previousMean: number | null }>;
}

export interface SurveyItemScores {
  /** The round the scores come from; null when no developer-experience round has responses yet. */
  survey: { id: string; title: string; closes: string } | null;
  /** `org`, or a team reference. */
  scope: string;
  items: SurveyItemScore[];
}
