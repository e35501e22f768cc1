/**
 * What the vulnerability metrics read: findings with their owners already resolved (see owners.ts), the
 * remediation SLA per severity, the window and "now".
 */
import type { VulnerabilitySeverity, VulnerabilityState } from '../../domain/vulnerability.js';
import type { Scope, Window } from '../result.js';

export interface VulnerabilityFinding {
  /** `source:key`. */
  id: string;
  severity: VulnerabilitySeverity;
  state: VulnerabilityState;
  openedAt: string;
  fixedAt: string | null;
  dismissedAt: string | null;
  package: string;
  advisory: string | null;
  title: string | null;
  /** Full references (`repository:default/x`, …); the repository as the source wrote it when unknown. */
  repository: string | null;
  service: string | null;
  team: string | null;
}

export interface VulnerabilityFacts {
  findings: readonly VulnerabilityFinding[];
  /** Remediation SLA in days per severity. */
  slaDays: Readonly<Record<VulnerabilitySeverity, number>>;
  window: Window;
  scope: Scope;
  now: Date;
}

export const DAY_MS = 86_400_000;

/** The instant a finding's remediation is due: opened plus the SLA days of its severity. */
export function findDueAt(finding: VulnerabilityFinding, slaDays: VulnerabilityFacts['slaDays']): number {
  return Date.parse(finding.openedAt) + slaDays[finding.severity] * DAY_MS;
}

/** Whether a finding is still open at an instant: opened by then and neither fixed nor dismissed by then. */
export function isOpenAt(finding: VulnerabilityFinding, at: number): boolean {
  if (Date.parse(finding.openedAt) > at) return false;
  const closedAt = finding.fixedAt ?? finding.dismissedAt;
  return closedAt === null || Date.parse(closedAt) > at;
}
