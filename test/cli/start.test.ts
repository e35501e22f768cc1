import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli, waitForLine } from '../support/cli.js';
import { readLatestMigrationLevel } from '../support/migrations.js';

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-start-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('sextant start', () => {
  it('creates the demo, loads it, prints a briefing, serves the API and the dashboard and holds the database until stopped', async () => {
    const dir = path.join(tmp, 'demo');
    const child = spawnCli(['-w', dir, 'start', '--port', '0']);
    try {
      const { match, stdout, stderr } = await waitForLine(
        child,
        /Serving the Sextant API on (http:\/\/\S+)\/api/,
      );
      const base = match[1];
      expect(existsSync(path.join(dir, 'model', 'teams.yaml'))).toBe(true);

      const briefing = stdout();
      expect(briefing).toMatch(/^Fernwood Market \(time zone Europe\/Berlin\)/);
      expect(briefing).toContain(
        'Teams: 8 (5 stream-aligned, 1 platform, 1 enabling, 1 complicated-subsystem)',
      );
      // 59 declared; the staff engineer who left 90 days before the data ends is no longer counted.
      expect(briefing).toMatch(/People: 58, \d+ managers/);
      expect(briefing).toMatch(/Services: 25 \(/);
      expect(briefing).toContain('past their needed-by date: dependency:default/courier-events-queue');
      expect(briefing).toMatch(/commit\s+1\d,\d{3}\s+\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}/);
      expect(briefing).toMatch(/deployment\s+\d,\d{3}/);
      expect(stderr()).toContain('data/commits.jsonl');

      const health = await (await fetch(`${base}/api/health`)).json();
      expect(health).toMatchObject({
        status: 'ok',
        database: { engine: 'pglite', migrations: readLatestMigrationLevel() },
      });
      const dashboard = await fetch(`${base}/delivery`);
      expect(dashboard.status).toBe(200);
      expect(dashboard.headers.get('content-security-policy')).toContain("script-src 'self'");
      const page = await dashboard.text();
      expect(page).toContain('<div id="root"></div>');
      expect(page).toMatch(/<script type="module"[^>]* src="\/assets\/index-[^"]+\.js"/);
      const teams = (await (await fetch(`${base}/api/teams`)).json()) as { total: number };
      expect(teams.total).toBe(8);

      const second = await runCli(['-w', dir, 'sync']);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain('in use by another Sextant process');
    } finally {
      const closed = new Promise<number | null>((resolve) => child.once('close', resolve));
      child.kill('SIGTERM');
      expect(await closed).toBe(0);
    }
  }, 120_000);
});
