/**
 * Pure mapping of what git printed to records. Keys are `<repository>@<sha>` for commits and
 * `<repository>@refs/tags/<name>` for tags, so the same repository read twice gives the same ids. Times are
 * ISO 8601 in the author's or committer's own offset (the instant and the local clock in one string), the
 * offset also kept in minutes. A malformed entry becomes one issue naming its sha; the caller skips it.
 */
import type { Issue } from '../../domain/errors.js';
import { type Commit, type CommitFile, type Tag, tagSchema } from '../../domain/records/index.js';
import type { RawLogEntry } from './log-parser.js';
import { parseNumstatLine } from './numstat.js';

export const GIT_SOURCE = 'git';

export type MapResult<T> = { kind: 'record'; record: T } | { kind: 'issue'; issue: Issue };

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** A `--date=raw` value (`1700000000 +0530`) as an ISO instant in that offset, and the offset in minutes. */
export function parseRawDate(raw: string): { iso: string; offsetMinutes: number } | null {
  // Hand-parsed: this runs twice per commit, and a regex plus Date#toISOString measured 4 µs a call.
  const space = raw.indexOf(' ');
  if (space < 1 || raw.length !== space + 6) return null;
  const seconds = Number(raw.slice(0, space));
  const sign = raw[space + 1];
  const hours = Number(raw.slice(space + 2, space + 4));
  const minutes = Number(raw.slice(space + 4, space + 6));
  if (!Number.isSafeInteger(seconds) || seconds < 0 || (sign !== '+' && sign !== '-')) return null;
  if (!Number.isInteger(hours) || !Number.isInteger(minutes) || minutes >= 60) return null;
  const offsetMinutes = (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
  if (Math.abs(offsetMinutes) > 18 * 60) return null;
  const clock = formatClock(seconds + offsetMinutes * 60);
  if (clock === null) return null;
  const suffix =
    offsetMinutes === 0 ? 'Z' : `${sign}${raw.slice(space + 2, space + 4)}:${raw.slice(space + 4)}`;
  return { iso: `${clock}${suffix}`, offsetMinutes };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** `YYYY-MM-DDTHH:MM:SS` of epoch seconds, by the days-from-civil inverse (proleptic Gregorian). */
function formatClock(epochSeconds: number): string | null {
  const days = Math.floor(epochSeconds / 86_400);
  const secondOfDay = epochSeconds - days * 86_400;
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1_460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9_999) return null;
  const hour = Math.floor(secondOfDay / 3_600);
  const minute = Math.floor((secondOfDay % 3_600) / 60);
  const date = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  return `${date}T${pad2(hour)}:${pad2(minute)}:${pad2(secondOfDay % 60)}`;
}

export function toCommitKey(repository: string, sha: string): string {
  return `${repository}@${sha}`;
}

export function toCommit(entry: RawLogEntry, repository: string): MapResult<Commit> {
  const [sha = '', parents = '', authorName = '', authorEmail = '', authorDate = ''] = entry.fields;
  const [, , , , , committerName = '', committerEmail = '', committerDate = '', subject = ''] = entry.fields;
  const fail = (message: string, found?: string): MapResult<Commit> => ({
    kind: 'issue',
    issue: {
      record: `${GIT_SOURCE}:${toCommitKey(repository, sha || '?')}`,
      message,
      ...(found === undefined ? {} : { found }),
    },
  });
  if (entry.fields.length !== 9)
    return fail('has the wrong number of header fields', `${entry.fields.length}`);
  if (!SHA.test(sha)) return fail('has no commit id', sha);
  const parentShas = parents === '' ? [] : parents.split(' ');
  const badParent = parentShas.find((parent) => !SHA.test(parent));
  if (badParent !== undefined) return fail('names a parent that is not a commit id', badParent);
  const authored = parseRawDate(authorDate);
  if (!authored) return fail('has an unreadable author date', authorDate);
  const committed = parseRawDate(committerDate);
  if (!committed) return fail('has an unreadable committer date', committerDate);
  const files: CommitFile[] = [];
  let additions = 0;
  let deletions = 0;
  for (const line of entry.numstat) {
    const parsed = parseNumstatLine(line);
    if (parsed.kind === 'invalid') return fail(`has an unreadable ${parsed.reason}`);
    files.push(parsed.file);
    additions += parsed.file.additions;
    deletions += parsed.file.deletions;
  }
  // Built field by field from values checked above, so the commit schema holds by construction; running
  // zod over every commit measured ~20 µs each, a third of the ingest's own CPU on a large history.
  const record: Commit = {
    source: GIT_SOURCE,
    key: toCommitKey(repository, sha),
    repository,
    sha,
    parents: parentShas,
    authorName,
    authorEmail,
    authoredAt: authored.iso,
    authorOffsetMinutes: authored.offsetMinutes,
    committerName,
    committerEmail,
    committedAt: committed.iso,
    committerOffsetMinutes: committed.offsetMinutes,
    subject,
    additions,
    deletions,
    filesChanged: files.length,
    files,
    services: [],
  };
  return { kind: 'record', record };
}

/** Fields `git for-each-ref` prints per tag, in order, with the format below. */
export const TAG_FIELDS = [
  'refname',
  'objectType',
  'objectSha',
  'peeledType',
  'peeledSha',
  'taggerDate',
  'taggerEmail',
  'commitDate',
  'peeledCommitDate',
] as const;

export const TAG_FORMAT = [
  '%(refname)',
  '%(objecttype)',
  '%(objectname)',
  '%(*objecttype)',
  '%(*objectname)',
  '%(taggerdate:raw)',
  '%(taggeremail)',
  '%(committerdate:raw)',
  '%(*committerdate:raw)',
].join('%00');

/** One tag as for-each-ref printed it: NUL-separated fields in TAG_FIELDS order. */
export interface RawTagEntry {
  fields: string[];
}

/** A tag with the commit time a lightweight tag's deployment falls back to. */
export interface MappedTag {
  tag: Tag;
  /** When the tagged commit was committed, ISO; the stand-in for a lightweight tag's own time. */
  commitCommittedAt: string;
}

export function toTagKey(repository: string, name: string): string {
  return `${repository}@refs/tags/${name}`;
}

export function toTag(entry: RawTagEntry, repository: string): MapResult<MappedTag> {
  const [refname = '', objectType = '', objectSha = '', peeledType = '', peeledSha = ''] = entry.fields;
  const [, , , , , taggerDate = '', taggerEmail = '', commitDate = '', peeledCommitDate = ''] = entry.fields;
  const name = refname.replace(/^refs\/tags\//, '');
  const fail = (message: string, found?: string): MapResult<MappedTag> => ({
    kind: 'issue',
    issue: {
      record: `${GIT_SOURCE}:${toTagKey(repository, name || '?')}`,
      message,
      ...(found === undefined ? {} : { found }),
    },
  });
  if (entry.fields.length !== TAG_FIELDS.length) {
    return fail('has the wrong number of fields', `${entry.fields.length}`);
  }
  const annotated = objectType === 'tag';
  const targetType = annotated ? peeledType : objectType;
  if (targetType !== 'commit') return fail('does not point at a commit', targetType);
  const sha = annotated ? peeledSha : objectSha;
  const committed = parseRawDate(annotated ? peeledCommitDate : commitDate);
  if (!committed) return fail('points at a commit with an unreadable date');
  const tagged = annotated ? parseRawDate(taggerDate) : null;
  const tag: Record<string, unknown> = {
    source: GIT_SOURCE,
    key: toTagKey(repository, name),
    repository,
    name,
    sha,
    annotated,
  };
  if (tagged) tag.taggedAt = tagged.iso;
  const email = taggerEmail.replace(/^<|>$/g, '');
  if (annotated && email !== '') tag.taggerEmail = email;
  const checked = tagSchema.safeParse(tag);
  if (!checked.success) return fail(`does not fit a tag: ${checked.error.issues[0]?.message ?? ''}`);
  return { kind: 'record', record: { tag: checked.data, commitCommittedAt: committed.iso } };
}
