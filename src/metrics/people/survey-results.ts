/**
 * The figures of one group of survey respondents: per rated item the mean, the distribution of answers and
 * the favourable share (4 or 5 on a 1–5 scale); for the eNPS question the score, % promoters (9–10) minus
 * % detractors (0–6), as a whole number from −100 to 100. Pure.
 *
 * An item answered by fewer than the minimum group size inside the group is withheld without its count:
 * respondents may skip items, and a mean of two answers describes two people. Whether the group itself
 * may be shown is decided by the caller (survey-scopes.ts), never here.
 */
import type { ScaleItem, Survey, SurveyAnswer, SurveyItem } from '../../domain/survey.js';

/** What a response contributes to results: its answers, and the groups it belongs to. */
export interface RespondentAnswers {
  team: string;
  tenure: string | null;
  answers: Record<string, SurveyAnswer>;
}

export type ItemFigure =
  | {
      kind: 'value';
      answered: number;
      mean: number;
      /** Count per scale point, lowest first, every point listed. */
      distribution: { value: number; count: number }[];
      /** Share answering 4 or 5, on 1–5 items only. */
      favourable: number | null;
      /** Mean minus the previous round's mean for the same group, when both rounds show it. */
      change: number | null;
    }
  | { kind: 'insufficient-data'; needs: number };

export type EnpsFigure =
  | {
      kind: 'value';
      answered: number;
      score: number;
      promoters: number;
      passives: number;
      detractors: number;
      change: number | null;
    }
  | { kind: 'insufficient-data'; needs: number };

export interface ItemResult {
  id: string;
  text: string;
  area: string | null;
  min: number;
  max: number;
  figure: ItemFigure;
}

export interface GroupSummary {
  items: ItemResult[];
  /** Present on eNPS surveys. */
  enps: EnpsFigure | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const round3 = (value: number) => Math.round(value * 1000) / 1000;

export function isScaleItem(item: SurveyItem): item is ScaleItem {
  return item.type === 'scale';
}

function numbersFor(item: ScaleItem, respondents: readonly RespondentAnswers[]): number[] {
  return respondents
    .map((respondent) => respondent.answers[item.id])
    .filter((value): value is number => typeof value === 'number' && value >= item.min && value <= item.max);
}

export function itemFigure(item: ScaleItem, values: readonly number[], minimum: number): ItemFigure {
  if (values.length < minimum) return { kind: 'insufficient-data', needs: minimum };
  const distribution = [];
  for (let value = item.min; value <= item.max; value++)
    distribution.push({ value, count: values.filter((answer) => answer === value).length });
  const favourable =
    item.min === 1 && item.max === 5
      ? round3(values.filter((value) => value >= 4).length / values.length)
      : null;
  const mean = round2(values.reduce((sum, value) => sum + value, 0) / values.length);
  return { kind: 'value', answered: values.length, mean, distribution, favourable, change: null };
}

/** eNPS from 0–10 answers: promoters answer 9 or 10, detractors 0 to 6. */
export function enpsFigure(values: readonly number[], minimum: number): EnpsFigure {
  if (values.length < minimum) return { kind: 'insufficient-data', needs: minimum };
  const share = (test: (value: number) => boolean) => values.filter(test).length / values.length;
  const promoters = share((value) => value >= 9);
  const detractors = share((value) => value <= 6);
  return {
    kind: 'value',
    answered: values.length,
    score: Math.round((promoters - detractors) * 100),
    promoters: round3(promoters),
    passives: round3(1 - promoters - detractors),
    detractors: round3(detractors),
    change: null,
  };
}

/** The figures of one group (already allowed to be shown). */
export function summarizeGroup(
  survey: Pick<Survey, 'kind' | 'items'>,
  respondents: readonly RespondentAnswers[],
  minimum: number,
): GroupSummary {
  const items = survey.items.filter(isScaleItem).map((item) => ({
    id: item.id,
    text: item.text,
    area: item.area,
    min: item.min,
    max: item.max,
    figure: itemFigure(item, numbersFor(item, respondents), minimum),
  }));
  const recommend = survey.items.find((item) => item.id === 'recommend');
  const enps =
    survey.kind === 'enps' && recommend && isScaleItem(recommend)
      ? enpsFigure(numbersFor(recommend, respondents), minimum)
      : null;
  return { items, enps };
}

/** The same figures with their change against the previous round's figures for the same group. */
export function withChange(current: GroupSummary, previous: GroupSummary | null): GroupSummary {
  if (!previous) return current;
  const before = new Map(previous.items.map((item) => [item.id, item.figure]));
  const items = current.items.map((item) => {
    const old = before.get(item.id);
    if (item.figure.kind !== 'value' || old?.kind !== 'value') return item;
    return { ...item, figure: { ...item.figure, change: round2(item.figure.mean - old.mean) } };
  });
  const enps =
    current.enps?.kind === 'value' && previous.enps?.kind === 'value'
      ? { ...current.enps, change: current.enps.score - previous.enps.score }
      : current.enps;
  return { items, enps };
}

/** Open answers per open item, trimmed, empty ones left out, sorted so submission order is not shown. */
export function openAnswers(
  survey: Pick<Survey, 'items'>,
  respondents: readonly RespondentAnswers[],
): { id: string; text: string; answers: string[] }[] {
  return survey.items
    .filter((item) => item.type === 'text')
    .map((item) => ({
      id: item.id,
      text: item.text,
      answers: respondents
        .map((respondent) => respondent.answers[item.id])
        .filter((answer): answer is string => typeof answer === 'string' && answer.trim() !== '')
        .map((answer) => answer.trim())
        .sort((a, b) => a.localeCompare(b, 'en')),
    }));
}
