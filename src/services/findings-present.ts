/** A finding as it leaves the services: the stored one without the engine's bookkeeping. */
import type { StoredFinding } from '../advisor/lifecycle.js';
import type { FindingDraft, FindingStatus } from '../advisor/types.js';

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
  /** When the status last changed (ISO instant), by a person or the advisor. */
  changedAt: string | null;
  /** True when the latest run no longer saw the condition (it was then resolved by the advisor). */
  cleared: boolean;
}

/** What leaves the service: the stored finding without the engine's bookkeeping. */
export function presentFinding(stored: StoredFinding): Finding {
  const { fingerprint: _fingerprint, statusBeforeSnooze: _before, ...finding } = stored;
  return finding;
}
