/**
 * Reading one workspace file: bytes → strict UTF-8 → YAML document that keeps node positions, so every
 * later check can point at the file, line and column of what it complains about. A file that cannot be
 * decoded or parsed yields issues and no document; its content is never half-used.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from 'yaml';
import type { Issue } from '../domain/errors.js';

export type PathSegment = string | number;

export interface YamlSource {
  /** Path relative to the workspace, with forward slashes. */
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data; `null` for an empty file. */
  data: unknown;
}

export type ReadResult =
  | { kind: 'missing' }
  | { kind: 'invalid'; issues: Issue[] }
  | { kind: 'parsed'; source: YamlSource };

/** Reads `file` (relative to `dir`). A file that does not exist is `missing`, not an error. */
export async function readYamlSource(dir: string, file: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(dir, file));
  } catch (error) {
    if (isNodeError(error) && error.code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  const text = decodeUtf8(bytes);
  if (typeof text !== 'string') {
    return {
      kind: 'invalid',
      issues: [
        {
          file,
          line: text.line,
          column: text.column,
          message: 'the file is not valid UTF-8 text',
          found: `byte 0x${text.byte.toString(16).padStart(2, '0')}`,
          expected: 'UTF-8 encoded text',
        },
      ],
    };
  }
  return parseYamlSource(file, text);
}

/** Parses YAML text, reporting every syntax error (duplicate keys included) at its position. */
export function parseYamlSource(file: string, text: string): ReadResult {
  const lineCounter = new LineCounter();
  // prettyErrors would append a code excerpt to each message; the position is reported separately.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((error): Issue => {
      const { line, column } = positionOf(lineCounter, error.pos[0]);
      const message =
        error.code === 'DUPLICATE_KEY' ? 'duplicate key: a key may appear once per mapping' : error.message;
      return {
        file,
        line,
        column,
        message,
        found: describeTextAt(text, error.pos[0]),
        expected: 'valid YAML',
      };
    });
    return { kind: 'invalid', issues };
  }
  return { kind: 'parsed', source: { file, doc, lineCounter, data: doc.toJS() } };
}

/** What a syntax error points at: the rest of its line, shortened. */
function describeTextAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset);
  const rest = text.slice(offset, end === -1 ? undefined : end).trimEnd();
  if (rest === '') return offset >= text.trimEnd().length ? 'the end of the file' : 'the end of the line';
  return JSON.stringify(rest.length > 40 ? `${rest.slice(0, 39)}…` : rest);
}

/** The 1-based line and column of a character offset. */
export function positionOf(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line: Math.max(line, 1), column: Math.max(col, 1) };
}

/**
 * The position of the node at `segments`: of its value, or of its key when `at` is `key` (an unknown
 * field is best shown by its name). Where the path ends in something absent (a missing required field),
 * the deepest node that exists, i.e. the parent mapping, is used.
 */
export function locate(
  source: YamlSource,
  segments: readonly PathSegment[],
  at: 'value' | 'key' = 'value',
): { line: number; column: number } {
  let node: unknown = source.doc.contents;
  let keyNode: unknown;
  for (const segment of segments) {
    const next = childOf(source.doc, node, segment);
    if (!next) break;
    node = next.value;
    keyNode = next.key;
  }
  const target = at === 'key' && keyNode ? keyNode : node;
  const offset = startOf(target) ?? startOf(source.doc.contents) ?? 0;
  return positionOf(source.lineCounter, offset);
}

function childOf(
  doc: Document.Parsed,
  parent: unknown,
  segment: PathSegment,
): { key: unknown; value: unknown } | undefined {
  const node = isAlias(parent) ? parent.resolve(doc) : parent;
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
    // A key with no value (`mission:`) still has a position: that of its key.
    return pair ? { key: pair.key, value: pair.value ?? pair.key } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item ? { key: undefined, value: item } : undefined;
  }
  return undefined;
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function startOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/** Decodes strict UTF-8, or says where the first byte that is not UTF-8 is. */
function decodeUtf8(bytes: Uint8Array): string | { line: number; column: number; byte: number } {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = findInvalidUtf8(bytes);
    const before = bytes.subarray(0, offset);
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const line = before.reduce((count, byte) => (byte === 0x0a ? count + 1 : count), 1);
    // The bytes before the bad one on its line are valid, so they decode to a character count.
    const column = [...new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset))].length + 1;
    return { line, column, byte: bytes[offset] ?? 0 };
  }
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 4;
    if (lead >= 0x80 && (lead < 0xc2 || lead > 0xf4)) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    // Overlong three/four-byte forms, surrogates and code points above U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    if (lead === 0xe0 && second < 0xa0) return i;
    if (lead === 0xed && second > 0x9f) return i;
    if (lead === 0xf0 && second < 0x90) return i;
    if (lead === 0xf4 && second > 0x8f) return i;
    i += length;
  }
  return bytes.length;
}

function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}
