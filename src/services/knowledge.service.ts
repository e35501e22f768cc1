/**
 * Knowledge concentration ("hero culture" evidence) per repository and per service, from git authorship:
 * who authors which files (degree of authorship) and the truck factor, after Avelino et al. (2016); see
 * `src/assess/truck-factor.ts` and docs/organization/knowledge.md.
 *
 * Rules and reasons:
 * - A repository's files are every path its commits touched (renames folded into the new path). A service's
 *   files are those of the repositories it declares, counted together; services declare no paths, so a
 *   repository shared by several services counts fully for each.
 * - Developers are people: a git email resolves through the workspace's identities (people.yaml, then an
 *   exact email match) before anything is counted, so one person committing from two addresses is one
 *   developer. An email that resolves to nobody, or to several people, stays itself; nothing is guessed.
 * - Without a window, the authorship rollup answers (brought up to date first when the commits changed);
 *   a window that leaves out some of a repository's commits is computed from those commits directly.
 */
import { z } from 'zod';
import { foldFileHistories } from '../assess/file-lineage.js';
import { assessKnowledgeConcentration } from '../assess/truck-factor.js';
import { groupBy } from '../domain/collections.js';
import { InputError, NotFoundError } from '../domain/errors.js';
import { dateSchema, instantSchema } from '../domain/primitives.js';
import { toRefString } from '../domain/refs.js';
import { shiftDayKey, startOfLocalDay } from '../metrics/calendar.js';
import { buildIdentityIndex, resolveActor } from '../metrics/identities.js';
import {
  type AuthoredWindow,
  type AuthorshipRow,
  type CommitAuthorRow,
  hasCommits,
  listAuthorship,
  listAuthorshipInWindow,
  listAuthorshipStamps,
  listCommitAuthors,
  listCommitRepositories,
  listLatestCommitIds,
  type RenameRow,
  rebuildAuthorship,
} from '../store/index.js';
import type { AppContext } from './context.js';

export interface KnowledgeAuthor {
  /** The person's reference, or the raw git email when it maps to no single person. */
  author: string;
  person: string | null;
  filesAuthored: number;
  fileShare: number;
  commits: number;
  commitShare: number;
}

export interface KnowledgeConcentration {
  scope: { kind: 'repository' | 'service'; ref: string };
  /** null when the scope has no files (no commits in the window). */
  truckFactor: number | null;
  files: number;
  /** The top authors, most files authored first (at most 20). */
  authors: KnowledgeAuthor[];
  /** The top author's share of the files. */
  topAuthorShare: number;
  /** A few of the top author's latest commits, as evidence. */
  recordIds?: string[];
  /** Commits in the scope and window. */
  commits: number;
  /** Files with at least one author. */
  coveredFiles: number;
  /** The developers whose leaving orphans more than half of the files, in the order they leave. */
  truckFactorAuthors: string[];
}

export interface KnowledgeOptions {
  repository?: string;
  service?: string;
  /** First day (YYYY-MM-DD, workspace time zone) or instant of the commits counted. */
  since?: string;
  /** Last day (inclusive) or instant (exclusive) of the commits counted; all history when left out. */
  asOf?: string;
}

const MAX_AUTHORS = 20;
const EVIDENCE_COMMITS = 5;

const dayOrInstant = z.union([dateSchema, instantSchema]);
export const knowledgeQuerySchema = z.strictObject({
  repository: z.string().min(1).optional(),
  service: z.string().min(1).optional(),
  since: dayOrInstant.optional(),
  asOf: dayOrInstant.optional(),
});

interface ScopeSpec {
  kind: 'repository' | 'service';
  ref: string;
  repositories: string[];
}

export async function readKnowledgeConcentration(
  context: AppContext,
  options: KnowledgeOptions,
): Promise<KnowledgeConcentration[]> {
  const query = parseOptions(options);
  const window = toWindow(query, context.workspace.config.timezone);
  const scopes = await resolveScopes(context, query);
  const repositories = [...new Set(scopes.flatMap((scope) => scope.repositories))].sort();
  const commitRows = await listCommitAuthors(context.store, repositories, window);
  const facts = await loadAuthorship(context, repositories, commitRows, window);
  const resolve = createResolver(context);
  // Indexed by repository once, so each of thousands of scopes reads only its own rows.
  const byRepository = {
    rows: groupBy(facts.rows, (row) => row.repository),
    renames: groupBy(facts.renames, (row) => row.repository),
    commits: groupBy(commitRows, (row) => row.repository),
  };
  return Promise.all(
    scopes.map((scope) => {
      const pick = <T>(groups: Map<string, T[]>) =>
        scope.repositories.flatMap((repo) => groups.get(repo) ?? []);
      const own = { rows: pick(byRepository.rows), renames: pick(byRepository.renames) };
      return assessScope(context, scope, own, pick(byRepository.commits), resolve, window);
    }),
  );
}

