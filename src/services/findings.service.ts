/**
 * The advisor's findings: run every rule over a snapshot of the organization, keep each finding's
 * lifecycle (new, acknowledged, snoozed until a day with a reason, resolved) across runs, and read them
 * under the viewer's role. The same condition keeps its finding: a re-run updates, never duplicates.
 */
import type { FindingDraft, FindingSeverity, FindingStatus } from '../advisor/types.js';
import type { Viewer } from '../domain/privacy.js';
import type { AppContext } from './context.js';

export type { FindingDraft, FindingSeverity, FindingStatus };

export interface Finding extends FindingDraft {
  /** Stable id derived from rule and subject, e.g. `F-3a9c41d2`. */
  id: string;
  status: FindingStatus;
  firstSeen: string;
  lastSeen: string;
  /** When a snoozed finding comes back. */
  snoozedUntil: string | null;
  /** Why it was acknowledged, snoozed or resolved, and by whom. */
  note: string | null;
  changedBy: string | null;
  /** True when the latest run no longer saw the condition (it was then resolved by the advisor). */
  cleared: boolean;
}

export interface AdvisorRunSummary {
  asOf: string;
  rules: number;
  raised: number;
  opened: number;
  updated: number;
  cleared: number;
  reopened: number;
  durationMs: number;
}

export interface FindingFilter {
  status?: readonly FindingStatus[];
  severity?: readonly FindingSeverity[];
  concern?: string;
  subject?: string;
  /** Include resolved findings (default: only open ones: new, acknowledged, snoozed). */
  all?: boolean;
}

export async function runAdvisor(
  _context: AppContext,
  _options: { asOf?: string } = {},
  _now: Date = new Date(),
): Promise<AdvisorRunSummary> {
  throw new Error('not built yet');
}

/**
 * Runs the advisor for `asOf` unless a run for that day already exists and nothing was synced since;
 * what reports and digests call before they read findings.
 */
export async function ensureAdvisorRun(
  _context: AppContext,
  _options: { asOf?: string } = {},
  _now: Date = new Date(),
): Promise<AdvisorRunSummary | null> {
  throw new Error('not built yet');
}

/** The findings the viewer may see, most severe first. */
export async function listFindings(
  _context: AppContext,
  _viewer: Viewer,
  _filter: FindingFilter = {},
): Promise<Finding[]> {
  throw new Error('not built yet');
}

export async function readFinding(_context: AppContext, _viewer: Viewer, _id: string): Promise<Finding> {
  throw new Error('not built yet');
}
