/**
 * The HTTP API under load (DESIGN section 9): `sextant serve` on the synced demo in its own process, and
 * autocannon in this one driving `GET /api/metrics/overview` (a 12-week window, no token: a localhost
 * read) for ten seconds after a two-second warm-up. Reports requests per second and the 99th percentile
 * latency against the targets of 1,000 req/s and 100 ms on two cores.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import autocannon from 'autocannon';
import type { Figure } from './measure.js';

const PATH = '/api/metrics/overview?from=2026-08-31&to=2026-11-22';

function startServe(cli: string, workspaceDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, '-w', workspaceDir, 'serve', '--port', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += String(chunk);
      const match = /Serving the Sextant API on (\S+)\/api/.exec(stderr);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

function load(url: string, seconds: number) {
  return autocannon({ url: `${url}${PATH}`, connections: 20, duration: seconds });
}

export async function measureApi(options: {
  workspaceDir: string;
  cli: string;
  /** More figures taken against the same running server. */
  alongside?: (url: string) => Promise<Figure[]>;
}): Promise<Figure[]> {
  // What `sextant sync` leaves: the model, the metric facts, the findings and today's KPI cards.
  execFileSync(process.execPath, [options.cli, '-w', options.workspaceDir, 'sync'], { stdio: 'ignore' });
  const { child, url } = await startServe(options.cli, options.workspaceDir);
  try {
    await load(url, 2);
    const result = await load(url, 10);
    const failed = result.non2xx + result.errors + result.timeouts;
    const note = `20 connections, 10 s after a 2 s warm-up; ${result.requests.total.toLocaleString('en')} requests, ${failed} failed`;
    const more = options.alongside ? await options.alongside(url) : [];
    return [
      ...more,
      {
        what: 'overview endpoint, requests per second (demo, serve in its own process)',
        value: result.requests.average,
        unit: 'req/s',
        target: { op: '≥', value: 1_000 },
        note,
      },
      {
        what: 'overview endpoint, 99th percentile latency',
        value: result.latency.p99,
        unit: 'ms',
        target: { op: '≤', value: 100 },
        note: `median ${result.latency.p50} ms, mean ${result.latency.average.toFixed(1)} ms`,
      },
    ];
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
