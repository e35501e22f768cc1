/**
 * `npm run bench`: the foundation's performance figures, each printed beside its target and, where there
 * is one, the baseline measured in the same run. Runs on the demo organization in a temporary folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readRecordFile } from '../src/connectors/files/client.js';
import { type ObservedRecord, recordId } from '../src/domain/records/index.js';
import { importRecordFiles } from '../src/services/import.service.js';
import { normalizeRecordRefs, openStore, storeSchema } from '../src/store/index.js';
import { loadWorkspace } from '../src/workspace/index.js';
import { measureAdvisor } from './advisor.js';
import { measureApi } from './api.js';
import { measureDashboard } from './dashboard.js';
import { measureGitIngest } from './git.js';
import { measureIncidentMetrics } from './incidents.js';
import { type Figure, median, printFigures, timeCommandMs, timeMs } from './measure.js';
import { measureOrgHealth } from './org-health.js';
import { measureOverview } from './overview.js';
import { measureReleases } from './releases.js';
import { measureReports } from './reports.js';
import { measureSlos } from './slos.js';
import { measureTruckFactor } from './truck-factor.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'bin', 'sextant.js');
const AS_OF = '2026-11-23';

/**
 * Whether a group of figures runs: all by default; `--skip-<group>` leaves one out, `--only <group,…>` runs
 * just those (the foundation's figures on the demo always run: the others' workspace comes from them).
 */
