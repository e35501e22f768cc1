/**
 * The advisor engine: runs every rule over one snapshot and turns their drafts into fingerprinted
 * findings. The rules are many and written independently, so the engine holds the contract for them:
 * - a rule that throws is reported (rule id + message) and the other rules still run;
 * - a finding is identified by what it is about, never by its wording: the fingerprint is rule + subject,
 *   so the same condition keeps its finding (and its lifecycle) however its figures change;
 * - no finding without evidence: a draft with neither a figure nor a record is dropped and counted;
 * - one condition, one finding: drafts of the same fingerprint in a run are merged, the most severe kept;
 * - a draft that breaks its rule's declaration (more severe than the rule's maximum, a concern the
 *   framework catalog does not have, another rule's id) is dropped and reported against its rule.
 * Pure: the snapshot carries the day; nothing here reads the clock.
 */
import { createHash } from 'node:crypto';
import { findFrameworkItem } from '../assess/framework/catalog.js';
import { type AdvisorRule, FINDING_SEVERITIES, type FindingDraft, type FindingSeverity } from './types.js';

/** A rule that failed, or a draft it returned that broke its declaration. */
export interface RuleError {
  rule: string;
  message: string;
}

/** A draft with the identity the engine gives it. */
export interface FingerprintedDraft extends FindingDraft {
  /** `F-` and 8 hex characters of the fingerprint's hash. */
  id: string;
  /** `rule|subject`. */
  fingerprint: string;
}

export interface EngineResult {
  /** One per fingerprint, in rule order. */
  drafts: FingerprintedDraft[];
  errors: RuleError[];
  /** Rules that ran (whether or not they raised anything). */
  rules: number;
  /** Drafts dropped because they carried no figure and no record. */
  droppedWithoutEvidence: number;
  /** Drafts folded into another of the same fingerprint. */
  merged: number;
  /** Rules that threw: their earlier findings must not be taken as cleared. */
  failedRules: string[];
}

export function fingerprintOf(rule: string, subject: string): string {
  return `${rule}|${subject}`;
}

export function findingIdOf(fingerprint: string): string {
  return `F-${createHash('sha256').update(fingerprint).digest('hex').slice(0, 8)}`;
}

/** 0 for the most severe. */
export function severityRank(severity: FindingSeverity): number {
  return FINDING_SEVERITIES.indexOf(severity);
}

export function hasEvidence(draft: Pick<FindingDraft, 'evidence'>): boolean {
  return draft.evidence.figures.length > 0 || draft.evidence.records.length > 0;
}

export function runRules<S>(rules: readonly AdvisorRule<S>[], snapshot: S): EngineResult {
  const byFingerprint = new Map<string, FingerprintedDraft>();
  const errors: RuleError[] = [];
  const failedRules: string[] = [];
  let droppedWithoutEvidence = 0;
  let merged = 0;
  for (const rule of rules) {
    let drafts: FindingDraft[];
    try {
      drafts = rule.evaluate(snapshot);
    } catch (error) {
      errors.push({ rule: rule.id, message: error instanceof Error ? error.message : String(error) });
      failedRules.push(rule.id);
      continue;
    }
    for (const draft of drafts) {
      const problem = checkDraft(rule, draft);
      if (problem) {
        errors.push({ rule: rule.id, message: `${draft.subject}: ${problem}` });
        continue;
      }
      if (!hasEvidence(draft)) {
        droppedWithoutEvidence += 1;
        continue;
      }
      const fingerprint = fingerprintOf(rule.id, draft.subject);
      const earlier = byFingerprint.get(fingerprint);
      if (earlier) {
        merged += 1;
        if (severityRank(draft.severity) >= severityRank(earlier.severity)) continue;
      }
      byFingerprint.set(fingerprint, { ...draft, id: findingIdOf(fingerprint), fingerprint });
    }
  }
  return {
    drafts: [...byFingerprint.values()],
    errors,
    rules: rules.length,
    droppedWithoutEvidence,
    merged,
    failedRules,
  };
}

/** What is wrong with a draft against its rule's declaration, or null. */
function checkDraft<S>(rule: AdvisorRule<S>, draft: FindingDraft): string | null {
  if (draft.rule !== rule.id) return `the draft names rule "${draft.rule}", expected "${rule.id}"`;
  if (!(FINDING_SEVERITIES as readonly string[]).includes(draft.severity))
    return `severity "${draft.severity}" is not one of ${FINDING_SEVERITIES.join(', ')}`;
  if (severityRank(draft.severity) < severityRank(rule.severity))
    return `severity "${draft.severity}" is above the rule's declared maximum "${rule.severity}"`;
  if (findFrameworkItem(draft.concern)?.kind !== 'concern')
    return `concern "${draft.concern}" is not a concern of the framework catalog`;
  if (draft.subject.trim() === '') return 'the subject is empty';
  return null;
}

/** Every problem with the rule list itself: duplicate ids, unknown concerns. Empty when sound. */
export function checkRules<S>(rules: readonly AdvisorRule<S>[]): RuleError[] {
  const errors: RuleError[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) errors.push({ rule: rule.id, message: 'the id is used by another rule' });
    seen.add(rule.id);
    if (findFrameworkItem(rule.concern)?.kind !== 'concern')
      errors.push({ rule: rule.id, message: `concern "${rule.concern}" is not in the framework catalog` });
  }
  return errors;
}
