/**
 * What a git ingest will read, worked out before the store is opened: the repository's name, its refs, and
 * a digest of everything besides new commits that its records derive from (tips, tags, names and
 * deployment rules). Equal digests and a cursor holding every tip mean a run would write nothing.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { type GitRefs, readRefs } from '../connectors/git/client.js';
import { InputError } from '../domain/errors.js';
import { NAME_PATTERN } from '../domain/refs.js';

export interface GitDeploymentOptions {
  /** Service the deployments belong to; the repository name when absent. */
  service?: string | undefined;
  /** Tags matching this glob (`v*`, `release-*`) are production deployments. */
  tags?: string | undefined;
  /** Every merge on this branch's first-parent line is a production deployment. */
  branch?: string | undefined;
}

export interface GitIngestRequest {
  /** The repository folder (a work tree or a bare repository). */
  path: string;
  /** Repository name the records carry; the folder name when absent. */
  repository?: string | undefined;
  /** Extra ref namespaces to read, e.g. `refs/remotes`; local branches and tags are always read. */
  includeRefs?: readonly string[] | undefined;
  deployments?: GitDeploymentOptions | undefined;
}

export interface GitIngestPlan {
  repoPath: string;
  repository: string;
  /** Service of detected deployments. */
  service: string;
  refs: GitRefs;
  digest: string;
}

export async function planGitIngest(request: GitIngestRequest): Promise<GitIngestPlan> {
  const repoPath = path.resolve(request.path);
  const repository = request.repository ?? deriveRepositoryName(repoPath);
  assertName(repository, 'repository name', '--repository');
  const service = request.deployments?.service ?? repository;
  if (request.deployments?.tags || request.deployments?.branch)
    assertName(service, 'service name', '--service');
  const refs = await readRefs(repoPath, { includeRefs: request.includeRefs });
  const digest = createHash('sha256')
    .update(JSON.stringify({ refs, repository, deployments: request.deployments ?? null }))
    .digest('hex');
  return { repoPath, repository, service, refs, digest };
}

/** The folder name, lower-cased, other characters as dashes; `name.git` (a bare repository) drops `.git`. */
export function deriveRepositoryName(repoPath: string): string {
  const folder =
    path.basename(repoPath) === '.git' ? path.basename(path.dirname(repoPath)) : path.basename(repoPath);
  return folder
    .replace(/\.git$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function assertName(name: string, what: string, flag: string): void {
  if (!NAME_PATTERN.test(name)) {
    throw new InputError(
      `"${name}" is not a valid ${what}: use lower-case letters and digits joined by dashes, dots or underscores (${flag})`,
    );
  }
}
