/**
 * Releases on the demo organization: `releases list` and `releases metrics` (the org, the last 12 weeks)
 * read the releases stored after an ingest instead of deriving them from the whole history. Timed through
 * the services the commands and API call, in a warm process, after the ingest's refresh derived and
 * stored them; the whole commands are timed beside, CLI start and opening the store included.
 */
import path from 'node:path';
import { refreshMetricFacts } from '../src/services/metric-facts.service.js';
import { computeReleaseMetricsReport, listReleases } from '../src/services/releases.service.js';
import { openStore } from '../src/store/index.js';
import { readReleaseState } from '../src/store/releases.repo.js';
import { loadWorkspace } from '../src/workspace/index.js';
import { type Figure, median, timeCommandMs, timeMs } from './measure.js';

const NOW = new Date('2026-11-23T12:00:00Z');
const WARM_RUNS = 20;

export async function measureReleases(options: { workspaceDir: string; cli: string }): Promise<Figure[]> {
  const workspace = await loadWorkspace(options.workspaceDir);
  const store = await openStore({ dataDir: path.join(options.workspaceDir, '.sextant', 'db') });
  let listed = 0;
  let derive: { ms: number; releases: number } | undefined;
  const runs: number[] = [];
  let firstMs = 0;
  try {
    const context = { workspace, store };
    // What an ingest does at its end: the metric facts, then the releases derived from the same records.
    await refreshMetricFacts(context);
    const state = await readReleaseState(store);
    derive = state && { ms: state.buildMs, releases: state.releases };
    const both = async () => {
      listed = (await listReleases(context, {}, NOW)).releases.length;
      await computeReleaseMetricsReport(context, {}, NOW);
    };
    firstMs = await timeMs(both);
    for (let run = 0; run < WARM_RUNS; run++) runs.push(await timeMs(both));
  } finally {
    await store.close();
  }
  const command = (verb: string) =>
    timeCommandMs(process.execPath, [options.cli, '-w', options.workspaceDir, 'releases', verb], 3);
  const listMs = command('list');
  const metricsMs = command('metrics');
  return [
    {
      what: `releases list + releases metrics, demo organization (${listed} releases in 12 weeks)`,
      value: median(runs),
      unit: 'ms',
      target: { op: '≤', value: 500 },
      note: `warm: median of ${WARM_RUNS}; first call ${Math.round(firstMs)} ms; deriving all ${derive?.releases ?? '?'} releases at ingest ${derive?.ms ?? '?'} ms`,
    },
    {
      what: 'sextant releases list, then releases metrics (whole commands)',
      value: listMs + metricsMs,
      unit: 'ms',
      note: `list ${Math.round(listMs)} ms, metrics ${Math.round(metricsMs)} ms; median of 3 each, CLI start and store opening included`,
    },
  ];
}
