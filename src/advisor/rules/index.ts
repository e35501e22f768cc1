/** Every advisor rule, in the order findings are listed for the same severity. */
import type { AdvisorSnapshot } from '../snapshot.js';
import type { AdvisorRule } from '../types.js';
import { DELIVERY_RULES } from './delivery.js';
import { ORG_RULES } from './org.js';
import { PEOPLE_RULES } from './people.js';

export const ADVISOR_RULES: readonly AdvisorRule<AdvisorSnapshot>[] = [
  ...DELIVERY_RULES,
  ...ORG_RULES,
  ...PEOPLE_RULES,
];
