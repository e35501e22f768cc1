/**
 * One `git log` over a list of commits or from ref tips, its output parsed as the reader asks for it.
 */
import { readSync } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createGitError, spawnGitToFile } from './git-process.js';
import { createLogParser, type RawLogEntry } from './log-parser.js';

/**
 * A larger cache of inflated delta bases than git's 96 MB default: walking a whole history with diffs
 * inflates the same bases again and again once the cache overflows, and 256 MB measured about 20% less git
 * CPU on a 100k-commit history (its memory is git's, freed when the process ends).
 */
const HISTORY_SETTINGS = ['core.deltaBaseCacheLimit=256m'];

/** Bytes of git output parsed at a time: about a thousand commits, so parsed commits never pile up. */
const READ_BYTES = 256 * 1024;

export interface LogWorker {
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
export async function startWorker(
  repoPath: string,
  args: readonly string[],
  input: string,
): Promise<LogWorker> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-git-log-'));
  const file = await open(path.join(dir, 'log'), 'w+');
  await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  const child = spawnGitToFile(repoPath, args, file.fd, HISTORY_SETTINGS);
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
    if (code !== 0 && !signal) failure ??= createGitError(repoPath, args, code, stderr.join(''));
    exited = true;
    onExit?.();
  });
  child.stdin?.end(input);
  const worker: LogWorker = {
    done: false,
    filled: false,
    async read() {
      if (failure) throw failure;
      // Whether git had exited is noted before reading, so a read that comes back short after it did has
      // seen everything git wrote.
      const finished = exited;
      const bytesRead = readSync(file.fd, buffer, 0, READ_BYTES, position);
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
