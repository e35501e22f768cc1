/**
 * Whether a finding met its remediation SLA, and when that was settled. Each finding counts once, in the
 * window where its outcome was settled, so consecutive windows never count it twice:
 * - met: fixed on or before its due time; settled when fixed;
 * - missed: not fixed by its due time (still open, fixed late, or dismissed late); settled at the due time;
 * - none: dismissed on or before its due time (a dismissal says no fix was needed), or not yet due.
 */
import { findDueAt, type VulnerabilityFacts, type VulnerabilityFinding } from './facts.js';

export type SlaOutcome = { kind: 'met' | 'missed'; settledAt: number; dueAt: number } | { kind: 'none' };

export function decideSlaOutcome(
  finding: VulnerabilityFinding,
  slaDays: VulnerabilityFacts['slaDays'],
  now: number,
): SlaOutcome {
  const dueAt = findDueAt(finding, slaDays);
  const fixedAt = finding.fixedAt === null ? null : Date.parse(finding.fixedAt);
  const dismissedAt = finding.dismissedAt === null ? null : Date.parse(finding.dismissedAt);
  if (fixedAt !== null && fixedAt <= dueAt && fixedAt <= now)
    return { kind: 'met', settledAt: fixedAt, dueAt };
  if (dismissedAt !== null && dismissedAt <= dueAt) return { kind: 'none' };
  if (dueAt <= now) return { kind: 'missed', settledAt: dueAt, dueAt };
  return { kind: 'none' };
}
