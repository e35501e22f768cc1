/** Shared pieces of the people rules: the rule shape over the people part, and how figures are written. */
import type { Capability } from '../../domain/privacy.js';
import type { AdvisorSnapshot } from '../snapshot.js';
import type { PeoplePart } from '../snapshot-people.js';
import type { AdvisorRule, FindingDraft, FindingSeverity } from '../types.js';

export interface PeopleRuleDefinition {
  id: string;
  title: string;
  concern: string;
  severity: FindingSeverity;
  description: string;
  /** What a viewer needs to see the rule's findings: every people finding carries one. */
  capability: Capability;
}

type DraftBody = Omit<FindingDraft, 'rule' | 'concern' | 'capability'>;

/** A rule over the people part; its drafts carry the rule's id, concern and capability. */
export function peopleRule(
  definition: PeopleRuleDefinition,
  evaluate: (people: PeoplePart, snapshot: AdvisorSnapshot) => DraftBody[],
): AdvisorRule<AdvisorSnapshot> {
  const { capability, ...rest } = definition;
  return {
    ...rest,
    evaluate: (snapshot) =>
      evaluate(snapshot.people, snapshot).map((body) => ({
        ...body,
        rule: definition.id,
        concern: definition.concern,
        capability,
      })),
  };
}

export const percent = (share: number): string => `${Math.round(share * 100)}%`;

export const oneDecimal = (value: number): string => (Math.round(value * 10) / 10).toFixed(1);

export const signed = (value: number): string =>
  `${value > 0 ? '+' : value < 0 ? '−' : ''}${oneDecimal(Math.abs(value))}`;

export const plural = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;

/** A reference's name for a sentence: `service:default/wms-adapter` → `wms-adapter`. */
export const shortRef = (ref: string): string => ref.replace(/^[a-z-]+:(?:[^/]+\/)?/, '');

/** The leader who answers for people matters when no person or team is more precise. */
export const VP = 'VP of Engineering';
