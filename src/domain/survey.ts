/**
 * Surveys (surveys/<id>.yaml): the quarterly developer-experience survey, short pulse surveys and the
 * employee Net Promoter Score. A definition says when the survey is open (first and last day, inclusive,
 * in the workspace time zone), what it asks and which CSV files hold its answers. Responses are anonymous:
 * they carry the respondent's team and, optionally, a tenure band, used only to group results.
 *
 * Rounds of one kind are ordered by their closing day; the previous round of a survey is the round of the
 * same kind that closed before it.
 */
import { z } from 'zod';
import { DX_SURVEY_ITEMS, type DxArea } from './dx-survey.js';
import { dateSchema, refTextSchema } from './primitives.js';

export const SURVEY_KINDS = ['dx', 'pulse', 'enps'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

/** How long the respondent has worked here, by band; nothing finer is ever stored. */
export const TENURE_BANDS = ['<1y', '1-2y', '2-5y', '5y+'] as const;
export type TenureBand = (typeof TENURE_BANDS)[number];

export const surveyIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and dashes, e.g. dx-2026-q3');

export const itemIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and dashes, e.g. workload');

/** A question as written in a definition: rated 1–5, or answered in the respondent's own words. */
export const questionSchema = z.strictObject({
  id: itemIdSchema,
  type: z.enum(['scale', 'text']),
  text: z.string().min(1),
});
export type QuestionSpec = z.infer<typeof questionSchema>;

export const surveyFileSchema = z.strictObject({
  id: surveyIdSchema.optional(),
  kind: z.enum(SURVEY_KINDS),
  title: z.string().min(1),
  opens: dateSchema,
  closes: dateSchema,
  questions: z.array(z.unknown()).nullish(),
  responses: z.array(z.string().min(1)).nullish(),
});
export type SurveyFileSpec = z.infer<typeof surveyFileSchema>;

/** An item of a survey as asked: a scale from `min` to `max`, or an open question. */
export type SurveyItem =
  | { id: string; type: 'scale'; text: string; min: number; max: number; area: DxArea | null }
  | { id: string; type: 'text'; text: string; area: null };
export type ScaleItem = Extract<SurveyItem, { type: 'scale' }>;

export interface Survey {
  id: string;
  kind: SurveyKind;
  title: string;
  /** First day answers are taken, `YYYY-MM-DD`. */
  opens: string;
  /** Last day answers are taken, `YYYY-MM-DD`. */
  closes: string;
  items: SurveyItem[];
  /** Response files, relative to the workspace root. */
  responseFiles: string[];
  /** The definition's file, relative to the workspace root. */
  file: string;
}

/** The standard eNPS question, rated 0 (not at all likely) to 10 (extremely likely). */
export const ENPS_ITEM: ScaleItem = {
  id: 'recommend',
  type: 'scale',
  min: 0,
  max: 10,
  area: null,
  text: 'How likely are you to tell a friend that this is a good place to work? (0 = not at all, 10 = without hesitation)',
};

/** The eNPS survey's open question, asked unless the definition lists its own open questions. */
export const ENPS_OPEN_ITEM: SurveyItem = {
  id: 'recommend-reason',
  type: 'text',
  area: null,
  text: 'What is the main reason for your score?',
};

/** The items a survey asks: DX items unless given; pulse items as given; eNPS the standard item first. */
export function surveyItems(kind: SurveyKind, questions: readonly QuestionSpec[] | undefined): SurveyItem[] {
  const toItem = (question: QuestionSpec): SurveyItem =>
    question.type === 'scale'
      ? { id: question.id, type: 'scale', text: question.text, min: 1, max: 5, area: null }
      : { id: question.id, type: 'text', text: question.text, area: null };
  if (kind === 'enps') return [ENPS_ITEM, ...(questions ? questions.map(toItem) : [ENPS_OPEN_ITEM])];
  if (kind === 'dx' && !questions)
    return DX_SURVEY_ITEMS.map((item) =>
      item.type === 'scale'
        ? { id: item.id, type: 'scale', text: item.text, min: 1, max: 5, area: item.area }
        : { id: item.id, type: 'text', text: item.text, area: null },
    );
  return (questions ?? []).map(toItem);
}

/** One answer: a number on the item's scale, or an open text. */
export type SurveyAnswer = number | string;

/** A stored response: who answered is never known, only the groups used for results. */
export interface SurveyResponse {
  /** `survey:responseKey` for imported rows, `survey:api-<random>` for submissions. */
  id: string;
  surveyId: string;
  submittedAt: Date;
  /** Full team reference. */
  team: string;
  tenure: TenureBand | null;
  answers: Record<string, SurveyAnswer>;
  /** `import:<file name>` or `api`. */
  source: string;
}

/** The body of POST /api/surveys/:id/responses. */
export const responseSubmissionSchema = z.strictObject({
  team: refTextSchema,
  tenure: z.enum(TENURE_BANDS).optional(),
  answers: z.record(itemIdSchema, z.union([z.number(), z.string().max(4000)])),
});
export type ResponseSubmission = z.infer<typeof responseSubmissionSchema>;

/** The previous round of `survey`: same kind, latest closing day before its own. */
export function previousRound(surveys: readonly Survey[], survey: Survey): Survey | undefined {
  return surveys
    .filter((other) => other.kind === survey.kind && other.closes < survey.closes)
    .sort((a, b) => a.closes.localeCompare(b.closes))
    .at(-1);
}

/** Rounds of one kind, oldest first. */
export function roundsOf(surveys: readonly Survey[], kind: SurveyKind): Survey[] {
  return surveys
    .filter((survey) => survey.kind === kind)
    .sort((a, b) => a.closes.localeCompare(b.closes) || a.id.localeCompare(b.id));
}
