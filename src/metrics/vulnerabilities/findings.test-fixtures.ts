/** Builds findings for the pure tests: only what a case is about is written out. */
import type { VulnerabilityFacts, VulnerabilityFinding } from './facts.js';

export function buildFinding(
  id: string,
  overrides: Partial<VulnerabilityFinding> = {},
): VulnerabilityFinding {
  return {
    id: `csv:${id}`,
    severity: 'critical',
    state: 'open',
    openedAt: '2026-01-01T00:00:00Z',
    fixedAt: null,
    dismissedAt: null,
    package: 'lodash',
    advisory: null,
    title: null,
    repository: 'repository:default/checkout-api',
    service: 'service:default/checkout-api',
    team: 'team:default/checkout',
    ...overrides,
  };
}

export function buildFacts(
  findings: VulnerabilityFinding[],
  overrides: Partial<VulnerabilityFacts> = {},
): VulnerabilityFacts {
  return {
    findings,
    slaDays: { critical: 7, high: 30, medium: 90, low: 180 },
    window: { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') },
    scope: { kind: 'org' },
    now: new Date('2026-04-15T00:00:00Z'),
    ...overrides,
  };
}
