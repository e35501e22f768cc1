/**
 * Deployments read off the history, for teams whose only deployment trace is in git. Two conventions:
 * a tag matching a glob is a release to production (it happened at the tagger date of an annotated tag, else
 * at the committer date of the tagged commit, the closest a lightweight tag has to a time of its own); or
 * every merge on the first-parent line of a deploy branch is a deployment (trunk-based teams that deploy on
 * merge). Both are recomputed from the whole repository on every run: they are cheap and the upsert keeps
 * them idempotent, so changing the flags later also covers the history already read.
 */
import type { Deployment } from '../../domain/records/index.js';
import { GIT_SOURCE, type MappedTag, parseRawDate } from './map.js';

export interface DeploymentTarget {
  repository: string;
  service: string;
  environment?: string;
}

/** A glob as git's for-each-ref reads one (fnmatch without FNM_PATHNAME): `*` and `?` also match `/`. */
export function compileGlob(glob: string): RegExp {
  let pattern = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i] ?? '';
    if (char === '*') pattern += '.*';
    else if (char === '?') pattern += '.';
    else if (char === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) pattern += '\\[';
      else {
        const body = glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replaceAll('\\', '\\\\');
        pattern += `[${body}]`;
        i = close;
      }
    } else pattern += char.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`);
}

export function toTagDeployments(
  tags: readonly MappedTag[],
  glob: string,
  target: DeploymentTarget,
): Deployment[] {
  const matcher = compileGlob(glob);
  return tags
    .filter(({ tag }) => matcher.test(tag.name))
    .map(({ tag, commitCommittedAt }) => ({
      source: GIT_SOURCE,
      key: `${target.repository}@refs/tags/${tag.name}`,
      service: target.service,
      environment: target.environment ?? 'production',
      finishedAt: tag.taggedAt ?? commitCommittedAt,
      result: 'success',
      commitSha: tag.sha,
      repository: target.repository,
      ref: tag.name,
      method: 'tag',
      unplanned: false,
    }));
}

/** A merge on the deploy branch's first-parent line: its sha and `--date=raw` committer date. */
export interface RawMerge {
  sha: string;
  committerDate: string;
}

export function toMergeDeployments(
  merges: readonly RawMerge[],
  branch: string,
  target: DeploymentTarget,
): Deployment[] {
  return merges.flatMap((merge) => {
    const committed = parseRawDate(merge.committerDate);
    if (!committed) return [];
    return [
      {
        source: GIT_SOURCE,
        key: `${target.repository}@refs/heads/${branch}@${merge.sha}`,
        service: target.service,
        environment: target.environment ?? 'production',
        finishedAt: committed.iso,
        result: 'success' as const,
        commitSha: merge.sha,
        repository: target.repository,
        ref: branch,
        method: 'merge' as const,
        unplanned: false,
      },
    ];
  });
}
