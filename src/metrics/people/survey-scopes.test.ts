import { describe, expect, it } from 'vitest';
import { surveyItems } from '../../domain/survey.js';
import { scopedOpenText, scopedResults } from './survey-scopes.js';

const survey = {
  kind: 'pulse' as const,
  items: surveyItems('pulse', [
    { id: 'load', type: 'scale', text: 'Load' },
    { id: 'note', type: 'text', text: 'Note' },
  ]),
};
const teams = ['team:default/a', 'team:default/b', 'team:default/c', 'team:default/d'];
function group(team: string, n: number, load: number, tenure: string | null = '2-5y') {
  return Array.from({ length: n }, (_, index) => ({
    team,
    tenure,
    answers: { load, note: `${team} ${index}` },
  }));
}
// a: 8, b: 6, c: 3, d: 1 respondents: c and d are small; together 4 < 5, so b (the smallest shown) goes too.
const round = {
  survey,
  respondents: [
    ...group(teams[0] as string, 8, 4),
    ...group(teams[1] as string, 6, 3),
    ...group(teams[2] as string, 3, 1),
    ...group(teams[3] as string, 1, 1, null),
  ],
};

describe('protected survey scopes', () => {
  it('shows the whole survey at five respondents or more', () => {
    const [org] = scopedResults(round, null, { kind: 'org' }, teams);
    expect(org?.figure).toMatchObject({ kind: 'shown', n: 18 });
    const [small] = scopedResults(
      { survey, respondents: group('team:default/a', 4, 4) },
      null,
      { kind: 'org' },
      teams,
    );
    expect(small?.figure).toEqual({ kind: 'suppressed', reason: 'small-group', minimum: 5 });
  });

  it('suppresses small teams and, by subtraction, the next smallest team', () => {
    const cells = scopedResults(round, null, { kind: 'by', by: 'team' }, teams);
    expect(
      cells.map((cell) => [cell.key, cell.figure.kind === 'shown' ? 'shown' : cell.figure.reason]),
    ).toEqual([
      ['team:default/a', 'shown'],
      ['team:default/b', 'complement'],
      ['team:default/c', 'small-group'],
      ['team:default/d', 'small-group'],
    ]);
    expect(cells.some((cell) => cell.figure.kind === 'suppressed' && 'n' in cell.figure)).toBe(false);
  });

  it('decides a team filter with its sibling teams, so org minus the rest never isolates a small group', () => {
    const [b] = scopedResults(round, null, { kind: 'team', team: 'team:default/b' }, teams);
    expect(b?.figure).toMatchObject({ kind: 'suppressed', reason: 'complement' });
    const [a] = scopedResults(round, null, { kind: 'team', team: 'team:default/a' }, teams);
    const [org] = scopedResults(round, null, { kind: 'org' }, teams);
    expect(org?.figure.kind === 'shown' && a?.figure.kind === 'shown' && org.figure.n - a.figure.n).toBe(10);
  });

  it('shows several teams as one group only when the team breakdown shows each of them', () => {
    const [onlyA] = scopedResults(
      round,
      null,
      { kind: 'teams', key: 'mine', teams: teams.slice(0, 1) },
      teams,
    );
    expect(onlyA).toMatchObject({ key: 'mine', figure: { kind: 'shown', n: 8 } });
    // b is withheld as the complement of c and d, so a and b together would give b away against a.
    const [withB] = scopedResults(
      round,
      null,
      { kind: 'teams', key: 'mine', teams: teams.slice(0, 2) },
      teams,
    );
    expect(withB?.figure).toEqual({ kind: 'suppressed', reason: 'complement', minimum: 5 });
    const [small] = scopedResults(round, null, { kind: 'teams', key: 'mine', teams: teams.slice(2) }, teams);
    expect(small?.figure).toEqual({ kind: 'suppressed', reason: 'small-group', minimum: 5 });
  });

  it('keeps respondents without a tenure band as a cell of the tenure breakdown', () => {
    const cells = scopedResults(round, null, { kind: 'by', by: 'tenure' }, teams);
    expect(cells.map((cell) => cell.key)).toEqual(['<1y', '1-2y', '2-5y', '5y+', 'not-given']);
    // org minus 2–5y would be the one respondent without a band, so 2–5y is withheld with it.
    expect(cells.find((cell) => cell.key === '2-5y')?.figure).toMatchObject({
      kind: 'suppressed',
      reason: 'complement',
    });
    expect(cells.find((cell) => cell.key === 'not-given')?.figure.kind).toBe('suppressed');
  });

  it('compares with the previous round only where both rounds show the group', () => {
    const before = {
      survey,
      respondents: [...group(teams[0] as string, 8, 3), ...group(teams[1] as string, 6, 3)],
    };
    const cells = scopedResults(round, before, { kind: 'by', by: 'team' }, teams);
    const a = cells[0]?.figure;
    expect(a?.kind === 'shown' && a.items[0]?.figure).toMatchObject({ mean: 4, change: 1 });
  });

  it('gives open answers only for a shown group, sorted', () => {
    expect(scopedOpenText(round, { kind: 'team', team: 'team:default/c' }, teams)?.figure.kind).toBe(
      'suppressed',
    );
    const a = scopedOpenText(round, { kind: 'team', team: 'team:default/a' }, teams)?.figure;
    expect(a?.kind === 'shown' && a.items[0]?.answers.slice(0, 2)).toEqual([
      'team:default/a 0',
      'team:default/a 1',
    ]);
  });
});
