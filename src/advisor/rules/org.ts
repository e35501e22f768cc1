/**
 * Advisor rules over the org part of the snapshot: organization design (org-design.ts), planning
 * (org-planning.ts), the registers (org-registers.ts) and governance habits (org-governance.ts).
 */
import type { AdvisorSnapshot } from '../snapshot.js';
import type { AdvisorRule } from '../types.js';
import { ORG_DESIGN_RULES } from './org-design.js';
import { ORG_GOVERNANCE_RULES } from './org-governance.js';
import { ORG_PLANNING_RULES } from './org-planning.js';
import { ORG_REGISTER_RULES } from './org-registers.js';

export const ORG_RULES: readonly AdvisorRule<AdvisorSnapshot>[] = [
  ...ORG_DESIGN_RULES,
  ...ORG_PLANNING_RULES,
  ...ORG_REGISTER_RULES,
  ...ORG_GOVERNANCE_RULES,
];
