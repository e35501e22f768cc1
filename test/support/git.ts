/** Running git in a test repository, isolated from the machine's git configuration. */
import { execFileSync } from 'node:child_process';

export interface GitIdentity {
  author: { name: string; email: string };
  committer: { name: string; email: string };
}

/**
 * A function running git in `repo` with fixed identities and no system or user configuration (`home`
 * stands in for HOME); `date` (`<epoch> <±hhmm>`) sets both times when given, else git uses the clock.
 */
export function createGitRunner(
  repo: string,
  home: string,
  identity: GitIdentity,
): (args: string[], date?: string) => string {
  return (args, date) =>
    execFileSync('git', args, {
      cwd: repo,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: identity.author.name,
        GIT_AUTHOR_EMAIL: identity.author.email,
        GIT_COMMITTER_NAME: identity.committer.name,
        GIT_COMMITTER_EMAIL: identity.committer.email,
        ...(date === undefined ? {} : { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }),
        GIT_CONFIG_NOSYSTEM: '1',
        HOME: home,
      },
    }).trim();
}
