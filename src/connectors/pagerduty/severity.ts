/**
 * PagerDuty has no severity; it has an incident priority (P1–P5 by default, renameable per account) and
 * an urgency (high pages at once, low waits for working hours). The default reading: the priority when
 * the incident has one, P1 → SEV-1, P2 → SEV-2, P3 → SEV-3, P4 and P5 → SEV-4; else the urgency, high →
 * SEV-2 (someone is woken for it) and low → SEV-4 (it waits for the next working day). A source's
 * `severities` in sextant.yaml overrides any of these by name (`P2: SEV-1`, `high: SEV-3`) and may add
 * custom priority names; names compare without case.
 */
import type { Severity } from '../../domain/records/incident.js';

export const DEFAULT_PAGERDUTY_SEVERITIES: Readonly<Record<string, Severity>> = {
  p1: 'SEV-1',
  p2: 'SEV-2',
  p3: 'SEV-3',
  p4: 'SEV-4',
  p5: 'SEV-4',
  high: 'SEV-2',
  low: 'SEV-4',
};

/** The defaults with the source's overrides on top, keyed in lower case. */
export function buildSeverityMap(
  defaults: Readonly<Record<string, Severity>>,
  overrides: Readonly<Record<string, Severity>> = {},
): Map<string, Severity> {
  const map = new Map(Object.entries(defaults).map(([name, severity]) => [name.toLowerCase(), severity]));
  for (const [name, severity] of Object.entries(overrides)) map.set(name.trim().toLowerCase(), severity);
  return map;
}

/** The severity of the first candidate the map knows, in the order given; undefined when none. */
export function resolveSeverity(
  map: ReadonlyMap<string, Severity>,
  candidates: readonly (string | null | undefined)[],
): Severity | undefined {
  for (const candidate of candidates) {
    const severity = candidate ? map.get(candidate.trim().toLowerCase()) : undefined;
    if (severity) return severity;
  }
  return undefined;
}
