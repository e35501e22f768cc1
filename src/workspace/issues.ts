/**
 * Turning problems into positioned issues. Every issue names the file, the line and column of the
 * offending YAML node, the field path (`teams[2].interactions[0].mode`), what was found (shortened) and
 * what was expected, in words a person editing the file understands rather than zod's vocabulary.
 */
import { z } from 'zod';
import type { Issue } from '../domain/errors.js';
import { locate, type PathSegment, type YamlSource } from './yaml-source.js';

type ZodIssue = z.core.$ZodIssue;

/** Values longer than this are cut in `found`, so one long string does not drown the message. */
const FOUND_MAX_LENGTH = 60;

/** An issue positioned at the node at `segments` (its key instead of its value when `at` is `key`). */
export function issueAt(
  source: YamlSource,
  segments: readonly PathSegment[],
  detail: { message: string; found?: string; expected?: string },
  at: 'value' | 'key' = 'value',
): Issue {
  const { line, column } = locate(source, segments, at);
  const issue: Issue = { file: source.file, line, column, message: detail.message };
  if (segments.length > 0) issue.path = formatPath(segments);
  if (detail.found !== undefined) issue.found = detail.found;
  if (detail.expected !== undefined) issue.expected = detail.expected;
  return issue;
}

/**
 * Maps zod issues for the value at `prefix` (validated with `schema`) to positioned issues. An unknown
 * key gives one issue per key; a union that failed in every branch gives one issue naming what each
 * branch accepts.
 */
export function fromZodIssues(
  source: YamlSource,
  schema: z.ZodType,
  issues: readonly ZodIssue[],
  prefix: readonly PathSegment[] = [],
): Issue[] {
  const context: Context = { source, schema, root: prefix };
  return issues.flatMap((issue) => fromZodIssue(context, issue, prefix));
}

/** What every issue of one validation shares: the file, and the schema validated at `root`. */
interface Context {
  source: YamlSource;
  schema: z.ZodType;
  root: readonly PathSegment[];
}

/** Maps one zod issue whose path is relative to `base` (nested unions report relative paths). */
function fromZodIssue(context: Context, issue: ZodIssue, base: readonly PathSegment[]): Issue[] {
  const { source } = context;
  const segments = [...base, ...issue.path.map(toSegment)];
  const value = valueAt(source.data, segments);
  const found = describeValue(value);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = describeType(issue.expected);
      if (value === undefined) {
        const field = segments[segments.length - 1];
        return [
          issueAt(source, segments, { message: `required field "${field}" is missing`, found, expected }),
        ];
      }
      return [issueAt(source, segments, { message: 'wrong type', found, expected })];
    }
    case 'invalid_value':
      return [
        issueAt(source, segments, {
          message: 'value not allowed',
          found,
          expected: listValues(issue.values),
        }),
      ];
    case 'unrecognized_keys': {
      const allowed = keysAt(context.schema, segments.slice(context.root.length));
      const expected = allowed.length > 0 ? `one of ${allowed.join(', ')}` : 'no other fields';
      return issue.keys.map((key) =>
        issueAt(
          source,
          [...segments, key],
          { message: `unknown field "${key}"`, found: key, expected },
          'key',
        ),
      );
    }
    case 'too_small':
      return [
        issueAt(source, segments, { message: 'too small', found, expected: describeBound(issue, 'min') }),
      ];
    case 'too_big':
      return [
        issueAt(source, segments, { message: 'too large', found, expected: describeBound(issue, 'max') }),
      ];
    case 'invalid_format':
      return [
        issueAt(source, segments, { message: 'invalid format', found, expected: describeFormat(issue) }),
      ];
    case 'not_multiple_of':
      return [
        issueAt(source, segments, {
          message: 'value not allowed',
          found,
          expected: `a multiple of ${issue.divisor}`,
        }),
      ];
    case 'invalid_union':
      return fromUnionIssue(context, issue, segments, found);
    case 'invalid_key':
    case 'invalid_element':
      return issue.issues.flatMap((inner) => fromZodIssue(context, inner, segments));
    case 'custom':
      return [issueAt(source, segments, { message: 'value not allowed', found, expected: issue.message })];
  }
}

/**
 * A union failed in every branch. When each branch rejected the value itself (not something inside it),
 * one issue lists what the branches accept together; otherwise the branch that got furthest (fewest
 * issues) is the one the author meant, and its issues are reported.
 */
