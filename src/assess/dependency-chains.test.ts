import { describe, expect, it } from 'vitest';
import type { Dependency } from '../domain/dependency.js';
import { buildDependency, teamRef as team } from '../domain/model.test-fixtures.js';
import { findBlockingChains } from './dependency-chains.js';

const AS_OF = '2026-11-23';

/** `consumer waits on provider` through one open blocking dependency unless told otherwise. */
function waits(consumer: string, provider: string, overrides: Partial<Dependency> = {}): Dependency {
  return buildDependency(overrides.name ?? `${consumer}-on-${provider}`, provider, consumer, overrides);
}

const short = (teams: string[]) => teams.map((ref) => ref.slice(ref.indexOf('/') + 1));

describe('findBlockingChains', () => {
  it('follows open blocking dependencies from the team nobody waits on to the team waiting on nobody', () => {
    const result = findBlockingChains([waits('web', 'api'), waits('api', 'platform')], AS_OF);
    expect(result.chains.map((chain) => short(chain.teams))).toEqual([['web', 'api', 'platform']]);
    expect(result.chains[0]?.closesCycleAt).toBeNull();
    expect(result.cycles).toEqual([]);
  });

  it('ignores closed, non-blocking and soft dependencies', () => {
    const result = findBlockingChains(
      [
        waits('web', 'api'),
        waits('api', 'platform', { status: 'done' }),
        waits('api', 'data', { type: 'non-blocking' }),
        waits('api', 'ml', { type: 'soft' }),
      ],
      AS_OF,
    );
    expect(result.chains.map((chain) => short(chain.teams))).toEqual([['web', 'api']]);
  });

  it('branches into one chain per way through and puts overdue chains first', () => {
    const result = findBlockingChains(
      [waits('web', 'api'), waits('api', 'platform'), waits('api', 'data', { neededBy: '2026-11-01' })],
      AS_OF,
    );
    expect(result.chains.map((chain) => [short(chain.teams), chain.overdue])).toEqual([
      [['web', 'api', 'data'], true],
      [['web', 'api', 'platform'], false],
    ]);
  });

  it('groups two dependencies between the same teams into one link', () => {
    const result = findBlockingChains(
      [waits('web', 'api', { name: 'one' }), waits('web', 'api', { name: 'two', neededBy: '2026-11-20' })],
      AS_OF,
    );
    expect(result.chains).toHaveLength(1);
    expect(result.chains[0]?.links[0]?.dependencies.map((dependency) => dependency.name)).toEqual([
      'two',
      'one',
    ]);
  });

  it('stops at a cycle, marks where the chain closed and lists the cycle once', () => {
    const result = findBlockingChains(
      [waits('web', 'api'), waits('api', 'platform'), waits('platform', 'data'), waits('data', 'api')],
      AS_OF,
    );
    expect(result.chains.map((chain) => [short(chain.teams), chain.closesCycleAt])).toEqual([
      [['web', 'api', 'platform', 'data', 'api'], team('api')],
    ]);
    expect(result.cycles.map((cycle) => short(cycle.teams))).toEqual([['api', 'platform', 'data']]);
    expect(result.cycles[0]?.links.map((link) => short([link.consumer, link.provider]))).toEqual([
      ['api', 'platform'],
      ['platform', 'data'],
      ['data', 'api'],
    ]);
  });

  it('reports a cycle nobody outside it waits on, and a team waiting on itself', () => {
    const result = findBlockingChains(
      [waits('a', 'b'), waits('b', 'a'), waits('solo', 'solo', { name: 'self' })],
      AS_OF,
    );
    expect(result.chains).toEqual([]);
    expect(result.cycles.map((cycle) => short(cycle.teams))).toEqual([['a', 'b'], ['solo']]);
  });

  it('starts from the team asked for even when others wait on it, and keeps only its cycles', () => {
    const result = findBlockingChains(
      [waits('web', 'api'), waits('api', 'platform'), waits('x', 'y'), waits('y', 'x')],
      AS_OF,
      { from: team('api') },
    );
    expect(result.chains.map((chain) => short(chain.teams))).toEqual([['api', 'platform']]);
    expect(result.cycles).toEqual([]);
  });

  it('says the list was truncated past the limit', () => {
    const dependencies = ['a', 'b', 'c'].map((provider) => waits('web', provider));
    const result = findBlockingChains(dependencies, AS_OF, { limit: 2 });
    expect(result.chains).toHaveLength(2);
    expect(result.truncated).toBe(true);
    expect(findBlockingChains(dependencies, AS_OF, { limit: 3 }).truncated).toBe(false);
  });
});
