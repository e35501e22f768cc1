/**
 * The advisor's vocabulary: a rule reads the snapshot of the organization and returns drafts of findings;
 * the engine fingerprints them, drops any without evidence and keeps their lifecycle across runs. Pure.
 */
import type { Capability } from '../domain/privacy.js';

export const FINDING_SEVERITIES = ['high', 'medium', 'low'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export const FINDING_STATUSES = ['new', 'acknowledged', 'snoozed', 'resolved'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** One figure behind a finding: a metric reading or any other measured number, with its window and target. */
export interface EvidenceFigure {
  /** A metric id from the catalog (`dora.change-failure-rate`), a KPI id, or a short figure name. */
  metric: string;
  label: string;
  value: number;
  unit: string;
  /** What it was compared with, when there is a threshold or target. */
  threshold?: number;
  scope?: string;
  window?: { from: string; to: string };
  /** How many records (or people, or responses) the figure stands on. */
  n?: number;
}

export interface FindingEvidence {
  figures: EvidenceFigure[];
  /** Ids and references of the records behind the finding (`incident:…`, `dependency:default/…`). */
  records: string[];
}

/** What a rule returns. The engine adds the id, fingerprint and lifecycle. */
export interface FindingDraft {
  /** The rule's id (`delivery.change-failure-rate-high`). */
  rule: string;
  /** The reference the finding is about: `org`, `team:default/checkout`, `service:…`, `person:…`. */
  subject: string;
  severity: FindingSeverity;
  /** One line, in the leader's words: what is wrong, with the number. */
  title: string;
  /** Two or three sentences: what the data shows. */
  summary: string;
  /** Why it matters to the organization. */
  why: string;
  /** Recommended actions, most useful first (one to four). */
  actions: string[];
  /** Who should act: a person or team reference, or a role name (`VP of Engineering`). */
  owner: string | null;
  evidence: FindingEvidence;
  /** The framework concern the finding falls under (`tech.reliability`, `people.talent`). */
  concern: string;
  /** The capability a viewer needs to see this finding; absent = everyone who may read findings. */
  capability?: Capability;
}

/** A rule: one condition a leader would want surfaced, over the snapshot parts it reads. */
export interface AdvisorRule<S = unknown> {
  id: string;
  title: string;
  /** The framework concern the rule serves. */
  concern: string;
  /** The most severe finding this rule may raise. */
  severity: FindingSeverity;
  /** What the rule checks, with its thresholds, for `sextant findings rules`. */
  description: string;
  evaluate(snapshot: S): FindingDraft[];
}
