/**
 * Decision rights for the interfaces: every decision area with its escalation path, and `whoDecides`,
 * which finds an area from what someone types and names the people behind each role. Only the loaded
 * workspace is read; no database is needed.
 */
import {
  type DecisionArea,
  type EscalationPath,
  findDecisionArea,
  formatDuration,
  type Party,
} from '../domain/decision-rights.js';
import type { LoadedWorkspace } from './context.js';
import type { WorkspaceContext } from './workspace.service.js';

export interface PartyView {
  kind: Party['kind'];
  /** The role name, or the full person/team reference. */
  ref: string;
  /** What to call the party: the role, the person's name, the team's title. */
  label: string;
  /** The people the party stands for: the person, the role's holders, the team's lead. */
  people: { ref: string; name: string; role: string }[];
}

export interface EscalationLevelView {
  level: number;
  who: PartyView;
  /** Minutes the previous level has before this one is brought in; null when not set. */
  afterMinutes: number | null;
  after: string | null;
  note: string | null;
}

export interface EscalationPathView {
  id: string;
  title: string;
  levels: EscalationLevelView[];
}

export interface DecisionAreaView {
  id: string;
  title: string;
  keywords: string[];
  decides: PartyView;
  consults: PartyView[];
  approval: {
    by: PartyView;
    when: string | null;
    threshold: DecisionArea['approval'][number]['threshold'];
  }[];
  escalation: EscalationPathView | null;
  notes: string | null;
}

export interface TopicSummary {
  id: string;
  title: string;
}

export type WhoDecidesResult =
  | { kind: 'found'; query: string; area: DecisionAreaView }
  | { kind: 'ambiguous'; query: string; candidates: TopicSummary[] }
  | { kind: 'none'; query: string; topics: TopicSummary[] };

export function listDecisionRights(context: WorkspaceContext): {
  decisions: DecisionAreaView[];
  escalations: EscalationPathView[];
  roles: string[];
} {
  const present = presenter(context.workspace);
  const { decisionRights } = context.workspace;
  return {
    decisions: decisionRights.decisions.map(present.area),
    escalations: decisionRights.escalations.map(present.path),
    roles: decisionRights.roles,
  };
}

export function whoDecides(context: WorkspaceContext, topic: string): WhoDecidesResult {
  const match = findDecisionArea(context.workspace.decisionRights, topic);
  const summary = (area: DecisionArea): TopicSummary => ({ id: area.id, title: area.title });
  switch (match.kind) {
    case 'found':
      return { kind: 'found', query: topic, area: presenter(context.workspace).area(match.area) };
    case 'ambiguous':
      return { kind: 'ambiguous', query: topic, candidates: match.candidates.map(summary) };
    case 'none':
      return { kind: 'none', query: topic, topics: match.topics.map(summary) };
  }
}

function presenter(workspace: LoadedWorkspace) {
  const people = new Map(workspace.model.people.map((person) => [person.ref, person]));
  const teams = new Map(workspace.model.teams.map((team) => [team.ref, team.title]));
  const party = (value: Party): PartyView => ({
    kind: value.kind,
    ref: value.ref,
    label:
      value.kind === 'person'
        ? (people.get(value.ref)?.displayName ?? value.ref)
        : value.kind === 'team'
          ? (teams.get(value.ref) ?? value.ref)
          : value.ref,
    people: value.people.map((ref) => ({
      ref,
      name: people.get(ref)?.displayName ?? ref,
      role: people.get(ref)?.role ?? '',
    })),
  });
  const path = (escalation: EscalationPath): EscalationPathView => ({
    id: escalation.id,
    title: escalation.title,
    levels: escalation.levels.map((level) => ({
      level: level.level,
      who: party(level.who),
      afterMinutes: level.afterMinutes,
      after: level.afterMinutes === null ? null : formatDuration(level.afterMinutes),
      note: level.note,
    })),
  });
  const area = (value: DecisionArea): DecisionAreaView => ({
    id: value.id,
    title: value.title,
    keywords: value.keywords,
    decides: party(value.decides),
    consults: value.consults.map(party),
    approval: value.approval.map((approval) => ({
      by: party(approval.by),
      when: approval.when,
      threshold: approval.threshold,
    })),
    escalation: value.escalation ? path(value.escalation) : null,
    notes: value.notes,
  });
  return { party, path, area };
}
