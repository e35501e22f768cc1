/**
 * Keeping a long-running process's workspace current. `sextant serve` and `sextant mcp` load the workspace
 * once; a key result checked in from the CLI, a register edited and pulled from git, or a postmortem added
 * by hand changes the files under them. `watchWorkspace` notices such changes and reloads; the MCP tools
 * that write workspace files reload at once through `reloadWorkspace`.
 *
 * Rules and reasons:
 * - A reload validates the whole workspace first, as `sextant validate` does (registers, OKRs, postmortems
 *   and private people data included). A workspace with problems is not taken: the process keeps serving
 *   the one it had and logs the problems with their file:line, so a half-saved file never empties a
 *   dashboard.
 * - The model's mirror in the store is replaced first (`syncModel`), then the new workspace replaces
 *   `context.workspace` in one assignment, so a failed step leaves the process as it was. Figures cached
 *   per loaded workspace (the data version digests it) are recomputed on their next read.
 * - Source and report schedules are read when their schedulers start; `onReload` tells the caller what
 *   changed so it can start them again (serve-until-stopped.ts does).
 * - Reloads of one context run one at a time; changes that arrive during a reload cause one more.
 * - Only workspace files are watched: YAML and Markdown outside dot-folders and node_modules, so the
 *   embedded database (`.sextant/`), `.git` and editors' swap files never cause a reload.
 */
import path from 'node:path';
import { type FSWatcher, watch } from 'chokidar';
import { WorkspaceError } from '../domain/errors.js';
import { type LoadedWorkspace, loadWorkspace } from '../workspace/index.js';
import type { AppContext } from './context.js';
import { syncModel } from './sync.service.js';
import { WHOLE_WORKSPACE } from './workspace.service.js';

const running = new WeakMap<AppContext, Promise<unknown>>();

/**
 * Loads the workspace afresh and, when it is valid, serves it from now on and mirrors its model in the
 * store. A WorkspaceError (the files have problems) leaves the context as it was and is thrown.
 */
export function reloadWorkspace(context: AppContext): Promise<void> {
  const previous = running.get(context) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const loaded = await loadWorkspace(context.workspace.dir, WHOLE_WORKSPACE);
      await syncModel({ ...context, workspace: loaded });
      context.workspace = loaded;
    });
  running.set(context, next);
  return next;
}

export interface ReloadOutcome {
  /** Workspace-relative paths of the files that changed. */
  changed: string[];
  /** Why the reload was not taken; the workspace before it stays. */
  error?: Error;
  /** The workspace served before a reload that was taken. */
  previous?: LoadedWorkspace;
}

export interface WorkspaceWatcher {
  /** Resolves once the watcher reads the folder, so a change made after it is seen. */
  ready: Promise<void>;
  /** The folders watched, relative to the workspace (`''` for its root), for diagnostics. */
  watchedFolders(): string[];
  stop(): Promise<void>;
}

/** Files a workspace is made of; anything else in its folder is not the workspace's business. */
export function isWorkspaceFile(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return false;
  if (relative.split(path.sep).some(isSkippedName)) return false;
  return /\.(ya?ml|md)$/i.test(relative);
}

/**
 * Reloads the workspace `quietMs` after its files stop changing, logging what changed and how the reload
 * went. `onReload` hears each outcome (for tests and for the caller's own follow-up).
 */
export function watchWorkspace(
  context: AppContext,
  options: {
    log: (line: string) => void;
    quietMs?: number;
    onReload?: (outcome: ReloadOutcome) => void | Promise<void>;
  },
): WorkspaceWatcher {
  const root = context.workspace.dir;
  const quietMs = options.quietMs ?? 300;
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const reload = async () => {
    timer = undefined;
    const files = [...changed].sort();
    changed.clear();
    const started = performance.now();
    const previous = context.workspace;
    let outcome: ReloadOutcome;
    try {
      await reloadWorkspace(context);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      options.log(`Reloaded the workspace in ${seconds} s after changes to ${describeFiles(files)}`);
      outcome = { changed: files, previous };
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      options.log(
        error instanceof WorkspaceError
          ? `The workspace changed (${describeFiles(files)}) but is not valid, so the one loaded before stays in use. ${failure.message}`
          : `Reloading the workspace after changes to ${describeFiles(files)} failed: ${failure.message}`,
      );
      outcome = { changed: files, error: failure };
    }
    try {
      await options.onReload?.(outcome);
    } catch (error) {
      options.log(`After reloading the workspace: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    // Dot-folders (the embedded database, .git) are never entered; other files are watched only if they
    // are workspace files.
    ignored: (file, stats) => {
      const relative = path.relative(root, file);
      if (relative === '') return false;
      if (relative.split(path.sep).some(isSkippedName)) return true;
      return stats?.isFile() === true && !isWorkspaceFile(root, file);
    },
  });
  watcher.on('all', (_event, file) => {
    if (!isWorkspaceFile(root, file)) return;
    changed.add(path.relative(root, file));
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void reload(), quietMs);
  });
  watcher.on('error', (error) => options.log(`Watching the workspace failed: ${String(error)}`));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    watchedFolders: () =>
      Object.keys(watcher.getWatched())
        .map((folder) => path.relative(root, folder))
        // chokidar lists the root's parent too, for the root entry itself.
        .filter((folder) => !folder.startsWith('..')),
    stop: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running.get(context)?.catch(() => undefined);
    },
  };
}

/** A dot-folder or dot-file (the embedded database, .git, swap files), or installed packages. */
function isSkippedName(part: string): boolean {
  return part.startsWith('.') || part === 'node_modules';
}

function describeFiles(files: string[]): string {
  const shown = files.slice(0, 3).join(', ');
  return files.length > 3 ? `${shown} and ${files.length - 3} more` : shown;
}
