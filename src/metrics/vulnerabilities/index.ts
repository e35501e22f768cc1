/** The vulnerability figures for one scope and window: SLA attainment, remediation time, age, overdue. */
import type { VulnerabilityFacts } from './facts.js';
import { computeOpenByAge } from './open-by-age.js';
import { computeOverdue } from './overdue.js';
import { computeRemediationWithinSla } from './remediation-within-sla.js';
import { computeTimeToRemediate } from './time-to-remediate.js';

export type { VulnerabilityFacts, VulnerabilityFinding } from './facts.js';
export { createOwnerResolver, selectFindings } from './owners.js';

export function computeVulnerabilityMetrics(facts: VulnerabilityFacts) {
  return {
    remediationWithinSla: computeRemediationWithinSla(facts),
    timeToRemediate: computeTimeToRemediate(facts),
    openByAge: computeOpenByAge(facts),
    overdue: computeOverdue(facts),
  };
}
export type VulnerabilityMetrics = ReturnType<typeof computeVulnerabilityMetrics>;
