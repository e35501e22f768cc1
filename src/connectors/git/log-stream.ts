/**
 * Reads the commit graph with file stats using both cores. `git log --numstat` is bound by diffing, one
 * core, so we list the commits to read first (`git rev-list`, cheap: no diffs) and hand contiguous halves of
 * that list to two `git log --no-walk --stdin` processes. Contiguous, not interleaved: neighbouring commits
 * share delta bases in the pack, and interleaving measured ~30% more CPU than two halves. The list also
 * gives the exact count for the time-left estimate.
 *
 * Each process writes into a temporary file that is parsed behind it, a slice at a time, as the consumer
 * asks for more: git never waits for the database, and memory holds only the slice being parsed.
 */
import { mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createGitError, runGit, spawnGitToFile } from './git-process.js';
import { createLogParser, LOG_FORMAT, type RawLogEntry } from './log-parser.js';

export interface CommitLogRequest {
  /** Commits (ref tips) whose history to read. */
  include: readonly string[];
  /** Commits whose history was read before (the cursor); unknown ones are ignored. */
  exclude?: readonly string[];
  /** Parallel `git log` processes; 2 by default, 1 for small reads. */
  workers?: number;
}

export interface CommitLog {
  /** Commits that will be read. */
  total: number;
  /** Parsed commits in batches as they arrive; stops the git processes if the consumer stops early. */
  batches: AsyncIterable<RawLogEntry[]>;
}

/** Below this many commits a second process costs more than it saves. */
const MIN_PER_WORKER = 2_000;
/** Bytes of git output parsed at a time: about a thousand commits, so parsed commits never pile up. */
const READ_BYTES = 256 * 1024;
/** How long to let git write before reading again once every file is read up to its end. */
const CATCH_UP_WAIT_MS = 50;

const LOG_ARGS = ['log', '--no-walk', '--stdin', '--numstat', '-M', `--format=${LOG_FORMAT}`, '--date=raw'];

export async function openCommitLog(repoPath: string, request: CommitLogRequest): Promise<CommitLog> {
  const shas = await listCommits(repoPath, request.include, request.exclude ?? []);
  const workers = Math.max(1, Math.min(request.workers ?? 2, Math.floor(shas.length / MIN_PER_WORKER)));
  const size = Math.ceil(shas.length / workers);
  const ranges = Array.from({ length: workers }, (_, i) => shas.slice(i * size, (i + 1) * size));
  return { total: shas.length, batches: streamEntries(repoPath, shas.length === 0 ? [] : ranges) };
}

/** Commits reachable from `include` and not from `exclude`, newest first; revisions go through stdin. */
async function listCommits(
  repoPath: string,
  include: readonly string[],
  exclude: readonly string[],
): Promise<string[]> {
  if (include.length === 0) return [];
  const input = [...include, ...exclude.map((sha) => `^${sha}`)].join('\n');
  const output = await runGit(repoPath, ['rev-list', '--stdin', '--ignore-missing'], `${input}\n`);
  return output.split('\n').filter((line) => line !== '');
}

async function* streamEntries(repoPath: string, ranges: string[][]): AsyncGenerator<RawLogEntry[]> {
  const workers: LogWorker[] = [];
  try {
    for (const range of ranges) workers.push(await startWorker(repoPath, range));
    while (workers.some((worker) => !worker.done)) {
      let behind = false;
      for (const worker of workers) {
        if (worker.done) continue;
        const entries = await worker.read();
        if (entries.length > 0) yield entries;
        behind ||= worker.filled;
      }
      // Caught up with every git: wait for a good slice (or an exit) rather than polling for the few
      // kilobytes written since, which measured seconds of CPU taken from git on a large history.
      if (!behind) await Promise.race(workers.map((worker) => worker.changed(CATCH_UP_WAIT_MS)));
    }
  } finally {
    for (const worker of workers) await worker.stop();
  }
}

interface LogWorker {
  /** True once git exited and its whole output was parsed. */
  done: boolean;
  /** Whether the last read filled its buffer, so more output is already waiting. */
  filled: boolean;
  /** Parses what git wrote since the last read; throws what git failed with. */
  read(): Promise<RawLogEntry[]>;
  /** Resolves when git exits or after `ms`, whichever is first. */
  changed(ms: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * One `git log` writing into an unlinked temporary file, read back behind it. A pipe would pause git
 * whenever the database write (synchronous WebAssembly) keeps the event loop busy for longer than the
 * pipe's 64 KB take to fill, which measured git idle half the time; a file never blocks it, costs page
 * cache rather than this process's memory, and disappears with its descriptor.
 */
async function startWorker(repoPath: string, range: readonly string[]): Promise<LogWorker> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-git-log-'));
  const file = await open(path.join(dir, 'log'), 'w+');
  await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  const child = spawnGitToFile(repoPath, LOG_ARGS, file.fd);
  const parser = createLogParser();
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  const stderr: string[] = [];
  let position = 0;
  let exited = false;
  let failure: Error | null = null;
  let onExit: (() => void) | null = null;
  const exit = new Promise<void>((resolve) => {
    onExit = resolve;
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => stderr.push(chunk));
  child.stdin?.on('error', () => undefined);
  child.once('error', (error) => {
    failure ??= error;
    exited = true;
    onExit?.();
  });
  child.once('close', (code, signal) => {
    if (code !== 0 && !signal) failure ??= createGitError(repoPath, LOG_ARGS, code, stderr.join(''));
    exited = true;
    onExit?.();
  });
  child.stdin?.end(`${range.join('\n')}\n`);
  const worker: LogWorker = {
    done: false,
    filled: false,
    async read() {
      if (failure) throw failure;
      // Whether git had exited is noted before reading, so a read that comes back short after it did has
      // seen everything git wrote.
      const finished = exited;
      const { bytesRead } = await file.read(buffer, 0, READ_BYTES, position);
      position += bytesRead;
      worker.filled = bytesRead === READ_BYTES;
      if (bytesRead > 0) return parser.push(decoder.write(buffer.subarray(0, bytesRead)));
      if (!finished) return [];
      if (failure) throw failure;
      worker.done = true;
      const rest = decoder.end();
      return [...(rest === '' ? [] : parser.push(rest)), ...parser.finish()];
    },
    changed(ms) {
      if (exited) return Promise.resolve();
      return Promise.race([exit, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
    },
    async stop() {
      if (!exited) child.kill();
      await file.close().catch(() => undefined);
      // Already gone where an open file can be unlinked; elsewhere (Windows) only now.
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
  return worker;
}
