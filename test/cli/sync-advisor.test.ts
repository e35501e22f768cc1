/**
 * `sextant sync` ends with an advisor run, so reports and the digest read findings that follow what was
 * loaded; `--no-advisor` leaves the findings as they were.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { useDemoWorkspace } from '../support/demo.js';

const demo = useDemoWorkspace('sextant-sync-advisor-');

async function listFindingIds(): Promise<string[]> {
  const list = await runCli(['-w', demo.dir, 'findings', '--json']);
  expect(list.code).toBe(0);
  return (JSON.parse(list.stdout) as { id: string }[]).map((finding) => finding.id).sort();
}

describe('sextant sync and the advisor', () => {
  it('raises no finding with --no-advisor, then runs the advisor after a plain sync', async () => {
    const quiet = await runCli(['-w', demo.dir, 'sync', '--no-advisor', '--json']);
    expect(quiet.code).toBe(0);
    expect(JSON.parse(quiet.stdout).advisor).toBeNull();
    expect(await listFindingIds()).toEqual([]);

    const synced = await runCli(['-w', demo.dir, 'sync', '--json']);
    expect(synced.code).toBe(0);
    const { advisor } = JSON.parse(synced.stdout);
    expect(advisor).toMatchObject({ asOf: '2026-11-23', errors: [] });
    expect(advisor.raised).toBeGreaterThan(40);
    expect(advisor.opened).toBe(advisor.raised);
    const ids = await listFindingIds();
    expect(ids).toHaveLength(advisor.raised);

    const text = await runCli(['-w', demo.dir, 'sync']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Advisor run for 2026-11-23: ${advisor.rules} rules`);
    expect(text.stdout).toContain(`raised ${advisor.raised}, opened 0`);
    expect(await listFindingIds()).toEqual(ids);
  }, 600_000);
});
