/**
 * `sextant surveys scorecard` on the demo organization after `sextant sync`, as a user runs it: the JSON
 * scorecard for a team and the text view, and a malformed day refused with the option named.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { useDemoWorkspace } from '../support/demo.js';

const AS_OF = '2026-11-23';
const demo = useDemoWorkspace('sextant-dx-scorecard-cli-');

beforeAll(async () => {
  const sync = await runCli(['-w', demo.dir, 'sync']);
  if (sync.code !== 0) throw new Error(`sync failed: ${sync.stderr}`);
}, 600_000);

describe('sextant surveys scorecard', () => {
  it("prints a team's scorecard as JSON with its measured CI time judged against 5 minutes", async () => {
    const result = await runCli([
      '-w',
      demo.dir,
      'surveys',
      'scorecard',
      '--team',
      'payments',
      '--as-of',
      AS_OF,
      '--json',
    ]);
    expect(result.code).toBe(0);
    const card = JSON.parse(result.stdout);
    expect(card).toMatchObject({
      scope: 'team:default/payments',
      asOf: AS_OF,
      window: { from: '2026-08-26', to: AS_OF },
    });
    const ci = card.rows.find((row: { area: string }) => row.area === 'ci');
    expect(ci.metric.target).toBe(300);
    expect(ci.metric.measured.kind).toBe('value');
    expect(ci.metric.measured.n).toBeGreaterThan(0);
    expect(ci.metric.status).toBe(ci.metric.measured.value < 300 ? 'meets' : 'misses');
  }, 120_000);

  it('prints the organization scorecard as a table with a reading per area', async () => {
    const result = await runCli(['-w', demo.dir, 'surveys', 'scorecard', '--as-of', AS_OF]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`DX scorecard for the organization, as of ${AS_OF}`);
    expect(result.stdout).toMatch(/ci\s+CI build time\s+\S+\s+< 5m\s+(meets|misses)/);
    expect(result.stdout).toContain('no data: not measured by Sextant: a setup-timing script');
  }, 120_000);

  it('refuses a malformed day and names it', async () => {
    const result = await runCli(['-w', demo.dir, 'surveys', 'scorecard', '--as-of', '23/11/2026']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('asOf');
    expect(result.stdout).toBe('');
  }, 120_000);
});
