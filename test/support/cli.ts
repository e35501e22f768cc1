/** Runs the `sextant` CLI from source in a child process, as a user would run it. */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'src', 'cli', 'main.ts');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function spawnCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): ChildProcess {
  // The caller's shell settings must not leak into the child: only what the test passes counts.
  const { SEXTANT_WORKSPACE: _workspace, DATABASE_URL: _database, ...inherited } = process.env;
  const env = { ...inherited, ...options.env };
  return spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, options);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Resolves with the first stderr line matching `pattern`, collecting stdout meanwhile. */
export function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
): Promise<{ match: RegExpMatchArray; stdout: () => string; stderr: () => string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
      const match = stderr.match(pattern);
      if (match) resolve({ match, stdout: () => stdout, stderr: () => stderr });
    });
    child.once('close', (code) => reject(new Error(`exited with ${code} before ${pattern}:\n${stderr}`)));
  });
}
