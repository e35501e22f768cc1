/** The advisor's rules as `sextant findings rules` and `GET /api/findings/rules` list them. */
import { ADVISOR_RULES } from '../advisor/rules/index.js';
import type { FindingSeverity } from '../advisor/types.js';

export interface AdvisorRuleInfo {
  id: string;
  title: string;
  concern: string;
  /** The framework area of the concern: tech, people, ops or culture. */
  area: string;
  /** The most severe finding the rule may raise. */
  severity: FindingSeverity;
  description: string;
}

export function listAdvisorRules(): AdvisorRuleInfo[] {
  return ADVISOR_RULES.map((rule) => ({
    id: rule.id,
    title: rule.title,
    concern: rule.concern,
    area: rule.concern.split('.')[0] ?? rule.concern,
    severity: rule.severity,
    description: rule.description,
  }));
}
