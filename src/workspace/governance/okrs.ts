/** Placeholder until the OKR reader lands: no OKRs. */
import type { GovernanceReadContext, PartRead } from './part.js';

export type OkrsPlaceholder = { objectives: never[] };

export async function readOkrs(_context: GovernanceReadContext): Promise<PartRead<OkrsPlaceholder>> {
  return { value: { objectives: [] }, issues: [], files: [] };
}

/** Every objective and key-result id, for the registers' links. */
export function collectOkrIds(_okrs: OkrsPlaceholder): Set<string> {
  return new Set();
}
