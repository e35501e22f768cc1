/** `sextant surveys …` on the demo, and the demo's planted survey conditions through the DX scorecard contract. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../src/domain/privacy.js';
import type { AppContext } from '../../src/services/context.js';
import { syncSurveyResponseFiles } from '../../src/services/survey-import.service.js';
import { readSurveyItemScores } from '../../src/services/surveys.service.js';
import { runCli } from '../support/cli.js';
import { useDemoWorkspace } from '../support/demo.js';
import { openTestStore, type TestStore } from '../support/store.js';

const demo = useDemoWorkspace('sextant-surveys-cli-');

describe('sextant surveys', () => {
  it('imports a response file, then lists the survey and withholds the team of four', async () => {
    const imported = await runCli([
      '-w',
      demo.dir,
      'surveys',
      'import',
      'dx-2026-q3',
      `${demo.dir}/data/survey-dx-2026-q3.csv`,
    ]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain('39 responses (39 new');
    const list = await runCli(['-w', demo.dir, 'surveys', 'list', '--json']);
    const surveys = JSON.parse(list.stdout) as { id: string; respondents: { kind: string; n?: number } }[];
    expect(surveys.map((survey) => survey.id)).toEqual([
      'dx-2026-q2',
      'dx-2026-q3',
      'pulse-2026-10',
      'enps-2026-11',
    ]);
    expect(surveys[1]?.respondents).toEqual({ kind: 'shown', n: 39 });
    const team = await runCli(['-w', demo.dir, 'surveys', 'results', 'dx-2026-q3', '--team', 'ranking-ml']);
    expect(team.code).toBe(0);
    expect(team.stdout).toContain('team:default/ranking-ml: withheld (fewer than 5 respondents)');
    const bad = await runCli(['-w', demo.dir, 'surveys', 'results', 'dx-2026-q3', '--by', 'level']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('--by');
  }, 120_000);
});

describe('the demo surveys', () => {
  let opened: TestStore;
  let context: AppContext;
  beforeAll(async () => {
    opened = await openTestStore('pglite');
    context = { workspace: demo.workspace, store: opened.store };
    await syncSurveyResponseFiles(context);
  }, 120_000);
  afterAll(async () => {
    await opened?.cleanup();
  });

  it('shows fulfilment rating CI speed low and lower than the round before, against an organization above 3', async () => {
    const team = await readSurveyItemScores(context, ANONYMOUS, { team: 'fulfilment', asOf: '2026-11-23' });
    expect(team.survey?.id).toBe('dx-2026-q3');
    const ci = team.items.find((item) => item.id === 'ci-speed')?.figure;
    expect(ci?.kind).toBe('shown');
    if (ci?.kind !== 'shown') return;
    expect(ci.mean).toBeLessThan(2);
    expect(ci.previousMean).toBeGreaterThan(ci.mean);
    const org = await readSurveyItemScores(context, ANONYMOUS, { asOf: '2026-11-23' });
    const orgCi = org.items.find((item) => item.id === 'ci-speed')?.figure;
    expect(orgCi?.kind === 'shown' && orgCi.mean).toBeGreaterThan(3);
  });

  it('withholds every item of ranking-ml and reads the earlier round as of an earlier day', async () => {
    const ranking = await readSurveyItemScores(context, ANONYMOUS, {
      team: 'ranking-ml',
      asOf: '2026-11-23',
    });
    expect(ranking.items).toHaveLength(12);
    expect(ranking.items.every((item) => item.figure.kind === 'suppressed')).toBe(true);
    const earlier = await readSurveyItemScores(context, ANONYMOUS, { asOf: '2026-07-01' });
    expect(earlier.survey?.id).toBe('dx-2026-q2');
    expect(
      earlier.items.every((item) => item.figure.kind !== 'shown' || item.figure.previousMean === null),
    ).toBe(true);
  });
});
