/**
 * Reading model/decision-rights.yaml: every decision area and escalation path validated on its own (one
 * bad area does not hide another's problems), parties resolved against the loaded model. A person or
 * team that is not declared, a role nobody holds and the file does not list under `roles:`, a duplicate
 * id or an escalation path that does not exist is an issue at its file, line and column.
 */
import {
  type Approval,
  type DecisionArea,
  type DecisionRights,
  decisionAreaSchema,
  decisionRightsFileSchema,
  EMPTY_DECISION_RIGHTS,
  type EscalationPath,
  escalationPathSchema,
  type Party,
  type PartySpec,
} from '../domain/decision-rights.js';
import type { Issue } from '../domain/errors.js';
import type { OrgModel } from '../domain/model.js';
import { fromZodIssues, issueAt } from './issues.js';
import { checkDeclaredRef, eachValidItem } from './side-file.js';
import { locate, type PathSegment, type YamlSource } from './yaml-source.js';

export const DECISION_RIGHTS_FILE = 'model/decision-rights.yaml';

/**
 * What parties are checked against. `people`/`teams` are absent when their file could not be read: the
 * references are then kept as written, unchecked, rather than reported as unknown.
 */
export interface ModelDirectory {
  people?: OrgModel['people'];
  teams?: OrgModel['teams'];
  /**
   * Every person and team reference declared, valid or not: one that failed its own schema is reported
   * there, not a second time as unknown here.
   */
  declared?: ReadonlySet<string>;
  /** Roles held by no one that the file declares (decision-rights.yaml `roles:`). */
  extraRoles?: readonly string[];
  /** False when the list of extra roles could not be read: roles are then not checked. */
  checkRoles?: boolean;
}

export interface DecisionRightsRead {
  rights: DecisionRights;
  issues: Issue[];
  /** The file, when it exists. */
  file?: string;
  /** Whether `roles:` could be read (false when the file's top level is broken). */
  rolesRead?: boolean;
}

/** Validates and resolves one parsed decision-rights file. */
export function parseDecisionRights(source: YamlSource, directory: ModelDirectory): DecisionRightsRead {
  const data = source.data ?? {};
  const top = decisionRightsFileSchema.safeParse(data);
  if (!top.success)
    return {
      rights: EMPTY_DECISION_RIGHTS,
      issues: fromZodIssues(source, decisionRightsFileSchema, top.error.issues),
    };
  const issues: Issue[] = [];
  const roles = top.data.roles ?? [];
  const resolve = partyResolver(source, { ...directory, extraRoles: roles }, issues);

  const escalations: EscalationPath[] = [];
  const pathIds = new Map<string, number>();
  eachValidItem(source, 'escalations', top.data.escalations, escalationPathSchema, issues, (spec, at) => {
    if (!claimId(source, pathIds, spec.id, at, 'escalation path', issues)) return;
    escalations.push({
      id: spec.id,
      title: spec.title,
      levels: spec.levels.map((level, position) => ({
        level: position + 1,
        who: resolve(level.who, [...at, 'levels', position, 'who']),
        afterMinutes: level.after ?? null,
        note: level.note ?? null,
      })),
    });
  });

  const decisions: DecisionArea[] = [];
  const areaIds = new Map<string, number>();
  eachValidItem(source, 'decisions', top.data.decisions, decisionAreaSchema, issues, (spec, at) => {
    if (!claimId(source, areaIds, spec.id, at, 'decision area', issues)) return;
    let escalation: EscalationPath | null = null;
    if (spec.escalation !== undefined) {
      escalation = escalations.find((path) => path.id === spec.escalation) ?? null;
      if (!escalation && !pathIds.has(spec.escalation)) {
        issues.push(
          issueAt(source, [...at, 'escalation'], {
            message: `unknown escalation path "${spec.escalation}"`,
            found: spec.escalation,
            expected: listOrNone('an id under escalations:', [...pathIds.keys()]),
          }),
        );
      }
    }
    decisions.push({
      id: spec.id,
      title: spec.title,
      keywords: spec.keywords,
      decides: resolve(spec.decides, [...at, 'decides']),
      consults: spec.consults.map((party, position) => resolve(party, [...at, 'consults', position])),
      approval: spec.approval.map(
        (approval, position): Approval => ({
          by: resolve(approval.by, [...at, 'approval', position, 'by']),
          when: approval.when ?? null,
          threshold: approval.threshold ?? null,
        }),
      ),
      escalation,
      notes: spec.notes ?? null,
    });
  });
  return { rights: { roles, decisions, escalations }, issues, rolesRead: true };
}

