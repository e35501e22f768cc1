/**
 * What the files read beside the model share (decision-rights.yaml, rituals.yaml, people-private.yaml
 * and the postmortems' front matter): lists whose items are validated one at a time, so one bad item
 * does not hide another's problems, and person or team references checked against the declared ones.
 */
import type { z } from 'zod';
import type { Issue } from '../domain/errors.js';
import { toRefString } from '../domain/refs.js';
import { fromZodIssues, issueAt } from './issues.js';
import type { PathSegment, YamlSource } from './yaml-source.js';

/**
 * Validates each item of the list under `key` with `schema` and hands the valid ones to `visit` with
 * their path; an item that fails adds its issues and is skipped.
 */
export function eachValidItem<S extends z.ZodType>(
  source: YamlSource,
  key: string,
  items: readonly unknown[] | null | undefined,
  schema: S,
  issues: Issue[],
  visit: (spec: z.output<S>, at: PathSegment[]) => void,
): void {
  (items ?? []).forEach((item, index) => {
    const at: PathSegment[] = [key, index];
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      issues.push(...fromZodIssues(source, schema, parsed.error.issues, at));
      return;
    }
    visit(parsed.data, at);
  });
}

const DECLARED_IN = {
  person: 'model/people.yaml',
  team: 'model/teams.yaml',
  service: 'model/services.yaml (or the Backstage catalog)',
} as const;

export interface CheckedRef {
  /** The full reference; the text as written when it is not a reference at all. */
  ref: string;
  /** Why an issue was recorded for it, if one was. */
  problem?: 'malformed' | 'unknown';
}

/**
 * Writes the `kind` reference found at `at` in full, recording an issue when it is malformed or, when
 * `known` is given, names no reference in it. Without `known` (its file could not be read) a well-formed
 * reference is taken as written.
 */
export function checkDeclaredRef(
  source: YamlSource,
  kind: keyof typeof DECLARED_IN,
  text: string,
  at: readonly PathSegment[],
  known: ReadonlySet<string> | undefined,
  issues: Issue[],
): CheckedRef {
  let ref: string;
  try {
    ref = toRefString(text, kind);
  } catch (error) {
    issues.push(
      issueAt(source, at, {
        message: `not a ${kind} reference`,
        found: JSON.stringify(text),
        expected: error instanceof Error ? error.message : `a ${kind} reference`,
      }),
    );
    return { ref: text, problem: 'malformed' };
  }
  if (known && !known.has(ref)) {
    issues.push(
      issueAt(source, at, {
        message: `unknown ${kind} "${text}"`,
        found: ref,
        expected: `a ${kind} declared in ${DECLARED_IN[kind]}`,
      }),
    );
    return { ref, problem: 'unknown' };
  }
  return { ref };
}
