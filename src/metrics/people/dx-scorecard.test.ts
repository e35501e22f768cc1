import { describe, expect, it } from 'vitest';
import {
  buildDxScorecard,
  type DxMeasured,
  type DxSurveyInput,
  type DxSurveyItemInput,
} from './dx-scorecard.js';

const SURVEY = { id: 'dx-2026-q4', title: 'Developer experience, Q4 2026', closes: '2026-11-15' };

function shown(
  id: string,
  area: DxSurveyItemInput['area'],
  mean: number,
  previousMean: number | null = null,
) {
  return { id, text: `item ${id}`, area, figure: { kind: 'shown' as const, n: 8, mean, previousMean } };
}
function hidden(id: string, area: DxSurveyItemInput['area']): DxSurveyItemInput {
  return { id, text: `item ${id}`, area, figure: { kind: 'suppressed', reason: 'small-group', minimum: 5 } };
}
const value = (figure: number, n = 10): DxMeasured => ({
  kind: 'value',
  value: figure,
  n,
  recordIds: ['ci:run-1'],
  basis: 'test',
});
const surveyOf = (items: DxSurveyItemInput[]): DxSurveyInput => ({ survey: SURVEY, scope: 'org', items });

const rowOf = (card: ReturnType<typeof buildDxScorecard>, area: string) => {
  const row = card.rows.find((candidate) => candidate.area === area);
  if (!row) throw new Error(`no row for ${area}`);
  return row;
};

describe('buildDxScorecard', () => {
  it('reads a slow CI that developers rate low as both poor', () => {
    const card = buildDxScorecard({ 'ci-build-time': value(420) }, surveyOf([shown('ci-speed', 'ci', 2.4)]));
    const row = rowOf(card, 'ci');
    expect(row.metric?.status).toBe('misses');
    expect(row.metric?.target).toBe(300);
    expect(row.survey).toEqual({ kind: 'unhappy', mean: 2.4 });
    expect(row.reading.kind).toBe('both-poor');
  });

  it('reads a fast CI that developers rate well as both fine', () => {
    const card = buildDxScorecard({ 'ci-build-time': value(200) }, surveyOf([shown('ci-speed', 'ci', 4.1)]));
    expect(rowOf(card, 'ci').reading.kind).toBe('both-fine');
  });

  it('points at what the figure misses when the figure is fine and developers are not', () => {
    const card = buildDxScorecard(
      { 'review-turnaround': value(3600) },
      surveyOf([shown('review', 'review', 2.2)]),
    );
    const row = rowOf(card, 'review');
    expect(row.metric?.status).toBe('meets');
    expect(row.reading.kind).toBe('hidden-friction');
    expect(row.reading.text).toContain('time to merge');
  });

  it('reads a missed target that developers accept as tolerated', () => {
    const card = buildDxScorecard(
      { 'on-call-burden': value(3.1) },
      surveyOf([shown('on-call', 'on-call', 3.9)]),
    );
    expect(rowOf(card, 'on-call').reading.kind).toBe('tolerated');
  });

  it('treats a figure equal to its target as missing it, since the targets are strict', () => {
    const card = buildDxScorecard({ 'ci-build-time': value(300) }, surveyOf([]));
    expect(rowOf(card, 'ci').metric?.status).toBe('misses');
  });

  it('needs documentation freshness above 80 % to meet its target', () => {
    const fresh = buildDxScorecard({ 'docs-freshness': value(0.81) }, surveyOf([]));
    const stale = buildDxScorecard({ 'docs-freshness': value(0.8) }, surveyOf([]));
    expect(rowOf(fresh, 'docs').metric?.status).toBe('meets');
    expect(rowOf(stale, 'docs').metric?.status).toBe('misses');
  });

  it('names the source that would feed a metric without data', () => {
    const card = buildDxScorecard({}, surveyOf([shown('dev-env-setup', 'dev-environment', 2.5)]));
    const row = rowOf(card, 'dev-environment');
    expect(row.metric?.status).toBe('no-data');
    expect(row.metric?.measured).toMatchObject({ kind: 'no-data', n: 0 });
    expect(row.metric?.measured.kind === 'no-data' && row.metric.measured.needs).toContain(
      'setup-timing script',
    );
    expect(row.reading.kind).toBe('said-only');
    expect(row.reading.text).toContain('poorly');
  });

  it('gives each shown item its mean, previous mean and change', () => {
    const card = buildDxScorecard({}, surveyOf([shown('docs', 'docs', 3.25, 3.75)]));
    const [item] = rowOf(card, 'docs').items;
    expect(item?.figure).toEqual({ kind: 'shown', n: 8, mean: 3.25, previousMean: 3.75, change: -0.5 });
  });

  it('leaves the change empty when there is no previous round', () => {
    const card = buildDxScorecard({}, surveyOf([shown('docs', 'docs', 3.25)]));
    expect(rowOf(card, 'docs').items[0]?.figure).toMatchObject({ previousMean: null, change: null });
  });

  it('keeps a suppressed item suppressed, without any count, and reads on the figure alone', () => {
    const card = buildDxScorecard({ 'ci-build-time': value(420) }, surveyOf([hidden('ci-speed', 'ci')]));
    const row = rowOf(card, 'ci');
    expect(row.items[0]?.figure).toEqual({ kind: 'suppressed', reason: 'small-group', minimum: 5 });
    expect(row.items[0]?.figure).not.toHaveProperty('n');
    expect(row.survey.kind).toBe('suppressed');
    expect(row.reading.kind).toBe('measured-only');
    expect(row.reading.text).toContain('too few people');
  });

  it('averages the shown items of an area and ignores the suppressed ones', () => {
    const card = buildDxScorecard(
      {},
      surveyOf([
        shown('dev-env-setup', 'dev-environment', 2),
        shown('dev-env-reliability', 'dev-environment', 3),
        hidden('other', 'dev-environment'),
      ]),
    );
    expect(rowOf(card, 'dev-environment').survey).toEqual({ kind: 'unhappy', mean: 2.5 });
  });

  it('gives no clear survey signal between 3.0 and 3.5', () => {
    const card = buildDxScorecard({ 'ci-build-time': value(200) }, surveyOf([shown('ci-speed', 'ci', 3.2)]));
    const row = rowOf(card, 'ci');
    expect(row.survey.kind).toBe('unclear');
    expect(row.reading.kind).toBe('measured-only');
  });

  it('lists one row per target in order, then survey-only areas, and counts the statuses', () => {
    const card = buildDxScorecard(
      { 'ci-build-time': value(420), 'review-turnaround': value(100) },
      surveyOf([shown('career-growth', 'growth', 4), { ...shown('time-waster', null, 0) }]),
    );
    expect(card.rows.map((row) => row.area)).toEqual([
      'dev-environment',
      'ci',
      'review',
      'deploy',
      'monitoring',
      'docs',
      'on-call',
      'meetings',
      'growth',
    ]);
    expect(rowOf(card, 'growth').metric).toBeNull();
    expect(rowOf(card, 'growth').reading.kind).toBe('said-only');
    expect(card.counts).toEqual({ meets: 1, misses: 1, noData: 6 });
  });

  it('shows no items when no survey round has responses', () => {
    const card = buildDxScorecard({ 'ci-build-time': value(200) }, { survey: null, scope: 'org', items: [] });
    const row = rowOf(card, 'ci');
    expect(row.items).toEqual([]);
    expect(row.survey.kind).toBe('no-responses');
    expect(row.reading.text).toContain('no survey answers');
  });
});
