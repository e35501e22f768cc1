/**
 * Reading model/people-private.yaml, the sensitive per-person fields. Read only when asked (a loaded
 * workspace's `peoplePrivate()`, or `sextant validate`), never by the commands that show the org, so
 * compensation or performance data does not pass through code that has no reason to see it. Each entry
 * names a declared person, once.
 */
import type { Issue } from '../domain/errors.js';
import {
  type PersonPrivate,
  peoplePrivateFileSchema,
  personPrivateSchema,
} from '../domain/person-private.js';
import { fromZodIssues, issueAt } from './issues.js';
import { checkDeclaredRef, eachValidItem } from './side-file.js';
import { locate, readYamlSource, type YamlSource } from './yaml-source.js';

export const PEOPLE_PRIVATE_FILE = 'model/people-private.yaml';

export interface PeoplePrivateRead {
  people: PersonPrivate[];
  issues: Issue[];
  file?: string;
}

/** `people` holds the declared people's full references; when absent, references are not checked. */
export async function loadPeoplePrivate(
  root: string,
  people?: ReadonlySet<string>,
): Promise<PeoplePrivateRead> {
  const read = await readYamlSource(root, PEOPLE_PRIVATE_FILE);
  if (read.kind === 'missing') return { people: [], issues: [] };
  if (read.kind === 'invalid')
    return { people: [], issues: read.issues.map(redact), file: PEOPLE_PRIVATE_FILE };
  return { ...parsePeoplePrivate(read.source, people), file: PEOPLE_PRIVATE_FILE };
}

/**
 * An issue without the sensitive value it found: problems with this file are printed and logged like any
 * other, so they may say where and what was expected, but only a person reference is shown as found.
 */
function redact(issue: Issue): Issue {
  if (issue.found === undefined || issue.path?.endsWith('.person')) return issue;
  return { ...issue, found: '(not shown: sensitive field)' };
}

export function parsePeoplePrivate(source: YamlSource, people?: ReadonlySet<string>): PeoplePrivateRead {
  const top = peoplePrivateFileSchema.safeParse(source.data ?? {});
  if (!top.success)
    return {
      people: [],
      issues: fromZodIssues(source, peoplePrivateFileSchema, top.error.issues).map(redact),
    };
  const issues: Issue[] = [];
  const result: PersonPrivate[] = [];
  const seen = new Map<string, number>();
  eachValidItem(source, 'people', top.data.people, personPrivateSchema, issues, (spec, at) => {
    const where = [...at, 'person'];
    const { ref, problem } = checkDeclaredRef(source, 'person', spec.person, where, people, issues);
    if (problem) return;
    const earlier = seen.get(ref);
    if (earlier !== undefined) {
      issues.push(
        issueAt(source, where, {
          message: `this person already has an entry`,
          found: `${ref}, first on line ${earlier}`,
          expected: 'one entry per person',
        }),
      );
      return;
    }
    seen.set(ref, locate(source, where).line);
    result.push({
      person: ref,
      compensation: spec.compensation ?? null,
      performance: spec.performance ?? null,
      potential: spec.potential ?? null,
      flightRisk: spec.flightRisk ?? null,
      notes: spec.notes ?? null,
      underrepresentedGroup: spec.underrepresentedGroup ?? null,
      groups: {
        ...(spec.underrepresentedGroup === undefined
          ? {}
          : { underrepresented: spec.underrepresentedGroup ? 'yes' : 'no' }),
        ...spec.groups,
      },
      departure: spec.departure ?? null,
      promotions: [...(spec.promotions ?? [])].sort((a, b) => a.date.localeCompare(b.date)),
    });
  });
  // Redacted together: those about the `person` field keep what they found, as redact allows.
  return { people: result, issues: issues.map(redact) };
}
