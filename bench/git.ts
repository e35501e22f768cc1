/**
 * The git ingest figures of DESIGN section 9, measured through the CLI as a user runs it: full ingest
 * against one plain `git log --branches --tags --numstat` over the same history (measured before and after
 * the ingest, averaged, because the machine's load drifts), re-ingest with nothing new including CLI start,
 * and the ingest process's peak RSS. The repository is `--repo PATH` when given, else a synthetic one of
 * `--git-commits N` commits (100,000 by default, the size the memory target names).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSyntheticRepository } from './git-synthetic.js';
import { type Figure, timeCommandMs } from './measure.js';

const DEFAULT_COMMITS = 100_000;

export interface GitBenchOptions {
  /** Scratch folder for the workspace and the synthetic repository. */
  tmp: string;
  /** The built CLI entry point. */
  cli: string;
  /** Command-line arguments of the bench run (`--repo PATH`, `--git-commits N`). */
  argv: readonly string[];
}

export async function measureGitIngest(options: GitBenchOptions): Promise<Figure[]> {
  const given = readFlag(options.argv, '--repo');
  const commits = Number(readFlag(options.argv, '--git-commits') ?? DEFAULT_COMMITS);
  const repo = given ? path.resolve(given) : path.join(options.tmp, 'synthetic-repo');
  if (!given) {
    const buildMs = performance.now();
    await buildSyntheticRepository(repo, commits);
    process.stderr.write(
      `built a ${commits}-commit repository in ${((performance.now() - buildMs) / 1000).toFixed(1)} s\n`,
    );
  }
  const count = Number(runChecked('git', ['-C', repo, 'rev-list', '--count', '--branches', '--tags']).trim());
  // Two ingests into two fresh workspaces, between three runs of the baseline: on a shared machine the speed
  // of both drifts by ten per cent within minutes, and interleaving keeps the comparison fair.
  const workspaces = [path.join(options.tmp, 'git-workspace'), path.join(options.tmp, 'git-workspace-2')];
  for (const dir of workspaces) runChecked(process.execPath, [options.cli, 'init', dir]);
  const [workspace = '', second = ''] = workspaces;
  // Creating the embedded database is a one-off cost of its own (and its own memory peak): do it first, and
  // measure what the store alone holds, so the ingest figures are the ingest's.
  const storeOnly = await runMeasured(process.execPath, [options.cli, '-w', workspace, 'sync']);
  const reopened = await runMeasured(process.execPath, [options.cli, '-w', workspace, 'sync']);
  await runMeasured(process.execPath, [options.cli, '-w', second, 'sync']);

  const gitLog = ['-C', repo, 'log', '--branches', '--tags', '--numstat'];
  const baselines = [timeOnceMs('git', gitLog)];
  const ingests: Measured[] = [];
  for (const dir of workspaces) {
    ingests.push(
      await runMeasured(process.execPath, [options.cli, '-w', dir, 'ingest', 'git', repo, '--json']),
    );
    baselines.push(timeOnceMs('git', gitLog));
  }
  const baseline = mean(baselines);
  const ingest = {
    wallMs: mean(ingests.map((run) => run.wallMs)),
    peakRssMb: Math.max(...ingests.map((run) => run.peakRssMb)),
    childrenPeakRssMb: Math.max(...ingests.map((run) => run.childrenPeakRssMb)),
  };
  const reingestMs = timeCommandMs(
    process.execPath,
    [options.cli, '-w', workspace, 'ingest', 'git', repo],
    3,
  );
  const what = given
    ? `${path.basename(repo)} (${count.toLocaleString('en')} commits)`
    : `${count.toLocaleString('en')} synthetic commits`;
  return [
    {
      what: `git ingest, full history with file stats: ${what}`,
      value: ingest.wallMs / 1000,
      unit: 's',
      target: { op: '≤', value: (0.8 * baseline) / 1000 },
      baseline: { what: 'git log --branches --tags --numstat', value: baseline / 1000 },
      note:
        `whole CLI run, mean of ${seconds(ingests.map((run) => run.wallMs))}; ` +
        `baseline the mean of ${seconds(baselines)}, run before, between and after`,
    },
    {
      what: 'git re-ingest with nothing new (CLI start included)',
      value: reingestMs,
      unit: 'ms',
      target: { op: '≤', value: 1_500 },
      note: 'median of 3 runs after one warm-up',
    },
    {
      what: `git ingest peak RSS (${count.toLocaleString('en')} commits)`,
      value: ingest.peakRssMb,
      unit: 'MB',
      target: { op: '≤', value: 400 },
      note:
        `the sextant process (VmHWM); the store alone (sync of an empty workspace) peaks at ${Math.round(reopened.peakRssMb)} MB ` +
        `(${Math.round(storeOnly.peakRssMb)} MB when creating it); git's two processes together peaked at ` +
        `${Math.round(ingest.childrenPeakRssMb)} MB, most of it their mapped pack files`,
    },
  ];
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function seconds(values: readonly number[]): string {
  return values.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(', ');
}

function readFlag(argv: readonly string[], flag: string): string | undefined {
  const index = argv.indexOf(flag);
  return index === -1 ? undefined : argv[index + 1];
}

function runChecked(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** One run with output discarded, so the terminal or a pipe never paces the command. */
function timeOnceMs(command: string, args: string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return performance.now() - start;
}

interface Measured {
  wallMs: number;
  /** Peak resident memory of the command's own process. */
  peakRssMb: number;
  /** Peak of its child processes' resident memory added together (git), sampled. */
  childrenPeakRssMb: number;
}

/**
 * Wall time, the process's own peak RSS (VmHWM, a high-water mark the kernel keeps, so sampling cannot
 * miss it) and its children's summed RSS sampled every 20 ms. `/usr/bin/time` would report the largest of
 * the process and its children, which for a git ingest is often git itself: git maps its pack files, so its
 * RSS grows with the repository, as a plain `git log` does.
 */
async function runMeasured(command: string, args: string[]): Promise<Measured> {
  const start = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  let ownKb = 0;
  let childrenKb = 0;
  const sample = async () => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    ownKb = Math.max(ownKb, readStatusKb(status, 'VmHWM'));
    const children = await readFile(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').catch(() => '');
    let sum = 0;
    for (const pid of children.split(' ').filter((text) => text.trim() !== '')) {
      sum += readStatusKb(await readFile(`/proc/${pid}/status`, 'utf8').catch(() => ''), 'VmRSS');
    }
    childrenKb = Math.max(childrenKb, sum);
  };
  const sampler = setInterval(() => void sample(), 20);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const wallMs = performance.now() - start;
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${stderr.slice(-2_000)}`);
  if (ownKb === 0) throw new Error('peak memory needs /proc (Linux)');
  return { wallMs, peakRssMb: ownKb / 1024, childrenPeakRssMb: childrenKb / 1024 };
}

function readStatusKb(status: string, field: string): number {
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
}
