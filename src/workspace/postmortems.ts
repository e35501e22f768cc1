/**
 * Reading the workspace's postmortems: every `postmortems/*.md` file, its YAML front matter validated
 * and its people references resolved against the declared people, its body split into sections. Front
 * matter is parsed with the line numbers it has in the file, so an issue points at the Markdown file's
 * own line and column. A broken file yields issues and no postmortem; one file never hides another's.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from '../domain/errors.js';
import {
  type Postmortem,
  type PostmortemFrontMatter,
  postmortemFrontMatterSchema,
} from '../domain/postmortem.js';
import { listMarkdownFiles, parseFrontMatter, splitSections } from './front-matter.js';
import { fromZodIssues, issueAt } from './issues.js';
import { checkDeclaredRef } from './side-file.js';
import { locate, type PathSegment, type YamlSource } from './yaml-source.js';

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

type Parsed = { postmortem: Postmortem; source: YamlSource } | { issues: Issue[] };

/** Parses one postmortem file's bytes; `file` is its workspace-relative path. */
export function parsePostmortem(file: string, bytes: Uint8Array, people?: ReadonlySet<string>): Parsed {
  const split = parseFrontMatter(file, bytes, 'postmortem');
  if ('issues' in split) return split;
  const { source, body } = split;
  const checked = postmortemFrontMatterSchema.safeParse(source.data ?? {});
  if (!checked.success)
    return { issues: fromZodIssues(source, postmortemFrontMatterSchema, checked.error.issues) };
  const issues: Issue[] = [];
  const front = resolvePeople(checked.data, source, people, issues);
  if (issues.length > 0) return { issues };
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
