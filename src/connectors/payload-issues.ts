/**
 * Zod's complaints about a source payload as our issues: against the record the payload is, at the path
 * zod names, with the value found there. Every connector's pure mapper reports a bad payload this way.
 */
import type { z } from 'zod';
import type { Issue } from '../domain/errors.js';

/** Zod's issues as ours, against `record`, with the value found at each path (and `expected`, when given). */
export function toPayloadIssues(
  record: string,
  error: z.ZodError,
  input: unknown,
  expected?: string,
): Issue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const found = describeValue(readPath(input, issue.path));
    return {
      record,
      ...(path ? { path } : {}),
      message: issue.message,
      found,
      ...(expected === undefined ? {} : { expected }),
    };
  });
}

/** A short description of a payload value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The value at `path` inside `value`; undefined where the path leaves the objects. */
export function readPath(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const step of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[step];
  }
  return current;
}
