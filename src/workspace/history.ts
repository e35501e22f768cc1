/**
 * The workspace as it was committed on a past date, read from the git repository the workspace lives in.
 *
 * Rules and reasons:
 * - "On a date" means by the end of that day in the workspace's time zone, so a reorganization merged
 *   on the evening of 31 March in Berlin belongs to 31 March whatever the machine's zone.
 * - The commit is the last one whose committer date is on or before that instant and that touched one
 *   of the files the loader reads (sextant.yaml and the model files). The committer date is when the
 *   change landed in the repository, which is what "the model at that date" means; an author date can
 *   be months older on a long-lived branch.
 * - The workspace may be a subfolder of the repository: paths are taken relative to the top of the work
 *   tree and prefixed with the workspace's place in it.
 * - The files of that commit are written to a temporary folder, loaded with the ordinary loader (so an
 *   old model is validated exactly like a current one) and the folder is removed, whatever happens.
 * - Git is run directly, never through a library, with a fixed locale and no terminal prompt. Not being
 *   in a git work tree, git missing, or no commit before the date are answers (`unavailable`, with the
 *   reason), not errors: the caller falls back to effective dates.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { InputError, WorkspaceError } from '../domain/errors.js';
import type { OrgModel } from '../domain/model.js';
import type { WorkspaceConfig } from '../domain/workspace-config.js';
import { startOfLocalDay } from '../metrics/calendar.js';
import { loadWorkspace } from './load.js';
import { WORKSPACE_FILES } from './model-files.js';

export type WorkspaceAtDate =
  | {
      kind: 'loaded';
      /** Full hash of the commit the model was read from. */
      commit: string;
      /** Its committer date, ISO 8601 with the committer's offset. */
      committedAt: string;
      config: WorkspaceConfig;
      model: OrgModel;
    }
  | { kind: 'unavailable'; reason: string };

interface WorkTree {
  /** Top of the git work tree. */
  root: string;
  /** The workspace's folder relative to `root`, with a trailing slash, or '' at the top. */
  prefix: string;
}

const MAX_OUTPUT = 512 * 1024 * 1024;

/** The model files committed in the workspace's repository as of the end of `date` in `timeZone`. */
export async function loadWorkspaceAtDate(
  dir: string,
  date: string,
  timeZone: string,
): Promise<WorkspaceAtDate> {
  const tree = await findWorkTree(path.resolve(dir));
  if ('reason' in tree) return tree;
  const files = Object.values(WORKSPACE_FILES).map((file) => `${tree.prefix}${file}`);
  const until = new Date(endOfLocalDay(date, timeZone).getTime() - 1000)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z');
  const log = await runGit(tree.root, [
    'log',
    '-1',
    '--format=%H%x00%cI',
    `--before=${until}`,
    '--',
    ...files,
  ]);
  const [commit, committedAt] = log.trim().split('\0');
  if (!commit || !committedAt) {
    return {
      kind: 'unavailable',
      reason: `no commit touching the workspace files was made on or before ${date} (${timeZone})`,
    };
  }
  const present = (await runGit(tree.root, ['ls-tree', '-r', '--name-only', commit, '--', ...files]))
    .split('\n')
    .filter((line) => line !== '');
  const temporary = await mkdtemp(path.join(os.tmpdir(), 'sextant-as-of-'));
  try {
    for (const file of Object.values(WORKSPACE_FILES)) {
      const target = path.join(temporary, file);
      const committed = present.includes(`${tree.prefix}${file}`);
      // Without a committed sextant.yaml the model is read with today's settings.
      if (!committed && file !== WORKSPACE_FILES.config) continue;
      const content = committed
        ? await runGit(tree.root, ['show', `${commit}:${tree.prefix}${file}`])
        : await readCurrentConfig(dir);
      if (content === undefined) continue;
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content, 'utf8');
    }
    const loaded = await loadWorkspace(temporary);
    return { kind: 'loaded', commit, committedAt, config: loaded.config, model: loaded.model };
  } catch (error) {
    if (error instanceof WorkspaceError) {
      const count = error.issues.length;
      return {
        kind: 'unavailable',
        reason: `the workspace files of commit ${commit.slice(0, 12)} do not load (${count} problem${count === 1 ? '' : 's'}, first: ${error.issues[0]?.file ?? ''} ${error.issues[0]?.message ?? error.message})`,
      };
    }
    throw error;
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
}

/** The instant the day after `date` begins in `timeZone`: the exclusive end of `date`. */
export function endOfLocalDay(date: string, timeZone: string): Date {
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return startOfLocalDay(next, timeZone);
}

async function findWorkTree(dir: string): Promise<WorkTree | { kind: 'unavailable'; reason: string }> {
  try {
    const [root, prefix] = (await runGit(dir, ['rev-parse', '--show-toplevel', '--show-prefix'])).split('\n');
    if (!root) return { kind: 'unavailable', reason: `${dir} is not inside a git work tree` };
    return { root, prefix: prefix ?? '' };
  } catch (error) {
    if (error instanceof GitUnavailable) return { kind: 'unavailable', reason: error.message };
    throw error;
  }
}

function readCurrentConfig(dir: string): Promise<string | undefined> {
  return readFile(path.join(dir, WORKSPACE_FILES.config), 'utf8').catch(() => undefined);
}

/** Git cannot answer for this folder: not installed, or the folder is not in a work tree. */
class GitUnavailable extends Error {}

function runGit(cwd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      // Literal pathspecs: a workspace folder named with `*` or `:` is a path, not a pattern.
      [
        '-C',
        cwd,
        '--literal-pathspecs',
        '-c',
        'core.quotePath=false',
        '-c',
        'log.showSignature=false',
        ...args,
      ],
      {
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        maxBuffer: MAX_OUTPUT,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return reject(new GitUnavailable('git is not installed or not on PATH'));
        const detail = stderr.trim().split('\n').slice(0, 3).join(' ');
        if (/not a git repository/i.test(detail)) {
          return reject(new GitUnavailable(`${cwd} is not inside a git work tree`));
        }
        if (/dubious ownership/i.test(detail)) {
          return reject(new GitUnavailable(`git refuses to read ${cwd}: ${detail}`));
        }
        if (/does not have any commits yet|bad default revision/i.test(detail)) {
          return resolve('');
        }
        reject(
          new InputError(`git ${args[0] ?? ''} in ${cwd} failed (exit ${String(code)}): ${detail}`, [], {
            cause: error,
          }),
        );
      },
    );
  });
}
