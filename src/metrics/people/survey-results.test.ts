import { describe, expect, it } from 'vitest';
import { surveyItems } from '../../domain/survey.js';
import { enpsFigure, openAnswers, summarizeGroup, withChange } from './survey-results.js';

const pulse = {
  kind: 'pulse' as const,
  items: surveyItems('pulse', [
    { id: 'load', type: 'scale', text: 'Load' },
    { id: 'note', type: 'text', text: 'Note' },
  ]),
};
const answers = (values: (number | string)[][]) =>
  values.map(([load, note]) => ({
    team: 'team:default/a',
    tenure: null,
    answers: { load: load as number, ...(note ? { note } : {}) },
  }));

describe('survey group figures', () => {
  it('gives the mean, the full distribution and the share answering 4 or 5', () => {
    const summary = summarizeGroup(pulse, answers([[1], [4], [5], [4], [2], [3]]), 5);
    const figure = summary.items[0]?.figure;
    expect(figure).toMatchObject({ kind: 'value', answered: 6, mean: 3.17, favourable: 0.5 });
    expect(figure?.kind === 'value' && figure.distribution.map((d) => d.count)).toEqual([1, 1, 1, 2, 1]);
    expect(summary.enps).toBeNull();
  });

  it('withholds an item answered by fewer than the minimum, without its count', () => {
    const group = answers([[4], [4], [4], [4], [4], [4]]).map((respondent, index) =>
      index < 2 ? respondent : { ...respondent, answers: {} },
    );
    expect(summarizeGroup(pulse, group, 5).items[0]?.figure).toEqual({ kind: 'insufficient-data', needs: 5 });
  });

  it('computes eNPS as % promoters minus % detractors', () => {
    // 3 promoters (9, 10, 9), 2 passives (7, 8), 3 detractors (6, 0, 5) of 8: 37.5% − 37.5% = 0.
    expect(enpsFigure([9, 10, 9, 7, 8, 6, 0, 5], 5)).toMatchObject({
      score: 0,
      promoters: 0.375,
      passives: 0.25,
    });
    expect(enpsFigure([9, 10, 9, 10, 8], 5)).toMatchObject({ score: 80 });
    expect(enpsFigure([9, 10], 5)).toEqual({ kind: 'insufficient-data', needs: 5 });
  });

  it('gives a change only where both rounds have the figure', () => {
    const now = summarizeGroup(pulse, answers([[4], [4], [4], [4], [4]]), 5);
    const before = summarizeGroup(pulse, answers([[3], [3], [3], [3], [3]]), 5);
    expect(withChange(now, before).items[0]?.figure).toMatchObject({ change: 1 });
    const thin = summarizeGroup(pulse, answers([[3], [3]]), 5);
    expect(withChange(now, thin).items[0]?.figure).toMatchObject({ change: null });
  });

  it('sorts open answers so the order they were given in is lost', () => {
    const open = openAnswers(
      pulse,
      answers([
        [4, 'zebra'],
        [4, ' apple '],
        [4, ''],
        [4, 'mango'],
      ]),
    );
    expect(open).toEqual([{ id: 'note', text: 'Note', answers: ['apple', 'mango', 'zebra'] }]);
  });
});
