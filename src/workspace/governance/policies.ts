/**
 * Reading registers/policies.yaml: which procedures of the built-in framework the organization adopted.
 * Each entry is validated on its own: the procedure must be one of the catalog (a concern or policy id is
 * not enough), recorded once; owner and teams must be declared; an adopted, partial or planned procedure
 * needs an owner. Every problem is reported at its line, and the file's value is empty unless all is well.
 */
import { type FrameworkItem, findFrameworkItem } from '../../assess/framework/catalog.js';
import type { Issue } from '../../domain/errors.js';
import {
  OWNED_STATUSES,
  type PolicyAdoption,
  type PolicyAdoptionSpec,
  type PolicyAdoptions,
  policiesFileSchema,
  policyAdoptionSpecSchema,
} from '../../domain/policy.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { checkDeclaredRef, eachValidItem } from '../side-file.js';
import { locate, type PathSegment, readYamlSource, type YamlSource } from '../yaml-source.js';
import type { GovernanceDirectory, PartReader } from './part.js';

export const POLICIES_FILE = 'registers/policies.yaml';

const EMPTY: PolicyAdoptions = { adoptions: [] };

export const readPolicies: PartReader<PolicyAdoptions> = async (context) => {
  const read = await readYamlSource(context.root, POLICIES_FILE);
  if (read.kind === 'missing') return { value: EMPTY, issues: [], files: [] };
  if (read.kind === 'invalid') return { value: EMPTY, issues: read.issues, files: [POLICIES_FILE] };
  const { adoptions, issues } = parsePolicies(read.source, context.directory);
  return { value: issues.length > 0 ? EMPTY : { adoptions }, issues, files: [POLICIES_FILE] };
};

export function parsePolicies(
  source: YamlSource,
  directory: GovernanceDirectory,
): { adoptions: PolicyAdoption[]; issues: Issue[] } {
  const top = policiesFileSchema.safeParse(source.data ?? {});
  if (!top.success)
    return { adoptions: [], issues: fromZodIssues(source, policiesFileSchema, top.error.issues) };
  const issues: Issue[] = [];
  const firstLine = new Map<string, number>();
  const adoptions: PolicyAdoption[] = [];
  eachValidItem(source, 'procedures', top.data.procedures, policyAdoptionSpecSchema, issues, (spec, at) => {
    const line = locate(source, at).line;
    const before = issues.length;
    checkProcedure(source, spec.procedure, [...at, 'procedure'], issues);
    const earlier = firstLine.get(spec.procedure);
    if (earlier !== undefined) {
      issues.push(
        issueAt(source, [...at, 'procedure'], {
          message: `procedure "${spec.procedure}" is recorded twice`,
          found: `${spec.procedure}, first recorded on line ${earlier}`,
          expected: 'one entry per procedure',
        }),
      );
    } else firstLine.set(spec.procedure, line);
    const adoption = toAdoption(source, spec, at, directory, issues);
    if (issues.length === before) adoptions.push({ ...adoption, source: { file: source.file, line } });
  });
  return { adoptions, issues };
}

function toAdoption(
  source: YamlSource,
  spec: PolicyAdoptionSpec,
  at: PathSegment[],
  directory: GovernanceDirectory,
  issues: Issue[],
): Omit<PolicyAdoption, 'source'> {
  let owner: string | null = null;
  if (spec.owner !== undefined) {
    owner = checkDeclaredRef(source, 'person', spec.owner, [...at, 'owner'], directory.people, issues).ref;
  } else if (OWNED_STATUSES.includes(spec.status)) {
    issues.push(
      issueAt(source, at, {
        message: `required field "owner" is missing for a procedure that is ${spec.status}`,
        found: 'no owner',
        expected: 'the person who owns an adopted, partial or planned procedure',
      }),
    );
  }
  const teams = (spec.teams ?? []).map(
    (team, index) =>
      checkDeclaredRef(source, 'team', team, [...at, 'teams', index], directory.teams, issues).ref,
  );
  const evidence = [...(spec.evidence ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  return {
    procedure: spec.procedure,
    status: spec.status,
    owner,
    teams,
    evidence,
    review: spec.review ?? null,
    note: spec.note ?? null,
  };
}

/** An id that is not a procedure of the catalog, with the nearest entry's procedures as the expectation. */
function checkProcedure(source: YamlSource, id: string, at: PathSegment[], issues: Issue[]): void {
  const item = findFrameworkItem(id);
  if (item?.kind === 'procedure') return;
  const near = item ?? nearestItem(id);
  const suggestions = near ? proceduresUnder(near).slice(0, 5) : [];
  issues.push(
    issueAt(source, at, {
      message: item
        ? `"${id}" is a framework ${item.kind}, not a procedure`
        : `unknown framework procedure "${id}"`,
      found: id,
      expected:
        suggestions.length > 0
          ? `a procedure id, e.g. one of ${suggestions.join(', ')}`
          : 'a procedure id of the framework catalog (see `sextant framework list`)',
    }),
  );
}

/** The deepest catalog entry whose id is a prefix of `id` (`tech.debt.managed-debt.typo` → the policy). */
function nearestItem(id: string): FrameworkItem | undefined {
  const segments = id.split('.');
  for (let length = segments.length - 1; length > 0; length--) {
    const item = findFrameworkItem(segments.slice(0, length).join('.'));
    if (item) return item;
  }
  return undefined;
}

function proceduresUnder(item: FrameworkItem): string[] {
  const concerns = item.kind === 'area' ? item.area.concerns : [item.concern];
  return concerns.flatMap((concern) =>
    concern.policies
      .filter((policy) => item.kind !== 'policy' || policy.id === item.policy.id)
      .flatMap((policy) => policy.procedures.map((procedure) => procedure.id)),
  );
}
