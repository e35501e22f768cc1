/**
 * Makes the demo workspace a git repository whose history holds the organization before the year's
 * reorganization: the earlier model files a month before the new team was formed, the model as generated
 * on the day it was formed, and the year's data on asOf. As-of views then read the past from git as they
 * would in a real workspace.
 *
 * Best effort by design: without git, inside an existing git work tree (a nested repository would
 * surprise its owner), or when git refuses, the demo is still written, only without history. Commits
 * carry their own identity and skip hooks and signing, so the user's configuration cannot break them.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DemoHistory } from './earlier-org.js';
import type { DemoFile } from './yaml-files.js';

const IDENTITY = { name: 'Sextant demo', email: 'demo@fernwood.example' };

/** Runs git in `dir`; resolves false instead of failing. */
function tryGit(dir: string, args: readonly string[], date?: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(
      'git',
      [
        '-C',
        dir,
        '-c',
        'commit.gpgsign=false',
        '-c',
        'core.hooksPath=/dev/null',
        '-c',
        'core.looseCompression=1',
        ...args,
      ],
      {
        env: {
          ...process.env,
          GIT_TERMINAL_PROMPT: '0',
          GIT_AUTHOR_NAME: IDENTITY.name,
          GIT_AUTHOR_EMAIL: IDENTITY.email,
          GIT_COMMITTER_NAME: IDENTITY.name,
          GIT_COMMITTER_EMAIL: IDENTITY.email,
          ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
        },
      },
      (error) => resolve(error === null),
    );
  });
}

async function writeFiles(dir: string, files: readonly DemoFile[]): Promise<void> {
  for (const file of files) {
    const target = path.join(dir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content, 'utf8');
  }
}

export interface HistoryStep {
  /** Day of the commit, `YYYY-MM-DD`; committed at 10:00 UTC. */
  date: string;
  message: string;
  /** Files written before the commit; only these are committed, or everything with `all`. */
  files: readonly DemoFile[];
  all?: boolean;
}

/**
 * Writes and commits each step in turn, oldest first. Returns whether the whole history was made; every
 * step's files are written either way.
 */
export async function writeWithHistory(dir: string, steps: readonly HistoryStep[]): Promise<boolean> {
  await mkdir(dir, { recursive: true });
  // Inside someone's repository a nested one would surprise them; the demo is then written without history.
  const nested = await tryGit(dir, ['rev-parse', '--is-inside-work-tree']);
  let committing = !nested && (await tryGit(dir, ['init', '-q']));
  for (const step of steps) {
    await writeFiles(dir, step.files);
    if (!committing) continue;
    const paths = step.all ? ['-A'] : ['--', ...step.files.map((file) => file.path)];
    committing =
      (await tryGit(dir, ['add', ...paths])) &&
      (await tryGit(dir, ['commit', '-q', '--no-verify', '-m', step.message], `${step.date}T10:00:00Z`));
  }
  return committing;
}

/** The demo's three commits: the earlier organization, the reorganization, then the rest of the workspace. */
export function listHistorySteps(history: DemoHistory, files: readonly DemoFile[]): HistoryStep[] {
  const model = files.filter((file) => file.path === 'sextant.yaml' || file.path.startsWith('model/'));
  const ignore = files.some((file) => file.path === '.gitignore')
    ? []
    : // Observed data is loaded into the store, not reviewed in git (DESIGN principle 1); committing the
      // 40 MB of data/ would only make `sextant demo` slower.
      [{ path: '.gitignore', content: '.sextant/\ndata/\n' }];
  return [
    {
      date: history.earlierDate,
      message: 'The organization before Customer Care was formed',
      files: history.earlierFiles,
    },
    { date: history.reorganizedOn, message: 'Form Customer Care from fulfilment', files: model },
    {
      date: history.asOf,
      message: 'Postmortems, governance files and the README',
      files: [...files, ...ignore],
      all: true,
    },
  ];
}
