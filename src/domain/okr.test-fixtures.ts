/** Objectives and key results for tests, with every field filled and overridable. */
import type { KeyResult, Objective } from './okr.js';

export function buildKeyResult(overrides: Partial<KeyResult> = {}): KeyResult {
  return {
    id: 'kr-errors',
    title: 'Checkout errors per 1,000 sessions',
    objective: 'obj-checkout',
    owner: 'person:default/ada',
    unit: 'count',
    baseline: 4,
    target: 2,
    metric: null,
    checkIns: [{ date: '2026-11-20', value: 3.5 }],
    at: { file: 'okrs/2026-Q4.yaml', line: 10, column: 9 },
    ...overrides,
  };
}

export function buildObjective(overrides: Partial<Objective> = {}): Objective {
  return {
    id: 'obj-checkout',
    title: 'Checkout that never fails',
    quarter: '2026-Q4',
    level: 'team',
    owner: 'person:default/ada',
    team: 'team:default/payments',
    parent: 'obj-eng',
    teams: [],
    services: [],
    keyResults: [buildKeyResult()],
    at: { file: 'okrs/2026-Q4.yaml', line: 5, column: 5 },
    ...overrides,
  };
}
