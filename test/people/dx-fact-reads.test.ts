/**
 * The DX figures that read from the metric facts or a database-side selection instead of the whole commit
 * history give the figures the record-based definitions give, on the synced demo: merge to production
 * (the deploy stage of change lead time) and documentation freshness, for the org and each team, in a
 * recent window and an older one.
 */
import { describe, expect, it } from 'vitest';
import type { Commit } from '../../src/domain/records/commit.js';
import { recordId } from '../../src/domain/records/common.js';
import { computeDocsFreshness } from '../../src/metrics/people/dx-docs-freshness.js';
import type { DxMeasured } from '../../src/metrics/people/dx-scorecard.js';
import { selectScope } from '../../src/metrics/scope.js';
import { readDxMeasurements } from '../../src/services/dx-metrics.service.js';
import { parseScope, resolveWindow } from '../../src/services/metrics/query.js';
import { computeMetricReport } from '../../src/services/metrics.service.js';
import { queryRecords } from '../../src/store/index.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const NOW = new Date('2026-11-24T06:00:00Z');
const WINDOWS = [
  { from: '2026-08-31', to: '2026-11-22' },
  { from: '2026-03-02', to: '2026-05-24' },
];

const demo = useSyncedDemo('sextant-dx-fact-reads-');

/** Every scope (the org, then each team) in every window, with the DX query for it. */
function* scopesAndWindows() {
  for (const team of [undefined, ...demo.context.workspace.model.teams.map((each) => each.ref)])
    for (const window of WINDOWS) yield { team, window, query: { ...(team ? { team } : {}), ...window } };
}

type Figure = { value: number; n: number; recordIds: string[] };

/** The DX figure equals the record-based one, or both have no data; 1 when there was a value to compare. */
function expectSameFigure(dx: DxMeasured, expected: Figure | { needs: string }): number {
  if ('needs' in expected) {
    expect(dx).toMatchObject({ kind: 'no-data', needs: expected.needs });
    return 0;
  }
  expect(dx).toMatchObject({ kind: 'value', ...expected });
  return 1;
}

describe('DX figures read without the whole commit history', () => {
  it('gives the DORA report’s deploy stage for merge to production, for the org and every team', async () => {
    let measured = 0;
    for (const { team, window, query } of scopesAndWindows()) {
      const dx = (await readDxMeasurements(demo.context, query, NOW))['deploy-to-production'];
      const report = await computeMetricReport(
        demo.context,
        'dora',
        { scope: team ?? 'org', ...window },
        NOW,
      );
      const { leadTime } = report.results;
      const stage = leadTime.kind === 'value' ? leadTime.breakdown.deploy : undefined;
      measured += expectSameFigure(
        dx,
        stage?.kind === 'value'
          ? { value: stage.median, n: stage.n, recordIds: stage.recordIds }
          : { needs: dx.kind === 'no-data' ? dx.needs : 'a value where the report has none' },
      );
    }
    expect(measured).toBeGreaterThan(4);
  });

  it('gives the documentation freshness computed over every stored commit, for the org and every team', async () => {
    const timeZone = demo.context.workspace.config.timezone;
    const all = (await queryRecords(demo.store, 'commit', {
      fields: ['repository', 'committedAt', 'files'],
    })) as Commit[];
    let measured = 0;
    for (const { team, window, query } of scopesAndWindows()) {
      const dx = (await readDxMeasurements(demo.context, query, NOW))['docs-freshness'];
      const end = resolveWindow(window, NOW, timeZone).to.getTime();
      const commits = selectScope(parseScope(team ?? 'org'), demo.context.workspace.model, {
        commits: all,
      }).commits.map((commit) => ({ ...commit, id: recordId(commit), files: commit.files ?? [] }));
      const expected = computeDocsFreshness(commits, end);
      measured += expectSameFigure(
        dx,
        expected.kind === 'value'
          ? { value: expected.value, n: expected.n, recordIds: expected.recordIds }
          : { needs: expected.needs },
      );
    }
    expect(measured).toBeGreaterThan(4);
  });
});
