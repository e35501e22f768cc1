/**
 * Reading okrs/<quarter>.yaml: every file, objective and key result validated on its own, then the links
 * between them checked across files (unique ids, parents one level up in the same quarter). A file's name
 * and its `quarter:` agree; check-ins fall inside the fiscal quarter. With any issue no objective is
 * returned, only the ids written, so files linking to an objective are not reported a second time.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from '../../domain/errors.js';
import {
  type KeyResult,
  keyResultSchema,
  LEVEL_RANK,
  type Objective,
  type OkrQuarter,
  type Okrs,
  objectiveSchema,
  okrFileSchema,
} from '../../domain/okr.js';
import { quarterSpan } from '../../domain/okr-quarter.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { checkDeclaredRef } from '../side-file.js';
import {
  locate,
  type PathSegment,
  parseYamlSource,
  readYamlSource,
  type YamlSource,
} from '../yaml-source.js';
import { checkServiceRef } from './links.js';
import { checkMetricLink } from './okr-metric-link.js';
import type { GovernanceReadContext, PartRead } from './part.js';

export const OKRS_DIR = 'okrs';
const FILE_PATTERN = /^(\d{4}-Q[1-4])\.yaml$/;

/**
 * Reads every OKR file. `overrides` replaces the text of files (relative paths) with an edit not yet
 * written, so an edit is checked with the rest of the files before it is saved.
 */
export async function readOkrs(
  context: GovernanceReadContext,
  overrides: ReadonlyMap<string, string> = new Map(),
): Promise<PartRead<Okrs>> {
  const names = await listOkrFiles(context.root);
  const issues: Issue[] = [];
  const files = names.map((name) => `${OKRS_DIR}/${name}`);
  const drafts: Draft[] = [];
  const quarters: OkrQuarter[] = [];
  for (const file of files) {
    const text = overrides.get(file);
    const read = text === undefined ? await readYamlSource(context.root, file) : parseYamlSource(file, text);
    if (read.kind === 'missing') continue;
    if (read.kind === 'invalid') {
      issues.push(...read.issues);
      continue;
    }
    const quarter = readFile(read.source, context, drafts, issues);
    if (quarter) quarters.push(quarter);
  }
  const ids = drafts.flatMap((draft) => [
    draft.objective.id,
    ...draft.objective.keyResults.map((kr) => kr.id),
  ]);
  checkIds(drafts, issues);
  checkParents(drafts, issues);
  const objectives = issues.length > 0 ? [] : drafts.map((draft) => draft.objective);
  return { value: { quarters: issues.length > 0 ? [] : quarters, objectives, ids }, issues, files };
}

/** Every objective and key-result id, for the registers' links. */
export function collectOkrIds(okrs: Okrs): Set<string> {
  return new Set(okrs.ids);
}

