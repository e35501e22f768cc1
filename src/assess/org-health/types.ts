/**
 * The shapes of the org health assessment: what it reads (the declared organization plus the evidence
 * gathered from observed records) and what it answers (findings, each carrying the records behind it).
 * Nothing here reads the clock: `asOf` is an argument, and every window was applied by whoever gathered
 * the evidence.
 */
import type { OrgModel } from '../../domain/model.js';

export const ORG_HEALTH_RULES = [
  'conway-mismatch',
  'hub-team',
  'matrix-management',
  'hero-culture',
  'team-size',
  'span-of-control',
  'cognitive-load',
  'stale-collaboration',
  'hidden-dependency',
] as const;
export type OrgHealthRule = (typeof ORG_HEALTH_RULES)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Commits one author made to one service in the window; a commit touching two services counts for both. */
export interface ServiceCommits {
  /** The author's email as git recorded it. */
  author: string;
  /** The person the author resolves to, or null when nobody matches. */
  person: string | null;
  service: string;
  commits: number;
  /** Ids of (some of) those commits, newest first. */
  recordIds: string[];
}

/** One person called to one incident, with the incident's service when it has one. */
export interface PageEvidence {
  id: string;
  incidentId: string;
  /** The person the page's actor resolves to, or null when nobody matches. */
  person: string | null;
  /** The service of the incident, or null. */
  service: string | null;
}

/** Knowledge concentration of one service or repository, as computed from commit authorship. */
export interface KnowledgeEvidence {
  scope: { kind: 'repository' | 'service'; ref: string };
  truckFactor: number | null;
  /** Authors, the one who authored most files first. */
  authors: { author: string; person: string | null; commits: number; commitShare: number }[];
  /** The top author's share of the files. */
  topAuthorShare: number;
  /** Commits in the scope; the sum over the listed authors when left out. */
  commits?: number;
  recordIds?: string[];
}

export interface OrgHealthInput {
  model: Pick<OrgModel, 'teams' | 'people' | 'services' | 'dependencies'>;
  /** The day the assessment is made, YYYY-MM-DD. */
  asOf: string;
  /** The window the commit and page evidence covers, for the wording of findings. */
  windowDays: number;
  commits: readonly ServiceCommits[];
  pages: readonly PageEvidence[];
  knowledge: readonly KnowledgeEvidence[];
}

export interface OrgHealthFinding {
  /** Stable across runs: `<rule>:<subject>`, or `<rule>/<check>:<subject>` for a rule's second check. */
  id: string;
  rule: OrgHealthRule;
  /** Which check of the rule fired, e.g. `team-outside-ownership` for a Conway mismatch seen from a team. */
  check: string;
  severity: Severity;
  /** The entity the finding is about, e.g. `team:default/fulfilment`. */
  subject: string;
  title: string;
  detail: string;
  evidence: {
    metrics: Record<string, number>;
    /** Entity refs and record ids (commits, pages, incidents, dependencies) behind the finding. */
    records: string[];
  };
  recommendation: string;
}

export const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** How many record ids of one kind a finding cites; the metrics still count every record. */
export const EVIDENCE_RECORD_LIMIT = 25;
