/** Advisor rules over the people part of the snapshot. */
import type { AdvisorSnapshot } from '../snapshot.js';
import type { AdvisorRule } from '../types.js';

export const PEOPLE_RULES: readonly AdvisorRule<AdvisorSnapshot>[] = [];
