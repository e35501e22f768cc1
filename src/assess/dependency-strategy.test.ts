import { describe, expect, it } from 'vitest';
import type { Dependency } from '../domain/dependency.js';
import { buildDependency as buildBaseDependency } from '../domain/model.test-fixtures.js';
import { suggestStrategy } from './dependency-strategy.js';

const AS_OF = '2026-11-23';

/** Fulfilment's open blocking dependency on platform for an event queue, needed on 1 March 2027. */
function buildDependency(overrides: Partial<Dependency>): Dependency {
  return buildBaseDependency('queue', 'platform', 'fulfilment', {
    what: 'an event queue',
    neededBy: '2027-03-01',
    ...overrides,
  });
}

const suggested = (overrides: Partial<Dependency>) =>
  suggestStrategy(buildDependency(overrides), AS_OF).suggested;

describe('suggestStrategy', () => {
  it('reprioritizes an overdue blocking dependency and says by how much it is late', () => {
    const suggestion = suggestStrategy(buildDependency({ neededBy: '2026-10-31' }), AS_OF);
    expect(suggestion.suggested).toBe('reprioritize');
    expect(suggestion.reason).toContain('23 days overdue');
  });

  it('agrees the contract first for a blocking dependency not started with time left', () => {
    expect(suggested({ status: 'not-started' })).toBe('contract-first');
  });

  it('embeds an engineer when a blocking dependency is close to its date or high risk', () => {
    expect(suggested({ status: 'not-started', neededBy: '2026-12-01' })).toBe('embedded-engineer');
    expect(suggested({ status: 'not-started', risk: 'high' })).toBe('embedded-engineer');
    expect(suggested({ neededBy: '2026-11-30' })).toBe('embedded-engineer');
  });

  it('agrees an interface to mock for a blocking dependency in progress with time left', () => {
    expect(suggested({})).toBe('shared-interface');
    expect(suggested({ neededBy: null })).toBe('shared-interface');
  });

  it('keeps a non-blocking dependency on its mock, and decouples it once overdue', () => {
    expect(suggested({ type: 'non-blocking' })).toBe('shared-interface');
    expect(suggested({ type: 'non-blocking', neededBy: '2026-11-01' })).toBe('decouple');
  });

  it('decouples a soft dependency, and eliminates it once overdue', () => {
    expect(suggested({ type: 'soft' })).toBe('decouple');
    expect(suggested({ type: 'soft', neededBy: '2026-11-01' })).toBe('eliminate');
  });

  it('suggests nothing for what is available, done or cancelled', () => {
    for (const status of ['available', 'done', 'cancelled'] as const) {
      const suggestion = suggestStrategy(buildDependency({ status, neededBy: '2026-01-01' }), AS_OF);
      expect(suggestion.suggested).toBeNull();
      expect(suggestion.reason).toContain(status);
    }
  });

  it('keeps the declared strategy and says whether the suggestion agrees', () => {
    const kept = suggestStrategy(buildDependency({ strategy: 'contract-first' }), AS_OF);
    expect(kept).toMatchObject({ declared: 'contract-first', suggested: 'shared-interface', agrees: false });
    const same = suggestStrategy(
      buildDependency({ strategy: 'reprioritize', neededBy: '2026-11-01' }),
      AS_OF,
    );
    expect(same.agrees).toBe(true);
    expect(suggestStrategy(buildDependency({}), AS_OF).agrees).toBeNull();
  });
});
