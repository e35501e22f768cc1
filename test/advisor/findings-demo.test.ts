/**
 * The full advisor on the synced demo: every planted condition is found, the rule set covers every area
 * of the framework, the lifecycle survives a re-run, and the API and the CLI list the same findings.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkRules } from '../../src/advisor/engine.js';
import { ADVISOR_RULES } from '../../src/advisor/rules/index.js';
import { FRAMEWORK_CATALOG } from '../../src/assess/framework/catalog.js';
import { LOCAL_OPERATOR } from '../../src/domain/privacy.js';
import { createApiToken } from '../../src/services/access.service.js';
import { embeddedDataDir } from '../../src/services/context.js';
import { generateDemo } from '../../src/services/demo/index.js';
import {
  type AdvisorRunSummary,
  acknowledgeFinding,
  ensureAdvisorRun,
  listAdvisorRules,
  listFindings,
  readFinding,
  runAdvisor,
} from '../../src/services/findings.service.js';
import { listStoredFindings, openStore, saveFindings } from '../../src/store/index.js';
import { runCli } from '../support/cli.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const AS_OF = '2026-11-23';
const NOW = new Date('2026-11-24T06:00:00Z');

describe('the advisor on the synced demo', () => {
  const demo = useSyncedDemo('sextant-findings-demo-');
  let first: AdvisorRunSummary;

  beforeAll(async () => {
    first = await runAdvisor(demo.context, { asOf: AS_OF }, NOW);
  }, 300_000);

  it('runs every rule without an error', () => {
    expect(first.errors, JSON.stringify(first.errors, null, 2)).toEqual([]);
    expect(first.raised).toBeGreaterThan(0);
    expect(first.opened).toBe(first.raised);
  });

  it('raises a finding about the subject of every planted condition', async () => {
    const findings = await listFindings(demo.context, LOCAL_OPERATOR, { all: true });
    const subjects = new Set(findings.map((finding) => finding.subject));
    const missed = generateDemo({ seed: 1, asOf: AS_OF })
      .planted.filter((condition) => !subjects.has(condition.subject))
      .map((condition) => `${condition.id} (${condition.subject})`);
    expect(missed, `raised subjects: ${[...subjects].sort().join(', ')}`).toEqual([]);
  });

  it('has at least 40 rules, covering every area of the framework', () => {
    expect(checkRules(ADVISOR_RULES)).toEqual([]);
    const rules = listAdvisorRules();
    expect(rules.length).toBeGreaterThanOrEqual(40);
    const areas = new Set(rules.map((rule) => rule.area));
    for (const area of FRAMEWORK_CATALOG) expect(areas, `no rule in ${area.id}`).toContain(area.id);
  });

  it('keeps an acknowledged finding acknowledged, with the same id and no new row, across a re-run', async () => {
    const [target] = await listFindings(demo.context, LOCAL_OPERATOR);
    if (!target) throw new Error('no finding to acknowledge');
    await acknowledgeFinding(demo.context, LOCAL_OPERATOR, target.id, { note: 'owned by the VP' }, NOW);
    const rows = async () =>
      (await demo.store.query<{ n: number }>('select count(*)::int as n from findings'))[0]?.n;
    const before = await rows();
    const again = await runAdvisor(demo.context, { asOf: AS_OF }, new Date('2026-11-24T07:00:00Z'));
    expect(again).toMatchObject({ opened: 0, cleared: 0, reopened: 0, raised: first.raised });
    expect(await rows()).toBe(before);
    expect(await readFinding(demo.context, LOCAL_OPERATOR, target.id)).toMatchObject({
      status: 'acknowledged',
      note: 'owned by the VP',
      lastSeen: AS_OF,
    });
  });

  it('lists the same findings through the API and the CLI', async () => {
    const { token } = await createApiToken(demo.context, { name: 'findings-admin', role: 'admin' });
    const response = await demo.app.request('/api/findings?limit=1000', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: { id: string; severity: string; status: string }[] };
    const api = page.items;

    // The CLI opens the workspace's own embedded store: give it the synced demo and the findings the API
    // reads, so both interfaces list the same stored findings.
    const dump = new Blob([await readFile(path.join(inject('testScratchDir'), 'synced-demo.tar'))]);
    const own = await openStore({ dataDir: embeddedDataDir(demo.dir), templateDump: dump });
    try {
      await saveFindings(own, await listStoredFindings(demo.store));
    } finally {
      await own.close();
    }
    const listed = await runCli(['-w', demo.dir, 'findings', '--json']);
    expect(listed.code, listed.stderr).toBe(0);
    const cli = JSON.parse(listed.stdout) as { id: string; severity: string; status: string }[];
    const key = (finding: { id: string; severity: string; status: string }) =>
      `${finding.id} ${finding.severity} ${finding.status}`;
    expect(cli.map(key)).toEqual(api.map(key));
    expect(cli.length).toBeGreaterThan(0);
    const table = await runCli(['-w', demo.dir, 'findings', '--severity', 'high']);
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+SEVERITY\s+STATUS\s+SUBJECT\s+TITLE$/);

    const shown = await runCli(['-w', demo.dir, 'findings', 'show', api[0]?.id ?? '']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('Why it matters');
    const shownJson = await runCli(['-w', demo.dir, 'findings', 'show', api[0]?.id ?? '', '--json']);
    expect(JSON.parse(shownJson.stdout)).toMatchObject({ id: api[0]?.id });
    const rules = await runCli(['findings', 'rules']);
    expect(rules.stdout).toMatch(/By area: .*culture \d+.*people \d+/);
    const run = await runCli(['-w', demo.dir, 'findings', 'run', '--as-of', AS_OF]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/raised \d+, opened \d+, updated \d+, cleared \d+, reopened \d+/);
  }, 600_000);

  it('does not run again for a day already run, or an earlier one, when nothing was synced since', async () => {
    expect(await ensureAdvisorRun(demo.context, { asOf: AS_OF }, NOW)).toBeNull();
    // A report on an earlier week reads the current findings; running that day would move them back.
    expect(await ensureAdvisorRun(demo.context, { asOf: '2026-11-16' }, NOW)).toBeNull();
  }, 300_000);
});
