/**
 * Markdown files that open with YAML front matter (postmortems/, decisions/): the front matter is parsed
 * with the line numbers it has in the file, so an issue points at the Markdown file's own line and
 * column; the body is kept line by line and split into sections by heading.
 */
import { readdir } from 'node:fs/promises';
import type { Issue } from '../domain/errors.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';

/** A Markdown heading and the lines under it, up to the next heading of any level. */
export interface MarkdownSection {
  heading: string;
  /** 1-based line of the heading in the file. */
  line: number;
  /** The section's lines, each with its 1-based line number in the file. */
  lines: { line: number; text: string }[];
}

export interface FrontMatterFile {
  source: YamlSource;
  /** The lines after the closing `---`, each with its 1-based line number in the file. */
  body: { line: number; text: string }[];
}

/** The `.md` files of `dir`, sorted by name; none when the folder does not exist. */
export async function listMarkdownFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Splits one file's bytes into its parsed front matter and its body. `noun` names the document in the
 * message when the front matter is missing ("the postmortem has no front matter").
 */
export function parseFrontMatter(
  file: string,
  bytes: Uint8Array,
  noun: string,
): FrontMatterFile | { issues: Issue[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      issues: [{ file, line: 1, message: 'the file is not valid UTF-8 text', expected: 'UTF-8 text' }],
    };
  }
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return {
      issues: [
        {
          file,
          line: 1,
          column: 1,
          message: `the ${noun} has no front matter`,
          found: JSON.stringify((lines[0] ?? '').slice(0, 40)),
          expected: 'a first line "---" opening the YAML front matter',
        },
      ],
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close === -1) {
    return {
      issues: [
        {
          file,
          line: lines.length,
          message: 'the front matter is never closed',
          found: 'the end of the file',
          expected: 'a line "---" after the front matter',
        },
      ],
    };
  }
  // A blank first line stands in for the opening "---", so YAML positions are the file's own.
  const read = parseYamlSource(file, ['', ...lines.slice(1, close)].join('\n'));
  if (read.kind !== 'parsed') return { issues: read.kind === 'invalid' ? read.issues : [] };
  const body = lines.slice(close + 1).map((line, index) => ({ line: close + 2 + index, text: line }));
  return { source: read.source, body };
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/** Sections by heading; text before the first heading belongs to no section. Fenced code is skipped. */
export function splitSections(body: readonly { line: number; text: string }[]): MarkdownSection[] {
  const sections: MarkdownSection[] = [];
  let current: MarkdownSection | undefined;
  let fenced = false;
  for (const entry of body) {
    if (/^\s*(```|~~~)/.test(entry.text)) fenced = !fenced;
    const match = fenced ? null : HEADING.exec(entry.text);
    if (match) {
      current = { heading: match[2] ?? '', line: entry.line, lines: [] };
      sections.push(current);
    } else if (current) {
      current.lines.push(entry);
    }
  }
  return sections;
}
