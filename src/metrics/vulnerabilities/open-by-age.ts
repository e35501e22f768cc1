/**
 * Open findings by age at one instant (now, or the window's end for a past window): how many have been open
 * 0-7, 8-30, 31-90, 91-180 and more than 180 days, per severity. Ages are whole days since opening.
 */
import { VULNERABILITY_SEVERITIES, type VulnerabilitySeverity } from '../../domain/vulnerability.js';
import { type MetricResult, toInsufficientData, toValueResult } from '../result.js';
import { openByAgeDefinition } from './definitions.js';
import { DAY_MS, isOpenAt, type VulnerabilityFacts } from './facts.js';

/** Upper bounds in days, inclusive; the last bucket has none. */
export const AGE_BUCKETS = [
  { label: '0-7', maxDays: 7 },
  { label: '8-30', maxDays: 30 },
  { label: '31-90', maxDays: 90 },
  { label: '91-180', maxDays: 180 },
  { label: '>180', maxDays: null },
] as const;

export interface AgeBucket {
  label: string;
  count: number;
  bySeverity: Record<VulnerabilitySeverity, number>;
}

export type OpenByAgeResult = MetricResult<{ value: number; at: string; buckets: AgeBucket[] }>;

export function computeOpenByAge(facts: VulnerabilityFacts): OpenByAgeResult {
  const at = Math.min(facts.now.getTime(), facts.window.to.getTime() - 1);
  const open = facts.findings.filter((finding) => isOpenAt(finding, at));
  if (open.length === 0) {
    return toInsufficientData(
      openByAgeDefinition,
      facts.window,
      facts.scope,
      0,
      [],
      'no finding open at the window end',
    );
  }
  const buckets: AgeBucket[] = AGE_BUCKETS.map(({ label }) => ({
    label,
    count: 0,
    bySeverity: Object.fromEntries(VULNERABILITY_SEVERITIES.map((severity) => [severity, 0])) as Record<
      VulnerabilitySeverity,
      number
    >,
  }));
  for (const finding of open) {
    const days = Math.floor((at - Date.parse(finding.openedAt)) / DAY_MS);
    const index = AGE_BUCKETS.findIndex((bucket) => bucket.maxDays === null || days <= bucket.maxDays);
    const bucket = buckets[index] as AgeBucket;
    bucket.count += 1;
    bucket.bySeverity[finding.severity] += 1;
  }
  return toValueResult(
    openByAgeDefinition,
    facts.window,
    facts.scope,
    open.length,
    open.map((finding) => finding.id),
    { value: open.length, at: new Date(at).toISOString(), buckets },
  );
}
