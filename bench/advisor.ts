/**
 * The advisor benchmark: one full run (snapshot of the organization, every rule, findings saved in one
 * transaction) on the demo, and on the 1M-commit organization of the overview benchmark when that ran in
 * the same `npm run bench` (its store is reused, never built twice). The issue sets no target; 10 s is
 * ours: a run ends each `sextant sync` (and a report runs one when data came in without a sync).
 * A second run over the same day is timed too: it writes nothing but the run's own row.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../src/services/context.js';
import { runAdvisor } from '../src/services/findings.service.js';
import { syncWorkspace } from '../src/services/sync.service.js';
import { openStore } from '../src/store/index.js';
import { loadWorkspace } from '../src/workspace/index.js';
import type { Figure } from './measure.js';

const TARGET_MS = 10_000;
const NOW = new Date('2026-11-24T06:00:00Z');
const AS_OF = '2026-11-23';

async function measureOne(dir: string, label: string, note: string): Promise<Figure[]> {
  const workspace = await loadWorkspace(dir);
  const store = await openStore({ dataDir: path.join(dir, '.sextant', 'db') });
  try {
    const context: AppContext = { workspace, store };
    // What `sextant sync` leaves behind (the model in the store, metric facts); not part of the figure.
    await syncWorkspace(context);
    const first = await runAdvisor(context, { asOf: AS_OF }, NOW);
    const again = await runAdvisor(context, { asOf: AS_OF }, NOW);
    const errors = first.errors.length > 0 ? `; ${first.errors.length} rule error(s)` : '';
    return [
      {
        what: `advisor run, ${label} (snapshot + ${first.rules} rules + save)`,
        value: first.durationMs,
        unit: 'ms',
        target: { op: '≤', value: TARGET_MS },
        note: `${note}; ${first.raised} findings raised${errors}`,
      },
      {
        what: `advisor re-run of the same day, ${label}`,
        value: again.durationMs,
        unit: 'ms',
        target: { op: '≤', value: TARGET_MS },
        note: `${again.opened} opened, ${again.cleared} cleared (nothing should change)`,
      },
    ];
  } finally {
    await store.close();
  }
}

/** `overviewDir`: the overview benchmark's workspace, when it ran before in this process. */
export async function measureAdvisor(options: { workspaceDir: string; tmp: string }): Promise<Figure[]> {
  const figures = await measureOne(options.workspaceDir, 'demo', 'the demo organization, embedded database');
  const overviewDir = path.join(options.tmp, 'overview');
  if (existsSync(path.join(overviewDir, '.sextant', 'db')))
    figures.push(
      ...(await measureOne(overviewDir, '1M commits', 'the overview benchmark’s organization, 50 services')),
    );
  return figures;
}
