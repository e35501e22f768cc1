/**
 * Creating an empty workspace. It never overwrites: a folder that already holds a workspace (or any of
 * the files init would write) is refused as a whole before anything is written, so a mistyped path
 * cannot wipe someone's model. An existing `.gitignore` is kept and only gains the `.sextant/` line.
 */
import { appendFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConflictError, InputError } from '../domain/errors.js';
import { WORKSPACE_FILES } from './model-files.js';
import { GITIGNORE, GITIGNORE_ENTRY, GITIGNORE_FILE, renderWorkspaceFiles } from './templates.js';

export interface InitOptions {
  /** The organization's name; the folder name when left out. */
  orgName?: string;
}

/** Writes a new workspace into `dir` (created if missing) and returns the files written, relative to it. */
export async function initWorkspace(dir: string, options: InitOptions = {}): Promise<string[]> {
  const root = path.resolve(dir);
  const orgName = (options.orgName ?? path.basename(root)).trim();
  if (orgName === '' || /[\r\n]/.test(orgName)) {
    throw new InputError('The organization name must be one line of text', [
      {
        path: 'orgName',
        message: 'invalid organization name',
        found: JSON.stringify(orgName),
        expected: 'one non-empty line',
      },
    ]);
  }
  const files = renderWorkspaceFiles(orgName);
  const existing = await findExisting(root, Object.keys(files));
  if (existing.length > 0) {
    const what = existing.includes(WORKSPACE_FILES.config)
      ? 'is already a workspace'
      : `already has ${existing.join(', ')}`;
    throw new ConflictError(
      `${root} ${what}; nothing was written. Choose an empty folder, or run \`sextant -w ${dir} validate\` to check it.`,
    );
  }

  await mkdir(path.join(root, 'model'), { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    // `wx` fails instead of overwriting, should a file appear after the check above.
    await writeFile(path.join(root, file), content, { encoding: 'utf8', flag: 'wx' }).catch(
      (error: NodeJS.ErrnoException) => {
        throw error.code === 'EEXIST'
          ? new ConflictError(`${file} appeared in ${root} while it was being created`, { cause: error })
          : error;
      },
    );
  }
  return [...Object.keys(files), ...(await ensureGitignore(root))];
}

/** Adds `.sextant/` to the folder's `.gitignore`; returns the file when it changed. */
async function ensureGitignore(root: string): Promise<string[]> {
  const file = path.join(root, GITIGNORE_FILE);
  const current = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (current === undefined) {
    await writeFile(file, GITIGNORE, 'utf8');
    return [GITIGNORE_FILE];
  }
  const lines = current.split(/\r?\n/).map((line) => line.trim());
  if (lines.includes(GITIGNORE_ENTRY) || lines.includes('.sextant')) return [];
  await appendFile(
    file,
    `${current === '' || current.endsWith('\n') ? '' : '\n'}${GITIGNORE_ENTRY}\n`,
    'utf8',
  );
  return [GITIGNORE_FILE];
}

async function findExisting(root: string, files: string[]): Promise<string[]> {
  const found = await Promise.all(
    files.map((file) =>
      stat(path.join(root, file)).then(
        () => file,
        () => undefined,
      ),
    ),
  );
  return found.filter((file): file is string => file !== undefined);
}
