/**
 * `sextant sync` ends with an advisor run, so reports and the digest read findings that follow what was
 * loaded, and stores today's KPI scorecard; `--no-advisor` leaves the findings as they were and
 * `--no-kpis` leaves the scorecard to its first read.
 */
import { describe, expect, it } from 'vitest';
import { embeddedDataDir } from '../../src/services/context.js';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../support/cli.js';
import { useDemoWorkspace } from '../support/demo.js';

const demo = useDemoWorkspace('sextant-sync-advisor-');

async function listStoredScorecards(): Promise<{ as_of: string; cards: number }[]> {
  const store = await openStore({ dataDir: embeddedDataDir(demo.dir) });
  try {
    return await store.query('select as_of, jsonb_array_length(cards) as cards from kpi_scorecards');
  } finally {
    await store.close();
  }
}

async function listFindingIds(): Promise<string[]> {
  const list = await runCli(['-w', demo.dir, 'findings', '--json']);
  expect(list.code).toBe(0);
  return (JSON.parse(list.stdout) as { id: string }[]).map((finding) => finding.id).sort();
}

describe('sextant sync and the advisor', () => {
  it('raises no finding with --no-advisor, then runs the advisor after a plain sync', async () => {
    const quiet = await runCli(['-w', demo.dir, 'sync', '--no-advisor', '--no-kpis', '--json']);
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.stdout)).toMatchObject({ advisor: null, kpis: null });
    expect(await listFindingIds()).toEqual([]);
    expect(await listStoredScorecards()).toEqual([]);

    const synced = await runCli(['-w', demo.dir, 'sync', '--json']);
    expect(synced.code).toBe(0);
    const { advisor, kpis } = JSON.parse(synced.stdout);
    expect(kpis).toMatchObject({ cards: 40 });
    expect(await listStoredScorecards()).toEqual([{ as_of: kpis.asOf, cards: 40 }]);
    expect(advisor).toMatchObject({ asOf: '2026-11-23', errors: [] });
    expect(advisor.raised).toBeGreaterThan(40);
    expect(advisor.opened).toBe(advisor.raised);
    const ids = await listFindingIds();
    expect(ids).toHaveLength(advisor.raised);

    const text = await runCli(['-w', demo.dir, 'sync']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Advisor run for 2026-11-23: ${advisor.rules} rules`);
    expect(text.stdout).toContain(`raised ${advisor.raised}, opened 0`);
    expect(text.stdout).toContain(`KPI scorecard for ${kpis.asOf}: 40 cards stored`);
    expect(await listFindingIds()).toEqual(ids);
  }, 600_000);
});
