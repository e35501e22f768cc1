/**
 * Loading a workspace: read every file, validate all of it, resolve every reference, and either return
 * the whole model or throw one WorkspaceError listing every problem found, never only the first, so a
 * person fixes a workspace in one pass. Nothing half-valid is ever returned.
 *
 * Postmortems are the exception to "every file": a workspace may hold thousands, and most commands never
 * look at them, so they are read on the first `postmortems()` call, all at once and with the same rule
 * (every broken postmortem in one error, or none returned). `sextant validate` asks for them up front
 * so their problems are reported with the model's.
 *
 * Decision rights and rituals are small and read with the model. The sensitive people-private.yaml is
 * read only by `peoplePrivate()` (or up front for `sextant validate`), so the commands that show the org
 * never load compensation or performance data.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { DecisionRights } from '../domain/decision-rights.js';
import { type Issue, WorkspaceError } from '../domain/errors.js';
import type { OrgModel } from '../domain/model.js';
import type { PersonPrivate } from '../domain/person-private.js';
import type { Postmortem } from '../domain/postmortem.js';
import type { Ritual } from '../domain/ritual.js';
import { type WorkspaceConfig, workspaceConfigSchema } from '../domain/workspace-config.js';
import { DECISION_RIGHTS_FILE, type ModelDirectory, parseDecisionRights } from './decision-rights.js';
import type { Governance, GovernanceDirectory } from './governance/index.js';
import { fromZodIssues } from './issues.js';
import { createModelInput, kindsIn, type ModelFile, readModelFile, WORKSPACE_FILES } from './model-files.js';
import { loadPeoplePrivate, PEOPLE_PRIVATE_FILE, type PeoplePrivateRead } from './people-private.js';
import { type PostmortemsRead, readPostmortems } from './postmortems.js';
import { resolveModel } from './resolve.js';
import { parseRituals, RITUALS_FILE } from './rituals.js';
import { checkSourceRefs } from './source-refs.js';
import { type ReadResult, readYamlSource, type YamlSource } from './yaml-source.js';

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
  /** model/decision-rights.yaml, parties resolved; empty when the file is absent. */
  decisionRights: DecisionRights;
  /** model/rituals.yaml, owners and audiences resolved, cadences completed; empty when absent. */
  rituals: Ritual[];
  /**
   * model/people-private.yaml, the sensitive fields. Read on the first call (never by loading alone) and
   * kept; rejects with a WorkspaceError listing every problem. Callers check the reader's role first
   * (services/people-private.service.ts): this is the raw read.
   */
  peoplePrivate(): Promise<PersonPrivate[]>;
  /**
   * The planning and governance files (OKRs, roadmap, capacity, experiments, maturity, registers, decision
   * records). Read on the first call and kept; rejects with a WorkspaceError listing every problem.
   */
  governance(): Promise<Governance>;
}

export interface LoadOptions {
  /**
   * `on-demand` (the default): postmortems are read by the first `postmortems()` call. `up-front`: read
   * now, their problems reported in the one WorkspaceError with the model's, their files in `files`.
   */
  postmortems?: 'on-demand' | 'up-front';
  /**
   * `on-demand` (the default): people-private.yaml is read by the first `peoplePrivate()` call.
   * `up-front`: read now so `sextant validate` reports its problems with the rest (values redacted).
   */
  peoplePrivate?: 'on-demand' | 'up-front';
  /** `on-demand` (the default): the governance files are read by the first `governance()` call. */
  governance?: 'on-demand' | 'up-front';
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
  const [modelReads, rightsRead, ritualsRead] = await Promise.all([
    Promise.all(
      MODEL_FILES.map(async (file) => ({ file, read: await readYamlSource(root, WORKSPACE_FILES[file]) })),
    ),
    readYamlSource(root, DECISION_RIGHTS_FILE),
    readYamlSource(root, RITUALS_FILE),
  ]);

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
  const directory: ModelDirectory = {
    people: input.unreadable.has('person') ? undefined : resolved.model.people,
    teams: input.unreadable.has('team') ? undefined : resolved.model.teams,
    declared: new Set(input.declarations.map((declaration) => declaration.ref)),
  };
  const rightsParsed = readGovernanceFile(DECISION_RIGHTS_FILE, rightsRead, files, issues, (source) =>
    parseDecisionRights(source, directory),
  );
  const decisionRights = rightsParsed?.rights;
  const rituals = readGovernanceFile(RITUALS_FILE, ritualsRead, files, issues, (source) =>
    parseRituals(
      source,
      // Roles are checked against decision-rights.yaml `roles:` only when that list could be read.
      {
        ...directory,
        extraRoles: decisionRights?.roles ?? [],
        checkRoles: rightsRead.kind === 'missing' || rightsParsed?.rolesRead === true,
      },
      config ?? { timezone: 'UTC', fiscalYearStart: 1 },
    ),
  )?.rituals;
  const governanceContext = {
    root,
    config: config ?? workspaceConfigSchema.parse({ org: { name: 'unreadable' } }),
    model: resolved.model,
    directory: toGovernanceDirectory(resolved.model, input, directory.declared),
  };
  // The governance readers are loaded only when a command reads those files.
  const readGovernance = async () =>
    (await import('./governance/index.js')).readGovernance(governanceContext);
  const [privateRead, postmortemsRead, governanceRead] = await Promise.all([
    options.peoplePrivate === 'up-front' ? loadPeoplePrivate(root, people) : undefined,
    options.postmortems === 'up-front' ? readPostmortems(root, people) : undefined,
    options.governance === 'up-front' ? readGovernance() : undefined,
  ]);
  let peoplePrivate: () => Promise<PersonPrivate[]>;
  if (privateRead) {
    issues.push(...privateRead.issues);
    if (privateRead.file) files.push(privateRead.file);
    const ready = Promise.resolve(privateRead.people);
    peoplePrivate = () => ready;
  } else {
    peoplePrivate = readPeoplePrivateOnce(root, people);
  }
  let postmortems: () => Promise<Postmortem[]>;
  if (postmortemsRead) {
    issues.push(...postmortemsRead.issues);
    files.push(...postmortemsRead.files);
    const ready = Promise.resolve(postmortemsRead.postmortems);
    postmortems = () => ready;
  } else {
    postmortems = readPostmortemsOnce(root, people);
  }
  let governance: () => Promise<Governance>;
  if (governanceRead) {
    issues.push(...governanceRead.issues);
    files.push(...governanceRead.files);
    const ready = Promise.resolve(governanceRead.value);
    governance = () => ready;
  } else {
    governance = readOnce(root, readGovernance);
  }

