/**
 * Remediation within SLA, per severity: the findings whose SLA outcome was settled in the window that
 * were fixed in time, ÷ all settled ones (fixed in time, or overdue). See sla-outcome.ts for when an
 * outcome is settled; dismissed findings count only when dismissed after they were already overdue.
 */
import { VULNERABILITY_SEVERITIES, type VulnerabilitySeverity } from '../../domain/vulnerability.js';
import { type MetricResult, type RateValue, toRateResult } from '../result.js';
import { isInWindow } from '../window.js';
import { remediationWithinSlaDefinition } from './definitions.js';
import type { VulnerabilityFacts } from './facts.js';
import { decideSlaOutcome } from './sla-outcome.js';

export type RemediationWithinSlaValue = RateValue & { severity: VulnerabilitySeverity; slaDays: number };
export type RemediationWithinSlaResult = MetricResult<RemediationWithinSlaValue>;

export function computeRemediationWithinSla(
  facts: VulnerabilityFacts,
): Record<VulnerabilitySeverity, RemediationWithinSlaResult> {
  const now = facts.now.getTime();
  const tallies = Object.fromEntries(
    VULNERABILITY_SEVERITIES.map((severity) => [severity, { met: 0, settled: 0, recordIds: [] as string[] }]),
  ) as Record<VulnerabilitySeverity, { met: number; settled: number; recordIds: string[] }>;
  for (const finding of facts.findings) {
    const outcome = decideSlaOutcome(finding, facts.slaDays, now);
    if (outcome.kind === 'none' || !isInWindow(outcome.settledAt, facts.window)) continue;
    const tally = tallies[finding.severity];
    tally.settled += 1;
    if (outcome.kind === 'met') tally.met += 1;
    tally.recordIds.push(finding.id);
  }
  return Object.fromEntries(
    VULNERABILITY_SEVERITIES.map((severity) => {
      const tally = tallies[severity];
      const slaDays = facts.slaDays[severity];
      const result = toRateResult(
        remediationWithinSlaDefinition,
        facts.window,
        facts.scope,
        { numerator: tally.met, denominator: tally.settled, recordIds: tally.recordIds },
        `at least 1 ${severity} finding fixed, or past its ${slaDays}-day SLA, in the window`,
        { severity, slaDays },
      );
      return [severity, result.kind === 'value' ? result : { ...result, severity, slaDays }];
    }),
  ) as Record<VulnerabilitySeverity, RemediationWithinSlaResult>;
}
