/**
 * Reading the workspace's postmortems: every `postmortems/*.md` file, its YAML front matter validated
 * and its people references resolved against the declared people, its body split into sections. Front
 * matter is parsed with the line numbers it has in the file, so an issue points at the Markdown file's
 * own line and column. A broken file yields issues and no postmortem; one file never hides another's.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from '../domain/errors.js';
import {
  type Postmortem,
  type PostmortemFrontMatter,
  type PostmortemSection,
  postmortemFrontMatterSchema,
} from '../domain/postmortem.js';
import { fromZodIssues, issueAt } from './issues.js';
import { checkDeclaredRef } from './side-file.js';
import { locate, type PathSegment, parseYamlSource, type YamlSource } from './yaml-source.js';

export const POSTMORTEMS_FOLDER = 'postmortems';

export interface PostmortemsRead {
  postmortems: Postmortem[];
  issues: Issue[];
  /** Workspace-relative paths of the files read, sorted. */
  files: string[];
}

/**
 * Reads every postmortem of the workspace at `root`. `people` holds the full references of the declared
 * people; when absent (people.yaml could not be read) people references are not checked.
 */
export async function readPostmortems(root: string, people?: ReadonlySet<string>): Promise<PostmortemsRead> {
  const names = await listMarkdownFiles(path.join(root, POSTMORTEMS_FOLDER));
  const result: PostmortemsRead = { postmortems: [], issues: [], files: [] };
  const byIncident = new Map<string, string>();
  for (const name of names) {
    const file = `${POSTMORTEMS_FOLDER}/${name}`;
    result.files.push(file);
    const parsed = parsePostmortem(file, await readFile(path.join(root, file)), people);
    if ('issues' in parsed) {
      result.issues.push(...parsed.issues);
      continue;
    }
    const earlier = byIncident.get(parsed.postmortem.incident);
    if (earlier !== undefined) {
      result.issues.push(
        issueAt(parsed.source, ['incident'], {
          message: 'another postmortem already reviews this incident',
          found: `${parsed.postmortem.incident}, also reviewed by ${earlier}`,
          expected: 'one postmortem per incident',
        }),
      );
      continue;
    }
    byIncident.set(parsed.postmortem.incident, file);
    result.postmortems.push(parsed.postmortem);
  }
  return result;
}

async function listMarkdownFiles(dir: string): Promise<string[]> {
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

type Parsed = { postmortem: Postmortem; source: YamlSource } | { issues: Issue[] };

/** Parses one postmortem file's bytes; `file` is its workspace-relative path. */
export function parsePostmortem(file: string, bytes: Uint8Array, people?: ReadonlySet<string>): Parsed {
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
          message: 'the postmortem has no front matter',
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
  const { source } = read;
  const checked = postmortemFrontMatterSchema.safeParse(source.data ?? {});
  if (!checked.success)
    return { issues: fromZodIssues(source, postmortemFrontMatterSchema, checked.error.issues) };
  const issues: Issue[] = [];
  const front = resolvePeople(checked.data, source, people, issues);
  if (issues.length > 0) return { issues };
  const body = lines.slice(close + 1).map((line, index) => ({ line: close + 2 + index, text: line }));
  const postmortem: Postmortem = {
    ...front,
    file,
    lines: {
      incident: locate(source, ['incident']).line,
      actionItems: front.actionItems.map((_, index) => locate(source, ['actionItems', index]).line),
    },
    body,
    sections: splitSections(body),
  };
  return { postmortem, source };
}

/** Every people reference in full form, each checked against the declared people. */
function resolvePeople(
  front: PostmortemFrontMatter,
  source: YamlSource,
  people: ReadonlySet<string> | undefined,
  issues: Issue[],
): PostmortemFrontMatter {
  const resolve = (text: string, segments: PathSegment[]): string =>
    checkDeclaredRef(source, 'person', text, segments, people, issues).ref;
  return {
    ...front,
    authors: front.authors.map((author, index) => resolve(author, ['authors', index])),
    reviewers: front.reviewers.map((reviewer, index) => ({
      ...reviewer,
      person: resolve(reviewer.person, ['reviewers', index, 'person']),
    })),
    actionItems: front.actionItems.map((item, index) =>
      item.owner === undefined
        ? item
        : { ...item, owner: resolve(item.owner, ['actionItems', index, 'owner']) },
    ),
  };
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/** Sections by heading; text before the first heading belongs to no section. Fenced code is skipped. */
export function splitSections(body: readonly { line: number; text: string }[]): PostmortemSection[] {
  const sections: PostmortemSection[] = [];
  let current: PostmortemSection | undefined;
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
