/**
 * A `.json` import file: one JSON array whose elements are records, the shape incident tools export. The
 * file is scanned once with a parser that reports where each element starts, so a problem is located at
 * the line (and column) of the offending element; each element's text is then read with `JSON.parse`,
 * so what is accepted is exactly JSON (no comments, no trailing commas). Pure: text in, elements out.
 */
import { type ParseErrorCode, printParseErrorCode, visit } from 'jsonc-parser';
import type { Issue } from '../../domain/errors.js';

/** One element of the array: its text, and where it starts (1-based line and column). */
export interface JsonArrayElement {
  text: string;
  line: number;
  column: number;
}

export type JsonArrayResult =
  | { kind: 'elements'; elements: JsonArrayElement[] }
  | { kind: 'issues'; issues: Issue[] };

const MESSAGES: Partial<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidSymbol: 'an invalid symbol',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a missing property name (or a trailing comma)',
  ValueExpected: 'a missing value (or a trailing comma)',
  ColonExpected: 'a missing colon',
  CommaExpected: 'a missing comma',
  CloseBraceExpected: 'a missing }',
  CloseBracketExpected: 'a missing ]',
  EndOfFileExpected: 'text after the array',
  InvalidCommentToken: 'a comment',
  UnexpectedEndOfString: 'an unterminated string',
  InvalidEscapeCharacter: 'an invalid escape in a string',
  InvalidCharacter: 'a control character in a string',
};

/**
 * The elements of a JSON array, or the first syntax error (what follows one is guesswork) and, when the
 * text is valid JSON but not an array, an issue saying so.
 */
export function splitJsonArray(file: string, text: string, type: string): JsonArrayResult {
  // A byte order mark is allowed and dropped: editors do not count it in a column either.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const elements: JsonArrayElement[] = [];
  let depth = 0;
  let start: { offset: number; line: number; column: number } | null = null;
  let root: 'array' | 'object' | 'value' | null = null;
  let error: Issue | null = null;
  const expected = `one JSON array of ${type} records`;
  const begin = (kind: 'array' | 'object', offset: number, line: number, character: number) => {
    if (depth === 0) root ??= kind;
    else if (depth === 1) start = { offset, line: line + 1, column: character + 1 };
    depth += 1;
  };
  const end = (offset: number, length: number) => {
    depth -= 1;
    if (depth === 1 && start) push(start, offset + length);
  };
  const push = (at: { offset: number; line: number; column: number }, endOffset: number) => {
    if (root !== 'array') return;
    elements.push({ text: source.slice(at.offset, endOffset), line: at.line, column: at.column });
  };
  visit(
    source,
    {
      onObjectBegin: (offset, _length, line, character) => begin('object', offset, line, character),
      onObjectEnd: end,
      onArrayBegin: (offset, _length, line, character) => begin('array', offset, line, character),
      onArrayEnd: end,
      onLiteralValue: (_value, offset, length, line, character) => {
        if (depth === 0) root ??= 'value';
        else if (depth === 1) push({ offset, line: line + 1, column: character + 1 }, offset + length);
      },
      onError: (code: ParseErrorCode, _offset, _length, line, character) => {
        const name = printParseErrorCode(code);
        error ??= {
          file,
          line: line + 1,
          column: character + 1,
          message: `is not valid JSON: found ${MESSAGES[name] ?? name}`,
          expected,
        };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (error) return { kind: 'issues', issues: [error] };
  if (root !== 'array') {
    const found = root === 'object' ? 'an object' : 'a single value';
    return { kind: 'issues', issues: [{ file, line: 1, message: 'is not a JSON array', found, expected }] };
  }
  return { kind: 'elements', elements };
}