function parseOptions(options: KnowledgeOptions): z.output<typeof knowledgeQuerySchema> {
  const result = knowledgeQuerySchema.safeParse(options);
  if (result.success) return result.data;
  throw new InputError(
    'Invalid knowledge concentration query',
    result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
      found: JSON.stringify((options as Record<string, unknown>)[String(issue.path[0])]),
      expected:
        issue.path[0] === 'since' || issue.path[0] === 'asOf' ? 'YYYY-MM-DD or an ISO instant' : undefined,
    })),
  );
}

function toWindow(query: { since?: string; asOf?: string }, timeZone: string): AuthoredWindow {
  const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);
  const from =
    query.since === undefined
      ? null
      : isDay(query.since)
        ? startOfLocalDay(query.since, timeZone)
        : new Date(query.since);
  let to: Date | null = null;
  if (query.asOf !== undefined) {
    if (!isDay(query.asOf)) to = new Date(query.asOf);
    else to = startOfLocalDay(shiftDayKey(query.asOf, 1), timeZone);
  }
  if (from && to && from >= to) {
    throw new InputError('Invalid knowledge concentration query', [
      {
        path: 'since',
        message: 'the window ends before it starts',
        found: query.since,
        expected: `a day before ${query.asOf}`,
      },
    ]);
  }
  return { from, to };
}

async function resolveScopes(
  context: AppContext,
  query: { repository?: string; service?: string },
): Promise<ScopeSpec[]> {
  const { model } = context.workspace;
  const toRef = (text: string, kind: 'repository' | 'service', field: string) => {
    try {
      return toRefString(text, kind);
    } catch (error) {
      throw new InputError('Invalid knowledge concentration query', [
        {
          path: field,
          message: (error as Error).message,
          found: JSON.stringify(text),
          expected: `a ${kind} name`,
        },
      ]);
    }
  };
  const serviceScope = (service: (typeof model.services)[number]): ScopeSpec => ({
    kind: 'service',
    ref: service.ref,
    repositories: service.repositories.map((repo) => toRef(repo, 'repository', 'repositories')),
  });
  const declared = model.repositories.map((repo) => repo.ref);
  const scopes: ScopeSpec[] = [];
  if (query.repository === undefined && query.service === undefined) {
    const withCommits = await listCommitRepositories(context.store);
    for (const ref of [...new Set([...withCommits, ...declared])].sort())
      scopes.push({ kind: 'repository', ref, repositories: [ref] });
    for (const service of [...model.services].sort((a, b) => a.ref.localeCompare(b.ref)))
      scopes.push(serviceScope(service));
    return scopes;
  }
  if (query.repository !== undefined) {
    const ref = toRef(query.repository, 'repository', 'repository');
    if (!declared.includes(ref) && !(await hasCommits(context.store, ref))) {
      throw new NotFoundError(
        `No repository ${ref}: no commits are stored for it and the workspace declares none by that name`,
      );
    }
    scopes.push({ kind: 'repository', ref, repositories: [ref] });
  }
  if (query.service !== undefined) {
    const ref = toRef(query.service, 'service', 'service');
    const service = model.services.find((candidate) => candidate.ref === ref);
    if (!service) throw new NotFoundError(`No service ${ref} in the workspace (model/services.yaml)`);
    scopes.push(serviceScope(service));
  }
  return scopes;
}

interface AuthorshipFacts {
  rows: AuthorshipRow[];
  renames: RenameRow[];
}

/** The authorship rows of the repositories: from the rollup (rebuilt where stale) or the window's commits. */
async function loadAuthorship(
  context: AppContext,
  repositories: string[],
  commitRows: readonly CommitAuthorRow[],
  window: AuthoredWindow,
): Promise<AuthorshipFacts> {
  const totals = new Map<string, { commits: number; inWindow: number; rewrittenAt: number }>();
  for (const row of commitRows) {
    const total = totals.get(row.repository) ?? { commits: 0, inWindow: 0, rewrittenAt: 0 };
    total.commits += row.commits;
    total.inWindow += row.inWindow;
    total.rewrittenAt = Math.max(total.rewrittenAt, row.rewrittenAt?.getTime() ?? 0);
    totals.set(row.repository, total);
  }
  const stamps = new Map(
    (await listAuthorshipStamps(context.store, repositories)).map((s) => [s.repository, s]),
  );
  const fromRollup: string[] = [];
  const fromWindow: string[] = [];
  for (const repository of repositories) {
    const total = totals.get(repository);
    if (!total || total.inWindow === 0) continue;
    if (total.inWindow < total.commits) {
      fromWindow.push(repository);
      continue;
    }
    const stamp = stamps.get(repository);
    if (!stamp || stamp.commits !== total.commits || total.rewrittenAt > stamp.refreshedAt.getTime())
      await rebuildAuthorship(context.store, repository);
    fromRollup.push(repository);
  }
  const rolled =
    fromRollup.length > 0 ? await listAuthorship(context.store, fromRollup) : { rows: [], renames: [] };
  const windowed =
    fromWindow.length > 0
      ? await listAuthorshipInWindow(context.store, fromWindow, window)
      : { rows: [], renames: [] };
  return { rows: [...rolled.rows, ...windowed.rows], renames: [...rolled.renames, ...windowed.renames] };
}

