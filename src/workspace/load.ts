/**
 * Loading a workspace: read every file, validate all of it, resolve every reference, and either return
 * the whole model or throw one WorkspaceError listing every problem found, never only the first, so a
 * person fixes a workspace in one pass. Nothing half-valid is ever returned.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { type Issue, WorkspaceError } from '../domain/errors.js';
import type { OrgModel } from '../domain/model.js';
import type { Postmortem } from '../domain/postmortem.js';
import { type WorkspaceConfig, workspaceConfigSchema } from '../domain/workspace-config.js';
import { fromZodIssues } from './issues.js';
import { createModelInput, kindsIn, type ModelFile, readModelFile, WORKSPACE_FILES } from './model-files.js';
import { readPostmortems } from './postmortems.js';
import { resolveModel } from './resolve.js';
import { checkSourceRefs } from './source-refs.js';
import { type ReadResult, readYamlSource } from './yaml-source.js';

export interface LoadedWorkspace {
  /** Absolute path of the workspace folder. */
  dir: string;
  config: WorkspaceConfig;
  model: OrgModel;
  /** The files that were read, relative to `dir`, in a fixed order. */
  files: string[];
  /** The postmortems in `postmortems/`, front matter validated and people references resolved. */
  postmortems: Postmortem[];
}

const MODEL_FILES: ModelFile[] = ['teams', 'people', 'services', 'dependencies'];

export async function loadWorkspace(dir: string): Promise<LoadedWorkspace> {
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
  const postmortems = await readPostmortems(root, people);
  issues.push(...postmortems.issues);
  files.push(...postmortems.files);

  if (issues.length > 0 || config === undefined) {
    const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
    throw new WorkspaceError(`The workspace at ${root} has ${count}:`, sortIssues(issues));
  }
  return { dir: root, config, model: resolved.model, files, postmortems: postmortems.postmortems };
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
