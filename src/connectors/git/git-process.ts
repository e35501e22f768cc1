/**
 * Running `git` itself, never a library: what the user's git reads is what we read. Every call pins the
 * settings that change the shape of output we parse, whatever the user's configuration says.
 */
import { type ChildProcess, type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { InputError } from '../../domain/errors.js';

/** Paths print as UTF-8 (not octal escapes); signatures and colour never interleave with our format. */
const PINNED_CONFIG = ['-c', 'core.quotePath=false', '-c', 'log.showSignature=false', '-c', 'color.ui=false'];

export function spawnGit(repoPath: string, args: readonly string[]): ChildProcessWithoutNullStreams {
  return spawn('git', ['-C', repoPath, ...PINNED_CONFIG, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
}

/**
 * Like spawnGit, but git writes its output straight into an open file (`stdout`, a descriptor); `settings`
 * are extra `name=value` configuration for this run only.
 */
export function spawnGitToFile(
  repoPath: string,
  args: readonly string[],
  stdout: number,
  settings: readonly string[] = [],
): ChildProcess {
  const config = settings.flatMap((setting) => ['-c', setting]);
  return spawn('git', ['-C', repoPath, ...PINNED_CONFIG, ...config, ...args], {
    stdio: ['pipe', stdout, 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
}

/** Runs git to completion and returns its stdout; for outputs that are small by nature (refs, lists). */
export function runGit(repoPath: string, args: readonly string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(repoPath, args);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.once('error', (error) => reject(describeSpawnError(error)));
    child.once('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(createGitError(repoPath, args, code, Buffer.concat(err).toString('utf8')));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

export function createGitError(
  repoPath: string,
  args: readonly string[],
  code: number | null,
  stderr: string,
): Error {
  const detail = stderr.trim().split('\n').slice(0, 5).join('\n');
  if (/not a git repository/i.test(detail)) {
    return new InputError(`${repoPath} is not a git repository (git said: ${detail})`);
  }
  return new Error(`git ${args[0] ?? ''} in ${repoPath} exited with ${code}: ${detail}`);
}

function describeSpawnError(error: Error & { code?: string }): Error {
  if (error.code === 'ENOENT')
    return new InputError('git is not installed or not on PATH', [], { cause: error });
  return error;
}
