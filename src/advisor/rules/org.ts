/** Advisor rules over the org part of the snapshot. */
import type { AdvisorSnapshot } from '../snapshot.js';
import type { AdvisorRule } from '../types.js';

export const ORG_RULES: readonly AdvisorRule<AdvisorSnapshot>[] = [];