  if (issues.length > 0 || config === undefined) throw toWorkspaceError(root, issues);
  return {
    dir: root,
    config,
    model: resolved.model,
    files,
    postmortems,
    decisionRights: decisionRights ?? { roles: [], decisions: [], escalations: [] },
    rituals: rituals ?? [],
    peoplePrivate,
    governance,
  };
}

function toGovernanceDirectory(
  model: OrgModel,
  input: ReturnType<typeof createModelInput>,
  declared: ReadonlySet<string> | undefined,
): GovernanceDirectory {
  const refs = (items: readonly { ref: string }[]) => new Set(items.map((item) => item.ref));
  const catalogKinds = ['service', 'system', 'domain', 'api', 'resource'] as const;
  return {
    people: input.unreadable.has('person') ? undefined : refs(model.people),
    teams: input.unreadable.has('team') ? undefined : refs(model.teams),
    catalog: catalogKinds.some((kind) => input.unreadable.has(kind))
      ? undefined
      : refs([...model.services, ...model.systems, ...model.domains, ...model.apis, ...model.resources]),
    declared: declared ?? new Set(),
  };
}

/** A lazily read part of the workspace: one read on first use, its outcome kept; its issues reject. */
function readOnce<T>(root: string, read: () => Promise<{ value: T; issues: Issue[] }>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= read().then((outcome) => {
      if (outcome.issues.length > 0) throw toWorkspaceError(root, outcome.issues);
      return outcome.value;
    });
    return pending;
  };
}

/** Reads one optional model file outside the entity lists: absent is fine, its issues join the rest. */
function readGovernanceFile<T extends { issues: Issue[] }>(
  file: string,
  read: ReadResult,
  files: string[],
  issues: Issue[],
  parse: (source: YamlSource) => T,
): T | undefined {
  if (read.kind === 'missing') return undefined;
  files.push(file);
  if (read.kind === 'invalid') {
    issues.push(...read.issues);
    return undefined;
  }
  const parsed = parse(read.source);
  issues.push(...parsed.issues);
  return parsed;
}

/** The `peoplePrivate()` of a loaded workspace: one read on first use, its outcome kept. */
function readPeoplePrivateOnce(root: string, people: ReadonlySet<string> | undefined) {
  let pending: Promise<PersonPrivate[]> | undefined;
  const check = (read: PeoplePrivateRead) => {
    if (read.issues.length > 0) throw toWorkspaceError(root, read.issues);
    return read.people;
  };
  return (): Promise<PersonPrivate[]> => {
    pending ??= loadPeoplePrivate(root, people).then(check);
    return pending;
  };
}

/** The `postmortems()` of a loaded workspace: one read, shared by every caller, its outcome kept. */
/**
 * The loaded workspace with its postmortems to be read afresh on next use, the rest as loaded: for the
 * process that has just written to `postmortems/` (an action item added), so its next reads show the write.
 */
export function withPostmortemsReread(workspace: LoadedWorkspace): LoadedWorkspace {
  const people = new Set(workspace.model.people.map((person) => person.ref));
  return { ...workspace, postmortems: readPostmortemsOnce(workspace.dir, people) };
}

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
  const order: string[] = [
    ...Object.values(WORKSPACE_FILES),
    DECISION_RIGHTS_FILE,
    RITUALS_FILE,
    PEOPLE_PRIVATE_FILE,
  ];
  // Files outside this list (postmortems) come after the model files.
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
