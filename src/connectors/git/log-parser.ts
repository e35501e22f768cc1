/**
 * Incremental parser of `git log --numstat` output in the format below, fed text chunks as they arrive so
 * the whole output is never held. Each commit starts with a header line opened by the record separator
 * (0x1E) whose fields are NUL-separated; the numstat lines of that commit follow. Parsing by lines, not by
 * splitting on 0x1E, keeps a subject that happens to contain 0x1E intact: only a line's first character
 * opens a commit, and numstat lines start with a digit or `-`.
 */

/** Fields of the header line, in order; dates are `--date=raw` (`<epoch seconds> <±hhmm>`). */
export const LOG_FIELDS = [
  'sha',
  'parents',
  'authorName',
  'authorEmail',
  'authorDate',
  'committerName',
  'committerEmail',
  'committerDate',
  'subject',
] as const;

/** The `--format` that produces the header line; pass it with `--date=raw`. */
export const LOG_FORMAT = `%x1e${['%H', '%P', '%an', '%ae', '%ad', '%cn', '%ce', '%cd', '%s'].join('%x00')}`;

const RECORD_SEPARATOR = '\x1e';

/** One commit as git printed it, not yet checked: header fields and the raw numstat lines. */
export interface RawLogEntry {
  fields: string[];
  numstat: string[];
}

export interface LogParser {
  /** Parses a chunk; returns the commits completed by it (a commit completes when the next one starts). */
  push(chunk: string): RawLogEntry[];
  /** Ends the input; returns the last commit, if any. */
  finish(): RawLogEntry[];
}

export function createLogParser(): LogParser {
  let rest = '';
  let current: RawLogEntry | null = null;
  const readLine = (line: string, done: RawLogEntry[]) => {
    if (line.startsWith(RECORD_SEPARATOR)) {
      if (current) done.push(current);
      current = { fields: line.slice(1).split('\0'), numstat: [] };
    } else if (line !== '' && current) {
      current.numstat.push(line);
    }
  };
  return {
    push(chunk) {
      const done: RawLogEntry[] = [];
      const text = rest + chunk;
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        readLine(text.slice(start, end), done);
        start = end + 1;
      }
      rest = text.slice(start);
      return done;
    },
    finish() {
      const done: RawLogEntry[] = [];
      if (rest !== '') readLine(rest, done);
      rest = '';
      if (current) done.push(current);
      current = null;
      return done;
    },
  };
}

/** Parses a whole output at once; for tests and small reads. */
export function parseLog(text: string): RawLogEntry[] {
  const parser = createLogParser();
  return [...parser.push(text), ...parser.finish()];
}
