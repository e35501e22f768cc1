/**
 * `sextant slos …` end to end on a real workspace: a target written as a percentage refused with its
 * place, CSV and Prometheus imports (gaps reported, a conflicting repeat refused with nothing written),
 * and statuses whose figures were worked out by hand.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let tmp: string;
let workspace: string;

const T0 = Date.parse('2026-11-02T10:00:00Z');
const iso = (minute: number) => new Date(T0 + minute * 60_000).toISOString();

async function writeModel(target: string) {
  await writeFile(
    path.join(workspace, 'model', 'teams.yaml'),
    [
      'teams:',
      '  - name: checkout',
      '    type: stream-aligned',
      '    mission: Make paying easy.',
      '    services: [checkout-api]',
    ].join('\n'),
  );
  await writeFile(
    path.join(workspace, 'model', 'services.yaml'),
    [
      'services:',
      '  - name: checkout-api',
      '    owner: checkout',
      '    slos:',
      '      - name: availability',
      '        indicator: availability',
      `        target: ${target}`,
      '        windowDays: 1',
      '      - name: fast',
      '        indicator: latency',
      '        target: 0.95',
      '        thresholdMs: 300',
    ].join('\n'),
  );
}

/**
 * Two hours from 10:00: the first at 99 good of 100 a minute, the second at 95 of 100 with 11:30-11:39
 * missing.
 */
function buildCsv(): string {
  const rows = ['timestamp,good,valid'];
  for (let minute = 0; minute < 120; minute += 1) {
    if (minute >= 90 && minute < 100) continue;
    rows.push(`${iso(minute)},${minute < 60 ? 99 : 95},100`);
  }
  return `${rows.join('\n')}\n`;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-slos-cli-'));
  workspace = path.join(tmp, 'ws');
  expect((await runCli(['init', workspace])).code).toBe(0);
  await writeModel('0.99');
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const slos = (args: string[]) => runCli(['-w', workspace, 'slos', ...args]);

describe('sextant slos', () => {
  it('refuses a target written as a percentage, naming the file, line and the fraction meant', async () => {
    await writeModel('99.9');
    try {
      const result = await runCli(['-w', workspace, 'validate']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/model\/services\.yaml:7:\d+ field services\[0\]\.slos\[0\]\.target/);
      expect(result.stderr).toContain('found 99.9');
      expect(result.stderr).toContain('99.9 looks like a percentage, write 0.999');
    } finally {
      await writeModel('0.99');
    }
  });

  it('refuses a repeated minute with other counts, naming the line, and writes nothing', async () => {
    const file = path.join(tmp, 'conflict.csv');
    await writeFile(file, `timestamp,good,valid\n${iso(0)},99,100\n${iso(1)},99,100\n${iso(0)},98,100\n`);
    const result = await slos(['import', file, '--service', 'checkout-api', '--slo', 'availability']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}:4`);
    expect(result.stderr).toContain(`a second sample for ${iso(0)} with different counts`);
    expect(result.stderr).toContain(`${file}:2`);
    const listed = JSON.parse((await slos(['list', '--json'])).stdout);
    expect(listed.map((slo: { data: unknown }) => slo.data)).toEqual([null, null]);
  });

  it('imports CSV, reporting the gap as missing minutes', async () => {
    const file = path.join(tmp, 'sli.csv');
    await writeFile(file, buildCsv());
    const result = await slos([
      'import',
      file,
      '--service',
      'checkout-api',
      '--slo',
      'availability',
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      samples: 110,
      missingMinutes: 10,
      gapCount: 1,
      gaps: [{ from: iso(90), to: iso(100), minutes: 10 }],
      first: iso(0),
      last: iso(119),
      days: 1,
    });
  });

  it('shows attainment, budget, burn rates and alerts as computed by hand', async () => {
    const result = await slos([
      'show',
      'checkout-api/availability',
      '--at',
      '2026-11-03T00:00:00Z',
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const detail = JSON.parse(result.stdout);
    // Evaluated at the end of the latest sample, 12:00, over the day before it.
    expect(detail.status.at).toBe(iso(120));
    expect(detail.lagMinutes).toBe(720);
    // 60 × 99 + 50 × 95 = 10,690 good of 11,000 valid; 1,440 − 110 minutes missing.
    expect(detail.status.attainment).toMatchObject({ good: 10_690, valid: 11_000, missingMinutes: 1_330 });
    expect(detail.status.attainment.value).toBeCloseTo(10_690 / 11_000, 12);
    // 310 bad against 1% of 11,000 = 110 allowed: 2.8181… consumed, −1.8181… left.
    expect(detail.status.budget.consumed).toBeCloseTo(310 / 110, 9);
    expect(detail.status.budget.remaining).toBeCloseTo(1 - 310 / 110, 9);
    // Last hour: 50 minutes at 5% bad over a 1% budget. Last 5 minutes the same.
    expect(detail.status.burnRates['1h'].value).toBe(5);
    expect(detail.status.burnRates['5m'].value).toBe(5);
    expect(detail.status.burnRates['6h'].value).toBeCloseTo(310 / 11_000 / 0.01, 6);
    const firing = detail.status.alerts.filter((alert: { firing: boolean }) => alert.firing);
    expect(firing.map((alert: { name: string }) => alert.name)).toEqual(['ticket-3d']);
    expect(detail.status.policy).toMatchObject({ state: 'exhausted', freeze: true });
    expect(detail.days).toEqual([
      { day: '2026-11-02', good: 10_690, valid: 11_000, missingMinutes: 1_330, attainment: 10_690 / 11_000 },
    ]);
  });

  it('lists every SLO with its state, and the ones without data as such', async () => {
    const json = await slos(['list', '--json', '--at', '2026-11-03T00:00:00Z']);
    const listed = JSON.parse(json.stdout);
    expect(
      listed.map((slo: { slo: string; status: { policy: { state: string } } | null }) => [
        slo.slo,
        slo.status?.policy.state ?? null,
      ]),
    ).toEqual([
      ['availability', 'exhausted'],
      ['fast', null],
    ]);
    const text = await slos(['--service', 'checkout-api']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('checkout-api/availability');
    expect(text.stdout).toContain('exhausted, release freeze');
    expect(text.stdout).toMatch(/checkout-api\/fast .*no data/);
  });

  it('imports a Prometheus range query with labelled series, each sample counting the minute before it', async () => {
    const file = path.join(tmp, 'range.json');
    const seconds = (minute: number) => (T0 + minute * 60_000) / 1000;
    await writeFile(
      file,
      JSON.stringify({
        status: 'success',
        data: {
          resultType: 'matrix',
          result: [
            { metric: { sli: 'good' }, values: [1, 2, 3].map((m) => [seconds(m), '190']) },
            { metric: { sli: 'valid' }, values: [1, 2, 3].map((m) => [seconds(m), '200']) },
          ],
        },
      }),
    );
    const result = await slos(['import', file, '--service', 'checkout-api', '--slo', 'fast', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ samples: 3, first: iso(0), last: iso(2), unpaired: 0 });
    const shown = JSON.parse((await slos(['show', 'checkout-api/fast', '--json'])).stdout);
    // 10 bad of 200 a minute is 5%, exactly the budget of a 0.95 target: burn rate 1.
    expect(shown.status.burnRates['5m']).toMatchObject({ value: 1, good: 570, valid: 600 });
  });

  it('refuses an unknown SLO by name, listing the declared ones', async () => {
    const result = await slos(['show', 'checkout-api/latency']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('declares no SLO "latency" (it declares availability, fast)');
  });
});
