/**
 * Loading a workspace: read every file, validate all of it, resolve every reference, and either return
 * the whole model or throw one WorkspaceError listing every problem found, never only the first, so a
 * person fixes a workspace in one pass. Nothing half-valid is ever returned.
 *
 * Postmortems are the exception to "every file": a workspace may hold thousands, and most commands never
 * look at them, so they are read on the first `postmortems()` call, all at once and with the same rule
 * (every broken postmortem in one error, or none returned). `sextant validate` asks for them up front
 * so their problems are reported with the model's.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { type Issue, WorkspaceError } from '../domain/errors.js';
import type { OrgModel } from '../domain/model.js';
import type { Postmortem } from '../domain/postmortem.js';
import { type WorkspaceConfig, workspaceConfigSchema } from '../domain/workspace-config.js';
import { fromZodIssues } from './issues.js';
import { createModelInput, kindsIn, type ModelFile, readModelFile, WORKSPACE_FILES } from './model-files.js';
import { type PostmortemsRead, readPostmortems } from './postmortems.js';
import { resolveModel } from './resolve.js';
import { checkSourceRefs } from './source-refs.js';
import { type ReadResult, readYamlSource } from './yaml-source.js';

export interface LoadedWorkspace {
  /** Absolute path of the workspace folder. */
  dir: string;
  config: WorkspaceConfig;
  model: OrgModel;
  /**
   * The files that were read, relative to `dir`, in a fixed order: sextant.yaml and the model files,
   * then the postmortems when they were read up front.
   */
  files: string[];
  /**
   * The postmortems in `postmortems/`, front matter validated and people references resolved. Read on
   * the first call and kept (the files do not change under a loaded workspace; a server reloads it);
   * rejects with a WorkspaceError listing every broken postmortem.
   */
  postmortems(): Promise<Postmortem[]>;
}

export interface LoadOptions {
  /**
   * `on-demand` (the default): postmortems are read by the first `postmortems()` call. `up-front`: read
   * now, their problems reported in the one WorkspaceError with the model's, their files in `files`.
   */
  postmortems?: 'on-demand' | 'up-front';
}

const MODEL_FILES: ModelFile[] = ['teams', 'people', 'services', 'dependencies'];

export async function loadWorkspace(dir: string, options: LoadOptions = {}): Promise<LoadedWorkspace> {
  const root = path.resolve(dir);
  await assertWorkspaceFolder(dir, root);

  const configRead = await readYamlSource(root, WORKSPACE_FILES.config);
  if (configRead.kind === 'missing') {
    throw new WorkspaceError(`${root} is not a Sextant workspace`, [
      {
        file: WORKSPACE_FILES.config,
        message: `not a workspace: ${WORKSPACE_FILES.config} is missing`,
        found: 'no sextant.yaml',
        expected: `a sextant.yaml at the workspace root; ${createHint(dir)}`,
      },
    ]);
  }
  const modelReads = await Promise.all(
    MODEL_FILES.map(async (file) => ({ file, read: await readYamlSource(root, WORKSPACE_FILES[file]) })),
  );

  const issues: Issue[] = [];
  const files: string[] = [WORKSPACE_FILES.config];
  const config = readConfig(configRead, issues);
  const input = createModelInput();
  for (const { file, read } of modelReads) {
    if (read.kind === 'missing') continue;
    files.push(WORKSPACE_FILES[file]);
    if (read.kind === 'invalid') {
      issues.push(...read.issues);
      for (const kind of kindsIn(file)) input.unreadable.add(kind);
      continue;
    }
    issues.push(...readModelFile(file, read.source, input));
  }
  const resolved = resolveModel(input);
  issues.push(...resolved.issues);
  if (config && configRead.kind === 'parsed')
    issues.push(...checkSourceRefs(config, configRead.source, input));
  const people = input.unreadable.has('person')
    ? undefined
    : new Set(resolved.model.people.map((person) => person.ref));
  let postmortems: () => Promise<Postmortem[]>;
  if (options.postmortems === 'up-front') {
    const read = await readPostmortems(root, people);
    issues.push(...read.issues);
    files.push(...read.files);
    const ready = Promise.resolve(read.postmortems);
    postmortems = () => ready;
  } else {
    postmortems = readPostmortemsOnce(root, people);
  }

  if (issues.length > 0 || config === undefined) throw toWorkspaceError(root, issues);
  return { dir: root, config, model: resolved.model, files, postmortems };
}

/** The `postmortems()` of a loaded workspace: one read, shared by every caller, its outcome kept. */
function readPostmortemsOnce(root: string, people: ReadonlySet<string> | undefined) {
  let pending: Promise<Postmortem[]> | undefined;
  const check = (read: PostmortemsRead) => {
    if (read.issues.length > 0) throw toWorkspaceError(root, read.issues);
    return read.postmortems;
  };
  return (): Promise<Postmortem[]> => {
    pending ??= readPostmortems(root, people).then(check);
    return pending;
  };
}

function toWorkspaceError(root: string, issues: Issue[]): WorkspaceError {
  const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
  return new WorkspaceError(`The workspace at ${root} has ${count}:`, sortIssues(issues));
}

function readConfig(read: ReadResult, issues: Issue[]): WorkspaceConfig | undefined {
  if (read.kind === 'missing') return undefined;
  if (read.kind === 'invalid') {
    issues.push(...read.issues);
    return undefined;
  }
  const parsed = workspaceConfigSchema.safeParse(read.source.data ?? {});
  if (parsed.success) return parsed.data;
  issues.push(...fromZodIssues(read.source, workspaceConfigSchema, parsed.error.issues));
  return undefined;
}

async function assertWorkspaceFolder(dir: string, root: string): Promise<void> {
  const stats = await stat(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (stats?.isDirectory()) return;
  const problem = stats ? 'is not a folder' : 'does not exist';
  throw new WorkspaceError(`No workspace at ${root}: the path ${problem}`, [
    {
      message: `the workspace folder ${problem}`,
      found: root,
      expected: `a workspace folder; ${createHint(dir)}`,
    },
  ]);
}

function createHint(dir: string): string {
  const arg = /[\s'"]/.test(dir) ? JSON.stringify(dir) : dir;
  return `create one with \`sextant init ${arg}\` (empty) or \`sextant demo ${arg}\` (an example organization)`;
}

/** Issues in file order (as WORKSPACE_FILES lists them), then by position. */
function sortIssues(issues: Issue[]): Issue[] {
  const order: string[] = Object.values(WORKSPACE_FILES);
  // Files outside WORKSPACE_FILES (postmortems) come after the model files.
  const rank = (file: string | undefined) =>
    file === undefined ? -1 : order.includes(file) ? order.indexOf(file) : order.length;
  return [...issues].sort(
    (a, b) =>
      rank(a.file) - rank(b.file) ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}