/** Records `id` as taken; a second use is an issue naming the first. */
function claimId(
  source: YamlSource,
  seen: Map<string, number>,
  id: string,
  at: PathSegment[],
  what: string,
  issues: Issue[],
): boolean {
  const earlier = seen.get(id);
  if (earlier !== undefined) {
    issues.push(
      issueAt(source, [...at, 'id'], {
        message: `another ${what} already has the id "${id}"`,
        found: `${id}, first used on line ${earlier}`,
        expected: `a unique ${what} id`,
      }),
    );
    return false;
  }
  seen.set(id, locate(source, [...at, 'id']).line);
  return true;
}

/**
 * Resolves parties written in `source`, pushing an issue for each one that names nobody. Shared with
 * rituals.yaml, whose audience lists the same kinds of party.
 */
export function partyResolver(source: YamlSource, directory: ModelDirectory, issues: Issue[]) {
  const roleHolders = new Map<string, string[]>();
  for (const person of directory.people ?? []) {
    const key = person.role.toLowerCase();
    roleHolders.set(key, [...(roleHolders.get(key) ?? []), person.ref]);
  }
  const extraRoles = new Set((directory.extraRoles ?? []).map((role) => role.toLowerCase()));
  const people = knownRefs(directory, 'person');
  const teams = directory.teams ? new Map(directory.teams.map((team) => [team.ref, team])) : undefined;
  const teamRefs = knownRefs(directory, 'team');

  return (party: PartySpec, at: PathSegment[]): Party => {
    if (party.kind === 'role') {
      const holders = roleHolders.get(party.value.toLowerCase()) ?? [];
      if (
        holders.length === 0 &&
        directory.people &&
        directory.checkRoles !== false &&
        !extraRoles.has(party.value.toLowerCase())
      ) {
        issues.push(
          issueAt(source, at, {
            message: `no one holds the role "${party.value}"`,
            found: party.value,
            expected: 'a role some person has in model/people.yaml, or one listed under roles: in this file',
          }),
        );
      }
      return { kind: 'role', ref: party.value, people: holders };
    }
    const known = party.kind === 'person' ? people : teamRefs;
    const { ref, problem } = checkDeclaredRef(source, party.kind, party.value, at, known, issues);
    if (problem === 'malformed') return { kind: party.kind, ref, people: [] };
    if (party.kind === 'person') return { kind: 'person', ref, people: [ref] };
    const lead = teams?.get(ref)?.lead;
    return { kind: 'team', ref, people: lead ? [lead] : [] };
  };
}

/**
 * The references of `kind` a file beside the model may name: every one declared, valid or not.
 * Undefined when that kind's file could not be read, so its references go unchecked.
 */
export function knownRefs(
  directory: ModelDirectory,
  kind: 'person' | 'team',
): ReadonlySet<string> | undefined {
  const declared = kind === 'person' ? directory.people : directory.teams;
  if (!declared) return undefined;
  return new Set([...declared.map((item) => item.ref), ...(directory.declared ?? [])]);
}

function listOrNone(what: string, ids: string[]): string {
  return ids.length === 0 ? `${what} (the file declares none)` : `${what}: ${ids.join(', ')}`;
}