/** The OKR files, by name; an absent folder holds none. Other files in it are reported by `readFile`. */
async function listOkrFiles(root: string): Promise<string[]> {
  try {
    const entries = await readdir(path.join(root, OKRS_DIR), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

interface Draft {
  source: YamlSource;
  /** Path of the objective in its file. */
  at: PathSegment[];
  objective: Objective;
  /** Paths of its key results, in order. */
  keyResultsAt: PathSegment[][];
}

function readFile(
  source: YamlSource,
  context: GovernanceReadContext,
  drafts: Draft[],
  issues: Issue[],
): OkrQuarter | undefined {
  const name = path.posix.basename(source.file);
  const named = FILE_PATTERN.exec(name)?.[1];
  if (!named) {
    issues.push({
      file: source.file,
      line: 1,
      column: 1,
      message: 'an OKR file is named for its fiscal quarter',
      found: name,
      expected: 'a name like 2026-Q4.yaml',
    });
    return undefined;
  }
  const top = okrFileSchema.safeParse(source.data ?? {});
  if (!top.success) {
    issues.push(...fromZodIssues(source, okrFileSchema, top.error.issues));
    return undefined;
  }
  const { quarter } = top.data;
  if (quarter !== named) {
    issues.push(
      issueAt(source, ['quarter'], {
        message: 'the quarter differs from the file name',
        found: quarter,
        expected: `${named}, as the file is named ${name}`,
      }),
    );
    return undefined;
  }
  const span = quarterSpan(quarter, context.config.fiscalYearStart);
  top.data.objectives.forEach((item, index) => {
    const draft = readObjective(source, item, ['objectives', index], quarter, span, context, issues);
    if (draft) drafts.push(draft);
  });
  return { ...span, file: source.file };
}

function readObjective(
  source: YamlSource,
  item: unknown,
  at: PathSegment[],
  quarter: string,
  span: { from: string; to: string },
  context: GovernanceReadContext,
  issues: Issue[],
): Draft | undefined {
  const parsed = objectiveSchema.safeParse(item);
  if (!parsed.success) {
    issues.push(...fromZodIssues(source, objectiveSchema, parsed.error.issues, at));
    return undefined;
  }
  const spec = parsed.data;
  const { people, teams } = context.directory;
  const owner = checkDeclaredRef(source, 'person', spec.owner, [...at, 'owner'], people, issues).ref;
  let team: string | null = null;
  if (spec.team !== undefined)
    team = checkDeclaredRef(source, 'team', spec.team, [...at, 'team'], teams, issues).ref;
  else if (spec.level === 'team')
    issues.push(
      issueAt(source, at, {
        message: 'a team-level objective names its team',
        found: 'no team',
        expected: 'team: NAME, a team declared in model/teams.yaml',
      }),
    );
  const linkedTeams = spec.teams.map(
    (text, index) => checkDeclaredRef(source, 'team', text, [...at, 'teams', index], teams, issues).ref,
  );
  const services = spec.services.map((text, index) =>
    checkServiceRef(source, text, [...at, 'services', index], context.directory, issues),
  );
  const keyResults: KeyResult[] = [];
  const keyResultsAt: PathSegment[][] = [];
  spec.keyResults.forEach((entry, index) => {
    const krAt = [...at, 'keyResults', index];
    const kr = readKeyResult(source, entry, krAt, spec.id, owner, span, context, issues);
    if (kr) {
      keyResults.push(kr);
      keyResultsAt.push(krAt);
    }
  });
  const objective: Objective = {
    id: spec.id,
    title: spec.title,
    quarter,
    level: spec.level,
    owner,
    team,
    parent: spec.parent ?? null,
    teams: linkedTeams,
    services,
    keyResults,
    at: { file: source.file, ...locate(source, at) },
  };
  return { source, at, objective, keyResultsAt };
}

function readKeyResult(
  source: YamlSource,
  entry: unknown,
  at: PathSegment[],
  objective: string,
  objectiveOwner: string,
  span: { from: string; to: string },
  context: GovernanceReadContext,
  issues: Issue[],
): KeyResult | undefined {
  const parsed = keyResultSchema.safeParse(entry);
  if (!parsed.success) {
    issues.push(...fromZodIssues(source, keyResultSchema, parsed.error.issues, at));
    return undefined;
  }
  const spec = parsed.data;
  const before = issues.length;
  const owner =
    spec.owner === undefined
      ? objectiveOwner
      : checkDeclaredRef(source, 'person', spec.owner, [...at, 'owner'], context.directory.people, issues)
          .ref;
  const linked = spec.metric
    ? checkMetricLink(source, spec.metric, spec.unit, [...at, 'metric'], context, issues)
    : undefined;
  const checkIns = [...(spec.checkIns ?? [])];
  checkIns.forEach((checkIn, index) => {
    if (checkIn.date < span.from || checkIn.date > span.to)
      issues.push(
        issueAt(source, [...at, 'checkIns', index, 'date'], {
          message: 'the check-in is dated outside the quarter',
          found: checkIn.date,
          expected: `a day from ${span.from} to ${span.to}`,
        }),
      );
  });
  if (issues.length > before) return undefined;
  return {
    id: spec.id,
    title: spec.title,
    objective,
    owner,
    unit: linked?.unit ?? spec.unit ?? 'count',
    baseline: spec.baseline ?? null,
    target: spec.target,
    metric: linked?.link ?? null,
    checkIns: checkIns.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    at: { file: source.file, ...locate(source, at) },
  };
}

/** Objective and key-result ids are unique across every OKR file (one name space: links name either). */
function checkIds(drafts: readonly Draft[], issues: Issue[]): void {
  const seen = new Map<string, string>();
  const claim = (id: string, source: YamlSource, at: PathSegment[]) => {
    const where = `${source.file}:${locate(source, at).line}`;
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, where);
      return;
    }
    issues.push(
      issueAt(source, at, {
        message: `the id "${id}" is used twice`,
        found: `${id}, first used at ${first}`,
        expected: 'an id used by one objective or key result across all OKR files',
      }),
    );
  };
  for (const draft of drafts) {
    claim(draft.objective.id, draft.source, [...draft.at, 'id']);
    draft.keyResultsAt.forEach((at, index) => {
      claim(draft.objective.keyResults[index]?.id ?? '', draft.source, [...at, 'id']);
    });
  }
}

/** A parent is an objective of the same quarter one level or more above (company → engineering → team). */
function checkParents(drafts: readonly Draft[], issues: Issue[]): void {
  const objectives = new Map(drafts.map((draft) => [draft.objective.id, draft.objective]));
  for (const { source, at, objective } of drafts) {
    const where = [...at, 'parent'];
    if (objective.parent === null) continue;
    const parent = objectives.get(objective.parent);
    const fail = (message: string, found: string, expected: string) =>
      issues.push(issueAt(source, where, { message, found, expected }));
    if (objective.level === 'company')
      fail('a company objective has no parent', objective.parent, 'no parent');
    else if (!parent)
      fail(
        `unknown parent objective "${objective.parent}"`,
        objective.parent,
        'the id of an objective in okrs/',
      );
    else if (parent.quarter !== objective.quarter)
      fail(
        'the parent objective is of another quarter',
        `${parent.id} (${parent.quarter})`,
        `an objective of ${objective.quarter}`,
      );
    else if (LEVEL_RANK[parent.level] <= LEVEL_RANK[objective.level])
      fail(
        `a ${objective.level} objective serves an objective above it`,
        `${parent.id} (${parent.level})`,
        objective.level === 'team' ? 'an engineering or company objective' : 'a company objective',
      );
  }
}
