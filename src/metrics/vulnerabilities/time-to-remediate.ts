/**
 * Time to remediate, per severity: opened to fixed, for the findings fixed in the window; the median and
 * the 90th percentile, in seconds. Dismissed findings were not remediated and are left out. A fix recorded
 * before the opening (clock skew between tools) counts as 0.
 */
import { VULNERABILITY_SEVERITIES, type VulnerabilitySeverity } from '../../domain/vulnerability.js';
import { type DurationValue, type MetricResult, toDurationResult } from '../result.js';
import { isInWindow } from '../window.js';
import { timeToRemediateDefinition } from './definitions.js';
import type { VulnerabilityFacts } from './facts.js';

export type TimeToRemediateResult = MetricResult<DurationValue & { severity: VulnerabilitySeverity }>;

export function computeTimeToRemediate(
  facts: VulnerabilityFacts,
): Record<VulnerabilitySeverity, TimeToRemediateResult> {
  return Object.fromEntries(
    VULNERABILITY_SEVERITIES.map((severity) => {
      const samples = facts.findings
        .filter(
          (finding) => finding.severity === severity && finding.state === 'fixed' && finding.fixedAt !== null,
        )
        .filter((finding) => isInWindow(Date.parse(finding.fixedAt as string), facts.window))
        .map((finding) => ({
          value: Math.max(0, Date.parse(finding.fixedAt as string) - Date.parse(finding.openedAt)) / 1000,
          recordId: finding.id,
        }));
      const result = toDurationResult(
        timeToRemediateDefinition,
        facts.window,
        facts.scope,
        samples,
        `at least 1 ${severity} finding fixed in the window`,
      );
      return [severity, { ...result, severity }];
    }),
  ) as Record<VulnerabilitySeverity, TimeToRemediateResult>;
}
