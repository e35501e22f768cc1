/**
 * The `budget` and `controls` commands on a small workspace: data on stdout, JSON with --json, and a bad
 * register or bad arguments give exit code 1 with the file, line, field, found and expected.
 */
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

let dir: string;

const PEOPLE = `people:
  - name: ana
    displayName: Ana
    email: ana@example.com
    role: Security Lead
    level: M1
    teams: []
`;

const CONTROLS = `controls:
  - id: soc2:CC6.1
    owner: ana
    evidence:
      - { title: access review, link: https://x.example, collected: 2026-01-10, freshness: 30 }
`;

async function write(file: string, text: string) {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), text);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-controls-cli-'));
  await write('sextant.yaml', 'org:\n  name: Test\nfiscalYearStart: 2\n');
  await write('model/people.yaml', PEOPLE);
  await write('registers/controls.yaml', CONTROLS);
  await write(
    'registers/budget-2026.yaml',
    'currency: EUR\nplan:\n  - { category: headcount, annual: 1200000 }\nrates:\n  IC4: 144000\n',
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('controls and budget commands', () => {
  it('prints readiness as JSON with the stale control as a gap', async () => {
    const result = await runCli(['-w', dir, 'controls', 'readiness', '--json']);
    expect(result.code).toBe(0);
    const [soc2] = JSON.parse(result.stdout);
    expect(soc2).toMatchObject({ framework: 'soc2', controls: 1, stale: 1, readyPercent: 0 });
    expect(soc2.gaps[0].id).toBe('soc2:CC6.1');
  });

  it('refuses a register naming an unknown control, with its position', async () => {
    await write('registers/controls.yaml', CONTROLS.replace('soc2:CC6.1', 'soc2:CC6.10'));
    const result = await runCli(['-w', dir, 'controls', 'list']);
    await write('registers/controls.yaml', CONTROLS);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('registers/controls.yaml:2:');
    expect(result.stderr).toContain('field controls[0].id: unknown control "soc2:CC6.10"');
  });

  it('fails validation on a misnamed budget file and a plan line in an unknown category', async () => {
    await write('registers/budget.yaml', 'currency: EUR\nplan: []\n');
    await write('registers/budget-2027.yaml', 'currency: EUR\nplan:\n  - { category: travel, annual: 10 }\n');
    const result = await runCli(['-w', dir, 'validate']);
    await unlink(path.join(dir, 'registers/budget.yaml'));
    await unlink(path.join(dir, 'registers/budget-2027.yaml'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('registers/budget.yaml:1:1: a budget file is named for its fiscal year');
    expect(result.stderr).toContain(
      'registers/budget-2027.yaml:3:17 field plan[0].category: value not allowed (found "travel", expected one of headcount, cloud, licenses, vendors)',
    );
  });

  it('costs an ad hoc scenario and refuses a team size that does not match the mix', async () => {
    const ok = await runCli([
      '-w',
      dir,
      'budget',
      'scenario',
      '--levels',
      'IC4:2',
      '--from',
      '2026-11',
      '--json',
    ]);
    expect(ok.code).toBe(0);
    const cost = JSON.parse(ok.stdout);
    expect(cost.total).toBe(72_000);
    expect(cost.headcount).toMatchObject({ plan: 1_200_000, headroom: -72_000, fits: false });
    const bad = await runCli([
      '-w',
      dir,
      'budget',
      'scenario',
      '--levels',
      'IC4:2',
      '--from',
      '2026-11',
      '--team-size',
      '3',
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'field --team-size: the team size does not match the level mix (found 3, expected 2',
    );
  }, 240_000);
});