function wants(group: string): boolean {
  const only = process.argv.indexOf('--only');
  if (only !== -1) return (process.argv[only + 1] ?? '').split(',').includes(group);
  return !process.argv.includes(`--skip-${group}`);
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-bench-'));
const figures: Figure[] = [];
try {
  const workspaceDir = path.join(tmp, 'demo');
  timeCommandMs(process.execPath, [CLI, 'demo', workspaceDir, '--as-of', AS_OF], 0);

  figures.push({
    what: 'sextant --version (CLI start)',
    value: timeCommandMs(process.execPath, [CLI, '--version'], 10),
    unit: 'ms',
    target: { op: '≤', value: 300 },
    note: 'median of 10 runs',
  });
  figures.push({
    what: 'sextant validate on the demo workspace',
    value: timeCommandMs(process.execPath, [CLI, '-w', workspaceDir, 'validate'], 5),
    unit: 'ms',
    target: { op: '≤', value: 1_000 },
    note: 'median of 5 runs, whole command',
  });

  const workspace = await loadWorkspace(workspaceDir);
  const files = workspace.config.imports.map((entry) => ({
    ...entry,
    path: path.join(workspaceDir, entry.path),
  }));
  const dataDir = path.join(workspaceDir, '.sextant', 'db');

  let store = await openStore({ dataDir });
  let total = 0;
  const loadMs = await timeMs(async () => {
    const summary = await importRecordFiles(store, files);
    total = summary.types.reduce((sum, entry) => sum + entry.read, 0);
  });
  const commits = (await readRecordFile(path.join(workspaceDir, 'data', 'commits.jsonl'), {})).records;
  const ormRate = await measureOrmInsertRate(path.join(tmp, 'orm-baseline'), commits);
  figures.push({
    what: `loading the demo's observed data (${total.toLocaleString('en')} records)`,
    value: total / (loadMs / 1000),
    unit: 'records/s',
    target: { op: '≥', value: ormRate },
    baseline: { what: 'multi-row ORM inserts of its commits', value: ormRate },
    note: `${(loadMs / 1000).toFixed(1)} s: read, validate, COPY + upsert, embedded database`,
  });
  const reloadMs = await timeMs(() => importRecordFiles(store, files));
  figures.push({
    what: 'loading the same data again (nothing new)',
    value: total / (reloadMs / 1000),
    unit: 'records/s',
    note: `${(reloadMs / 1000).toFixed(1)} s; every record reported unchanged`,
  });
  await store.close();

  const openings: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    openings.push(
      await timeMs(async () => {
        store = await openStore({ dataDir });
      }),
    );
    await store.close();
  }
  figures.push({
    what: 'opening the embedded store (existing database)',
    value: median(openings),
    unit: 'ms',
    target: { op: '≤', value: 1_000 },
    note: 'median of 3; lock, start PGlite, check migrations',
  });

  // Git ingest: a synthetic 100k-commit repository, or `npm run bench -- --repo PATH`.
  // `npm run bench -- --skip-git` leaves out the git figures (building their 100k-commit repository takes a minute).
  if (wants('git')) {
    figures.push(...(await measureGitIngest({ tmp, cli: CLI, argv: process.argv.slice(2) })));
  }
  // Truck factor of the 100k-commit repository, read after the git figures' ingest (or its own); `--skip-truck-factor`.
  if (wants('truck-factor')) {
    figures.push(...(await measureTruckFactor({ tmp, cli: CLI, argv: process.argv.slice(2) })));
  }

  // The org overview on 1M commits, 100k PRs, 50k deployments, 5k incidents (about two minutes to build).
  // `npm run bench -- --skip-overview` leaves it out.
  if (wants('overview')) {
    figures.push(...(await measureOverview({ tmp, cli: CLI })));
  }
  // Incident metrics on 10,000 synthetic incidents with their postmortems; `--skip-incidents` leaves it out.
  if (wants('incidents')) figures.push(...(await measureIncidentMetrics({ tmp, cli: CLI })));

  // SLO status of 500 services over 90 days of per-minute SLI (about a minute to load).
  // `npm run bench -- --skip-slos` leaves it out.
  if (wants('slos')) {
    figures.push(...(await measureSlos({ tmp, cli: CLI })));
  }

  // Releases list + metrics on the demo, read from the releases stored at ingest; `--skip-releases` leaves it out.
  if (wants('releases')) figures.push(...(await measureReleases({ workspaceDir, cli: CLI })));

  // A report to PDF (quarterly, or the weekly staff pack until quarterly exists); `--skip-reports` leaves it out.
  if (wants('reports')) figures.push(...(await measureReports({ workspaceDir, cli: CLI })));

  // A full advisor run on the demo, and on the overview's 1M-commit organization when it was built above;
  // `--skip-advisor` leaves it out.
  if (wants('advisor')) figures.push(...(await measureAdvisor({ workspaceDir, tmp })));

  // The overview endpoint under load (`serve` in its own process, autocannon here) and the dashboard's first
  // load in Chromium against the same server; `--skip-api` leaves both out.
  if (wants('api'))
    figures.push(...(await measureApi({ workspaceDir, cli: CLI, alongside: measureDashboard })));

  // Org health on 5,000 people, 800 teams, 3,000 services, 20,000 dependencies; `--skip-org-health` leaves it out.
  if (wants('org-health')) figures.push(...(await measureOrgHealth({ tmp })));
} finally {
  await rm(tmp, { recursive: true, force: true });
}

printFigures(figures);

/** Baseline: the same commits through drizzle's multi-row INSERT, 1,000 rows a statement, into a fresh store. */
async function measureOrmInsertRate(dataDir: string, records: ObservedRecord[]): Promise<number> {
  const store = await openStore({ dataDir });
  try {
    const rows = records.map((record) => {
      const commit = normalizeRecordRefs('commit', record) as ObservedRecord<'commit'>;
      return {
        ...commit,
        id: recordId(commit),
        authoredAt: new Date(commit.authoredAt),
        committedAt: new Date(commit.committedAt),
      };
    });
    const elapsed = await timeMs(() =>
      store.transaction(async (tx) => {
        for (let start = 0; start < rows.length; start += 1_000) {
          await tx.db.insert(storeSchema.commits).values(rows.slice(start, start + 1_000));
        }
      }),
    );
    return rows.length / (elapsed / 1000);
  } finally {
    await store.close();
  }
}