function fromUnionIssue(
  context: Context,
  issue: Extract<ZodIssue, { code: 'invalid_union' }>,
  segments: readonly PathSegment[],
  found: string,
): Issue[] {
  const branches = issue.errors;
  const shallow = branches.every((branch) => branch.length === 1 && branch[0]?.path.length === 0);
  if (branches.length === 0 || shallow) {
    const values = branches.flatMap((branch) =>
      branch[0]?.code === 'invalid_value' ? branch[0].values : [],
    );
    const expected =
      values.length === branches.length
        ? listValues(values)
        : unique(branches.map((branch) => describeBranch(branch[0]))).join(' or ');
    return [issueAt(context.source, segments, { message: 'value not allowed', found, expected })];
  }
  const best = [...branches].sort((a, b) => a.length - b.length)[0] ?? [];
  return best.flatMap((inner) => fromZodIssue(context, inner, segments));
}

function describeBranch(issue: ZodIssue | undefined): string {
  if (issue?.code === 'invalid_type') return describeType(issue.expected);
  if (issue?.code === 'invalid_value') return listValues(issue.values);
  return issue?.message ?? 'another value';
}

function describeType(expected: string): string {
  const words: Record<string, string> = {
    string: 'a string',
    number: 'a number',
    int: 'an integer',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    record: 'a mapping',
  };
  return words[expected] ?? expected;
}

function describeBound(
  issue: Extract<ZodIssue, { code: 'too_small' | 'too_big' }>,
  side: 'min' | 'max',
): string {
  const limit = Number('minimum' in issue ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  if (issue.origin === 'string') {
    if (side === 'min' && limit === 1) return 'a non-empty string';
    return `${side === 'min' ? 'at least' : 'at most'} ${limit} characters`;
  }
  if (issue.origin === 'array') return `${side === 'min' ? 'at least' : 'at most'} ${limit} items`;
  const operator = side === 'min' ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
  return `a number ${operator} ${limit}`;
}

function describeFormat(issue: Extract<ZodIssue, { code: 'invalid_format' }>): string {
  const formats: Record<string, string> = {
    email: 'an email address',
    date: 'a date as YYYY-MM-DD',
    datetime: 'a date and time with an offset, e.g. 2026-03-04T10:15:00+01:00',
    url: 'a URL',
  };
  // A regex with a message of our own (e.g. nameSchema) says what it wants better than its pattern.
  if (issue.format === 'regex') {
    return issue.message.startsWith('Invalid') ? `text matching ${issue.pattern}` : issue.message;
  }
  return formats[issue.format] ?? `a valid ${issue.format}`;
}

function listValues(values: readonly unknown[]): string {
  const shown = values.map((value) => String(value));
  return shown.length === 1 ? (shown[0] ?? '') : `one of ${shown.join(', ')}`;
}

/** The names a mapping may hold at `segments` inside `schema`, for "unknown field" messages. */
function keysAt(schema: z.ZodType, segments: readonly PathSegment[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const segment of segments) {
    if (!current) return [];
    if (current instanceof z.ZodObject && typeof segment === 'string') {
      current = unwrap(current.shape[segment] as z.ZodType | undefined);
    } else if (current instanceof z.ZodArray && typeof segment === 'number') {
      current = unwrap(current.element as z.ZodType);
    } else {
      return [];
    }
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/** Looks through wrappers (optional, default, nullable, transforms) and picks the object branch of a union. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return unwrap(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  if (schema instanceof z.ZodUnion) {
    const options = (schema.options as z.ZodType[]).map(unwrap);
    return (
      options.find((option) => option instanceof z.ZodObject || option instanceof z.ZodArray) ?? options[0]
    );
  }
  return schema;
}

/** `teams[2].interactions[0].mode` */
export function formatPath(segments: readonly PathSegment[]): string {
  return segments
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}

/** A short, readable rendering of a value found in a file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const text = JSON.stringify(value);
    return text.length > FOUND_MAX_LENGTH ? `${text.slice(0, FOUND_MAX_LENGTH - 2)}…"` : text;
  }
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

export function valueAt(data: unknown, segments: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

function toSegment(key: PropertyKey): PathSegment {
  return typeof key === 'number' ? key : String(key);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
