/**
 * Reading Backstage descriptor files: multi-document YAML, each document one entity. Every document
 * keeps its file and its own YAML nodes, so a problem found later is reported at file:line of the field.
 * Folders are read recursively (`.yaml` and `.yml`), in path order so an import is repeatable. Nothing
 * remote is ever followed: `Location` entities are read like any other and skipped by the mapper.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import { InputError, type Issue } from '../../domain/errors.js';
import { locate, type PathSegment, positionOf, type YamlSource } from '../../workspace/yaml-source.js';

/** One document of a descriptor file, not yet checked against any kind. */
export interface Descriptor {
  file: string;
  /** The line the document starts on (its `apiVersion`, or whatever comes first). */
  line: number;
  data: unknown;
  /** The document's nodes, to locate fields within it. */
  source: YamlSource;
}

export interface ParsedCatalog {
  descriptors: Descriptor[];
  /** Files or documents that are not YAML: nothing of them is used. */
  issues: Issue[];
  files: string[];
}

/** Where a field of a descriptor was written: `{ file, line, column }`. */
export function locateField(descriptor: Descriptor, field: readonly PathSegment[]) {
  const { line, column } = locate(descriptor.source, field);
  return { file: descriptor.file, line, column };
}

/** Parses the text of one file. Documents that are empty (a trailing `---`) are left out. */
export function parseDescriptors(file: string, text: string): { descriptors: Descriptor[]; issues: Issue[] } {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const descriptors: Descriptor[] = [];
  const issues: Issue[] = [];
  // A stream that is not YAML at all comes back as an EmptyStream, with no documents and no errors.
  if (!Array.isArray(documents)) return { descriptors, issues };
  for (const doc of documents) {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        issues.push({
          file,
          ...positionOf(lineCounter, error.pos[0]),
          message: error.message,
          expected: 'valid YAML',
        });
      }
      continue;
    }
    const data = doc.toJS();
    if (data === null || data === undefined) continue;
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    descriptors.push({
      file,
      line: positionOf(lineCounter, start).line,
      data,
      source: { file, doc, lineCounter, data },
    });
  }
  return { descriptors, issues };
}

/**
 * Reads descriptor files and folders. File names in the result are relative to `base` (the current
 * folder by default), with forward slashes, as a person would type them.
 */
export async function readDescriptorFiles(
  paths: readonly string[],
  base: string = process.cwd(),
): Promise<ParsedCatalog> {
  const files: string[] = [];
  for (const given of paths) files.push(...(await listYamlFiles(path.resolve(base, given))));
  const result: ParsedCatalog = { descriptors: [], issues: [], files: [] };
  for (const absolute of files) {
    const file = path.relative(base, absolute).split(path.sep).join('/');
    const parsed = parseDescriptors(file, await readFile(absolute, 'utf8'));
    result.files.push(file);
    result.descriptors.push(...parsed.descriptors);
    result.issues.push(...parsed.issues);
  }
  return result;
}

async function listYamlFiles(target: string): Promise<string[]> {
  const stats = await stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!stats) {
    throw new InputError(`Nothing to import at ${target}`, [
      { message: 'no such file or folder', found: target, expected: 'a descriptor file or a folder of them' },
    ]);
  }
  if (!stats.isDirectory()) return [target];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort(compareBytes);
}

function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