interface Developer {
  key: string;
  person: string | null;
}

/** Git email → developer: the person when exactly one matches, else the email (case folded for the key). */
function createResolver(context: AppContext): (email: string) => Developer {
  const index = buildIdentityIndex(context.workspace.model.people);
  const cache = new Map<string, Developer>();
  return (email) => {
    const folded = email.trim().toLowerCase();
    let developer = cache.get(folded);
    if (!developer) {
      const resolution = resolveActor(index, { system: 'git', id: email });
      developer =
        resolution.kind === 'person'
          ? { key: resolution.person, person: resolution.person }
          : { key: email, person: null };
      cache.set(folded, developer);
    }
    return developer;
  };
}

async function assessScope(
  context: AppContext,
  scope: ScopeSpec,
  facts: AuthorshipFacts,
  /** Like `facts`, only the rows of the scope's own repositories. */
  commitRows: readonly CommitAuthorRow[],
  resolve: (email: string) => Developer,
  window: AuthoredWindow,
): Promise<KnowledgeConcentration> {
  const developers = new Map<string, Developer>();
  const developerOf = (email: string): Developer => {
    const developer = resolve(email);
    developers.set(developer.key, developer);
    return developer;
  };
  const fileOf = (repository: string, path: string) => `${repository}\u0000${path}`;
  const histories = foldFileHistories(
    facts.rows.map((row) => ({
      file: fileOf(row.repository, row.path),
      developer: developerOf(row.authorEmail).key,
      changes: row.changes,
      firstAt: row.firstAt.getTime(),
    })),
    facts.renames.map((rename) => ({
      from: fileOf(rename.repository, rename.oldPath),
      to: fileOf(rename.repository, rename.path),
      at: rename.renamedAt.getTime(),
    })),
  );
  const { truckFactor } = assessKnowledgeConcentration(histories);

  const commitsBy = new Map<string, { commits: number; emails: Set<string> }>();
  let commits = 0;
  for (const row of commitRows) {
    if (row.inWindow === 0) continue;
    const developer = developerOf(row.authorEmail);
    const entry = commitsBy.get(developer.key) ?? { commits: 0, emails: new Set<string>() };
    entry.commits += row.inWindow;
    entry.emails.add(row.authorEmail);
    commitsBy.set(developer.key, entry);
    commits += row.inWindow;
  }
  const files = truckFactor.kind === 'value' ? truckFactor.files : 0;
  const filesBy = new Map(
    truckFactor.kind === 'value' ? truckFactor.authors.map((a) => [a.author, a.files]) : [],
  );
  const keys = new Set([...filesBy.keys(), ...commitsBy.keys()]);
  const authors = [...keys]
    .map((key) => {
      const filesAuthored = filesBy.get(key) ?? 0;
      const authored = commitsBy.get(key)?.commits ?? 0;
      return {
        author: key,
        person: developers.get(key)?.person ?? null,
        filesAuthored,
        fileShare: files === 0 ? 0 : filesAuthored / files,
        commits: authored,
        commitShare: commits === 0 ? 0 : authored / commits,
      };
    })
    .sort(
      (a, b) =>
        b.filesAuthored - a.filesAuthored || b.commits - a.commits || a.author.localeCompare(b.author),
    )
    .slice(0, MAX_AUTHORS);
  const top = authors[0];
  const topEmails = top ? [...(commitsBy.get(top.author)?.emails ?? [])] : [];
  const recordIds =
    topEmails.length > 0
      ? await listLatestCommitIds(context.store, scope.repositories, topEmails, window, EVIDENCE_COMMITS)
      : [];
  return {
    scope: { kind: scope.kind, ref: scope.ref },
    truckFactor: truckFactor.kind === 'value' && commits > 0 ? truckFactor.truckFactor : null,
    files,
    authors,
    topAuthorShare: top?.fileShare ?? 0,
    recordIds,
    commits,
    coveredFiles: truckFactor.kind === 'value' ? truckFactor.coveredFiles : 0,
    truckFactorAuthors: truckFactor.kind === 'value' ? truckFactor.removed : [],
  };
}
