/**
 * One `--numstat` line (`<added>\t<deleted>\t<path>`) to a file change. Rules git follows, and so do we:
 * a binary file shows `-` for both counts; a rename shows `old => new` when the paths share nothing, or
 * `prefix/{old => new}/suffix` around the part that differs, where either side may be empty
 * (`src/{ => api}/x.ts` moved `src/x.ts` down a folder). A path with a quote, backslash or control
 * character is C-quoted (`"tab\there"`), and a rename involving one is written `"old" => "new"` whole, each
 * side quoted only if it needs it; we read git with core.quotePath off, so other UTF-8 is verbatim.
 */
import type { CommitFile } from '../../domain/records/index.js';

export type NumstatResult = { kind: 'file'; file: CommitFile } | { kind: 'invalid'; reason: string };

const COUNT = /^(?:\d+|-)$/;

export function parseNumstatLine(line: string): NumstatResult {
  const firstTab = line.indexOf('\t');
  const secondTab = line.indexOf('\t', firstTab + 1);
  if (firstTab === -1 || secondTab === -1) return invalid(line, 'expected <added>\\t<deleted>\\t<path>');
  const added = line.slice(0, firstTab);
  const deleted = line.slice(firstTab + 1, secondTab);
  const rawPath = line.slice(secondTab + 1);
  if (!COUNT.test(added) || !COUNT.test(deleted) || rawPath === '') {
    return invalid(line, 'expected two counts (digits or -) and a path');
  }
  const binary = added === '-' || deleted === '-';
  const paths = rawPath.includes('"') ? splitQuotedRename(rawPath) : splitRename(rawPath);
  const file: CommitFile = {
    path: paths.path,
    additions: binary ? 0 : Number(added),
    deletions: binary ? 0 : Number(deleted),
  };
  if (paths.oldPath !== undefined) file.oldPath = paths.oldPath;
  if (binary) file.binary = true;
  return { kind: 'file', file };
}

function invalid(line: string, expected: string): NumstatResult {
  return { kind: 'invalid', reason: `numstat line ${JSON.stringify(line)}: ${expected}` };
}

/** Splits git's rename notation into the old and new path; a plain path comes back alone. */
export function splitRename(text: string): { path: string; oldPath?: string } {
  const open = text.indexOf('{');
  const arrow = text.indexOf(' => ', open + 1);
  const close = arrow === -1 ? -1 : text.indexOf('}', arrow);
  if (open !== -1 && arrow !== -1 && close !== -1) {
    const prefix = text.slice(0, open);
    const suffix = text.slice(close + 1);
    return {
      oldPath: joinRenamePart(prefix, text.slice(open + 1, arrow), suffix),
      path: joinRenamePart(prefix, text.slice(arrow + 4, close), suffix),
    };
  }
  const plainArrow = text.indexOf(' => ');
  if (plainArrow !== -1) return { oldPath: text.slice(0, plainArrow), path: text.slice(plainArrow + 4) };
  return { path: text };
}

/** An empty middle leaves `prefix/` + `/suffix`: one of the two slashes goes. */
function joinRenamePart(prefix: string, middle: string, suffix: string): string {
  if (middle === '' && prefix.endsWith('/') && suffix.startsWith('/')) return prefix + suffix.slice(1);
  if (middle === '' && prefix === '' && suffix.startsWith('/')) return suffix.slice(1);
  return prefix + middle + suffix;
}

/** `"old" => new`, `old => "new"` or a lone `"path"`: the forms git uses once a path needs quoting. */
export function splitQuotedRename(text: string): { path: string; oldPath?: string } {
  const first = readPathToken(text, 0);
  if (!text.startsWith(' => ', first.end)) return { path: first.value };
  return { oldPath: first.value, path: readPathToken(text, first.end + 4).value };
}

function readPathToken(text: string, start: number): { value: string; end: number } {
  if (text[start] !== '"') {
    const arrow = text.indexOf(' => ', start);
    const end = arrow === -1 ? text.length : arrow;
    return { value: text.slice(start, end), end };
  }
  let end = start + 1;
  while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
  return { value: unquoteCPath(text.slice(start + 1, end)), end: end + 1 };
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/** Undoes git's C-style escapes inside a quoted path; octal escapes are bytes of UTF-8. */
export function unquoteCPath(inner: string): string {
  const bytes: number[] = [];
  let i = 0;
  while (i < inner.length) {
    const slash = inner.indexOf('\\', i);
    const end = slash === -1 ? inner.length : slash;
    bytes.push(...Buffer.from(inner.slice(i, end), 'utf8'));
    if (slash === -1) break;
    const octal = /^[0-7]{3}/.exec(inner.slice(slash + 1, slash + 4));
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8));
      i = slash + 4;
    } else {
      const next = inner[slash + 1] ?? '';
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i = slash + 2;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
