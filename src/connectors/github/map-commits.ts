/**
 * Commits GitHub shows us: those of a pull request (REST, with parents and both dates) and those of a
 * push webhook (one timestamp, no parents). Keys are `owner/name/commit/<sha>`, so the same commit seen
 * through both paths is one record. The subject is the first line of the message.
 */
import { z } from 'zod';
import { type Commit, commitSchema } from '../../domain/records/index.js';
import type { PullRequestCommitFacts } from './map-pull-requests.js';
import { type Mapped, parsePayload, validateRecord } from './mapped.js';
import type { RepositoryContext } from './repository.js';

const personSchema = z.object({ name: z.string().nullish(), email: z.string().nullish(), date: z.string() });

const pullRequestCommitSchema = z.object({
  sha: z.string().regex(/^[0-9a-f]{7,64}$/, 'a hexadecimal commit id'),
  parents: z.array(z.object({ sha: z.string() })).default([]),
  commit: z.object({ author: personSchema, committer: personSchema, message: z.string().default('') }),
  stats: z.object({ additions: z.number().int(), deletions: z.number().int() }).nullish(),
});

export function mapPullRequestCommit(payload: unknown, repo: RepositoryContext): Mapped<Commit> {
  const id = `github:${repo.fullName}/commit/${readSha(payload) ?? '?'}`;
  const parsed = parsePayload(pullRequestCommitSchema, payload, id);
  if (parsed.kind === 'invalid') return parsed;
  const { sha, parents, commit, stats } = parsed.value;
  return validateRecord(
    commitSchema,
    {
      source: 'github',
      key: `${repo.fullName}/commit/${sha}`,
      repository: repo.ref,
      sha,
      parents: parents.map((parent) => parent.sha),
      authorName: commit.author.name ?? '',
      authorEmail: commit.author.email ?? '',
      authoredAt: commit.author.date,
      authorOffsetMinutes: readOffsetMinutes(commit.author.date),
      committerName: commit.committer.name ?? '',
      committerEmail: commit.committer.email ?? '',
      committedAt: commit.committer.date,
      committerOffsetMinutes: readOffsetMinutes(commit.committer.date),
      subject: toSubject(commit.message),
      additions: stats?.additions ?? 0,
      deletions: stats?.deletions ?? 0,
    },
    id,
  );
}

/** What a pull request needs of its commits: their ids and the earliest authored time. */
export function readPullRequestCommitFacts(commit: Commit): PullRequestCommitFacts {
  return { sha: commit.sha, authoredAt: commit.authoredAt };
}

const pushCommitSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{7,64}$/, 'a hexadecimal commit id'),
  timestamp: z.string(),
  message: z.string().default(''),
  author: z.object({ name: z.string().nullish(), email: z.string().nullish() }),
  committer: z.object({ name: z.string().nullish(), email: z.string().nullish() }),
});

/** A push names one timestamp per commit; it stands for both the authored and the committed time. */
export function mapPushCommit(payload: unknown, repo: RepositoryContext): Mapped<Commit> {
  const sha = (payload as { id?: unknown } | null)?.id;
  const id = `github:${repo.fullName}/commit/${typeof sha === 'string' ? sha : '?'}`;
  const parsed = parsePayload(pushCommitSchema, payload, id);
  if (parsed.kind === 'invalid') return parsed;
  const commit = parsed.value;
  const offset = readOffsetMinutes(commit.timestamp);
  return validateRecord(
    commitSchema,
    {
      source: 'github',
      key: `${repo.fullName}/commit/${commit.id}`,
      repository: repo.ref,
      sha: commit.id,
      authorName: commit.author.name ?? '',
      authorEmail: commit.author.email ?? '',
      authoredAt: commit.timestamp,
      authorOffsetMinutes: offset,
      committerName: commit.committer.name ?? '',
      committerEmail: commit.committer.email ?? '',
      committedAt: commit.timestamp,
      committerOffsetMinutes: offset,
      subject: toSubject(commit.message),
    },
    id,
  );
}

function toSubject(message: string): string {
  return message.split('\n', 1)[0]?.trim() ?? '';
}

/** `…+05:30` → 330, `…Z` → 0: the committer's local clock, which GitHub keeps in push timestamps. */
function readOffsetMinutes(instant: string): number {
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(instant);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function readSha(payload: unknown): string | undefined {
  const value = (payload as { sha?: unknown } | null)?.sha;
  return typeof value === 'string' ? value : undefined;
}
