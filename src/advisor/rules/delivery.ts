/** Advisor rules over the delivery part of the snapshot. */
import type { AdvisorSnapshot } from '../snapshot.js';
import type { AdvisorRule } from '../types.js';

export const DELIVERY_RULES: readonly AdvisorRule<AdvisorSnapshot>[] = [];
