/**
 * Reading decisions/: one architecture decision record per `ADR-NNNN-<slug>.md` file, its front matter
 * validated, its people, teams, services and OKRs resolved, then the supersession links checked across
 * all records (governance/adr-lifecycle.ts). Every problem of every file is reported at its line; the
 * records are returned only when there is none.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ADR_FILE_PATTERN,
  type Adr,
  type AdrRegister,
  adrFrontMatterSchema,
  adrNumber,
} from '../../domain/adr.js';
import type { Issue } from '../../domain/errors.js';
import { checkSupersession } from '../../governance/adr-lifecycle.js';
import { listMarkdownFiles, parseFrontMatter, splitSections } from '../front-matter.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { checkDeclaredRef } from '../side-file.js';
import type { YamlSource } from '../yaml-source.js';
import { checkOkrId, checkServiceRef } from './links.js';
import type { GovernanceDirectory, PartReader } from './part.js';

export const DECISIONS_FOLDER = 'decisions';

/** Files of decisions/ that are not records: a README explaining the folder. */
const NOT_RECORDS = new Set(['readme.md']);

interface Read {
  adr: Adr;
  source: YamlSource;
  /** Whether its references resolved; a record with a bad reference still takes part in the link checks. */
  valid: boolean;
}

export const readDecisions: PartReader<AdrRegister> = async ({ root, directory }) => {
  const names = (await listMarkdownFiles(path.join(root, DECISIONS_FOLDER))).filter(
    (name) => !NOT_RECORDS.has(name.toLowerCase()),
  );
  const issues: Issue[] = [];
  const files: string[] = [];
  const reads: Read[] = [];
  /** Ids of files that are named as records but could not be read: links to them are not judged. */
  const unreadable = new Set<string>();
  const byId = new Map<string, string>();
  for (const name of names) {
    const file = `${DECISIONS_FOLDER}/${name}`;
    files.push(file);
    const match = ADR_FILE_PATTERN.exec(name);
    if (!match) {
      issues.push({
        file,
        line: 1,
        column: 1,
        message: 'the file name is not that of a decision record',
        found: name,
        expected: 'ADR-NNNN-<slug>.md, e.g. ADR-0007-split-the-wms-adapter.md',
      });
      continue;
    }
    const [, fileId = '', slug = ''] = match;
    const read = parseRecord(file, fileId, slug, await readFile(path.join(root, file)), directory, issues);
    if (!read) {
      unreadable.add(fileId);
      continue;
    }
    const earlier = byId.get(fileId);
    if (earlier !== undefined) {
      issues.push(
        issueAt(read.source, ['id'], {
          message: `another record already has the id ${fileId}`,
          found: `${fileId}, also in ${earlier}`,
          expected: 'one file per ADR id',
        }),
      );
      continue;
    }
    byId.set(fileId, file);
    reads.push(read);
  }
  const sources = new Map(reads.map((read) => [read.adr.id, read.source]));
  for (const problem of checkSupersession(
    reads.map((read) => read.adr),
    unreadable,
  )) {
    const source = sources.get(problem.id) as YamlSource;
    issues.push(issueAt(source, problem.path, problem));
  }
  const records = reads
    .filter((read) => read.valid)
    .map((read) => read.adr)
    .sort((a, b) => adrNumber(a.id) - adrNumber(b.id));
  return { value: { records: issues.length > 0 ? [] : records }, issues, files };
};

/**
 * One file's record, or nothing when its front matter could not be read or its id is not the file's.
 * A record whose references failed is returned with `valid: false`, its issues recorded.
 */
function parseRecord(
  file: string,
  fileId: string,
  slug: string,
  bytes: Uint8Array,
  directory: GovernanceDirectory,
  issues: Issue[],
): Read | undefined {
  const split = parseFrontMatter(file, bytes, 'decision record');
  if ('issues' in split) {
    issues.push(...split.issues);
    return undefined;
  }
  const { source, body } = split;
  const checked = adrFrontMatterSchema.safeParse(source.data ?? {});
  if (!checked.success) {
    issues.push(...fromZodIssues(source, adrFrontMatterSchema, checked.error.issues));
    return undefined;
  }
  const front = checked.data;
  if (front.id !== fileId) {
    issues.push(
      issueAt(source, ['id'], {
        message: 'the id does not match the file name',
        found: front.id,
        expected: `${fileId}, as the file name ${path.posix.basename(file)} says`,
      }),
    );
    return undefined;
  }
  const before = issues.length;
  const person = (text: string, index: number) =>
    checkDeclaredRef(source, 'person', text, ['deciders', index], directory.people, issues).ref;
  const team = (text: string, index: number) =>
    checkDeclaredRef(source, 'team', text, ['teams', index], directory.teams, issues).ref;
  const adr: Adr = {
    ...front,
    deciders: front.deciders.map(person),
    teams: front.teams.map(team),
    services: front.services.map((text, index) =>
      checkServiceRef(source, text, ['services', index], directory, issues),
    ),
    file,
    slug,
    body,
    sections: splitSections(body),
  };
  front.okrs.forEach((id, index) => {
    checkOkrId(source, id, ['okrs', index], directory, issues);
  });
  return { adr, source, valid: issues.length === before };
}

/** The ids the decisions/ folder's file names declare, whether or not the files are valid. */
export async function listAdrIds(root: string): Promise<Set<string>> {
  const names = await listMarkdownFiles(path.join(root, DECISIONS_FOLDER));
  return new Set(names.flatMap((name) => ADR_FILE_PATTERN.exec(name)?.[1] ?? []));
}
