import { describe, expect, it } from 'vitest';
import type { Dependency } from '../domain/dependency.js';
import { buildDependency as buildBaseDependency } from '../domain/model.test-fixtures.js';
import { buildDependencyGraph, countBlockingByProvider } from './dependency-graph.js';
import { buildDependencyMatrix } from './dependency-matrix.js';
import { assessDependency, daysBetween } from './dependency-state.js';

/** A dependency of checkout on platform, about "the <name>", any field overridable. */
function buildDependency({ name, ...overrides }: Partial<Dependency> & { name: string }): Dependency {
  return buildBaseDependency(name, 'platform', 'checkout', { what: `the ${name}`, ...overrides });
}

const AS_OF = '2026-11-23';

describe('dependency state', () => {
  it('counts whole calendar days across a month end and a leap day', () => {
    expect(daysBetween('2026-11-23', '2026-12-01')).toBe(8);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-23', '2026-10-31')).toBe(-23);
  });

  it('calls an open dependency overdue only after its needed-by day', () => {
    const onTheDay = assessDependency(buildDependency({ name: 'a', neededBy: AS_OF }), AS_OF);
    expect(onTheDay).toMatchObject({ open: true, overdue: false, daysToNeededBy: 0, daysOverdue: null });
    const dayAfter = assessDependency(buildDependency({ name: 'b', neededBy: '2026-11-22' }), AS_OF);
    expect(dayAfter).toMatchObject({ overdue: true, daysToNeededBy: -1, daysOverdue: 1 });
  });

  it('never calls an available, done or cancelled dependency overdue', () => {
    for (const status of ['available', 'done', 'cancelled'] as const) {
      const assessed = assessDependency(
        buildDependency({ name: status, status, neededBy: '2026-01-01' }),
        AS_OF,
      );
      expect(assessed).toMatchObject({ open: false, overdue: false, daysOverdue: null });
    }
  });

  it('refuses an as-of that is not a calendar date, naming it', () => {
    expect(() => assessDependency(buildDependency({ name: 'a', neededBy: AS_OF }), '2026-02-30')).toThrow(
      /"2026-02-30"/,
    );
  });
});

describe('buildDependencyMatrix', () => {
  const dependencies = [
    buildDependency({ name: 'queue', neededBy: '2026-10-31' }),
    buildDependency({ name: 'runners', status: 'done', neededBy: '2026-09-01' }),
    buildDependency({ name: 'cache', type: 'soft', neededBy: '2026-12-10' }),
    buildDependency({ name: 'tokens', provider: 'team:default/payments', neededBy: '2026-12-20' }),
    buildDependency({
      name: 'refunds',
      provider: 'team:default/payments',
      consumer: 'team:default/fulfilment',
      status: 'not-started',
    }),
  ];

  it('puts each provider and consumer pair in one cell with its counts', () => {
    const matrix = buildDependencyMatrix(dependencies, AS_OF);
    expect(matrix.providers).toEqual(['team:default/payments', 'team:default/platform']);
    expect(matrix.consumers).toEqual(['team:default/checkout', 'team:default/fulfilment']);
    expect(matrix.cells.map((cell) => [cell.provider, cell.consumer, cell.dependencies.length])).toEqual([
      ['team:default/payments', 'team:default/checkout', 1],
      ['team:default/payments', 'team:default/fulfilment', 1],
      ['team:default/platform', 'team:default/checkout', 3],
    ]);
    const platform = matrix.cells[2];
    expect(platform).toMatchObject({ open: 2, overdue: 1, openBlocking: 1 });
    expect(matrix.totals).toEqual({ dependencies: 5, open: 4, overdue: 1, openBlocking: 3 });
  });

  it('lists the overdue dependency of a cell first, with its days over', () => {
    const platform = buildDependencyMatrix(dependencies, AS_OF).cells[2];
    expect(platform?.dependencies.map((dependency) => dependency.name)).toEqual([
      'queue',
      'cache',
      'runners',
    ]);
    expect(platform?.dependencies[0]).toMatchObject({ overdue: true, daysOverdue: 23 });
  });
});

describe('buildDependencyGraph', () => {
  it('draws an edge from provider to consumer and counts what each team owes and waits on', () => {
    const graph = buildDependencyGraph(
      [
        buildDependency({ name: 'queue', neededBy: '2026-11-01' }),
        buildDependency({ name: 'docs', type: 'non-blocking' }),
      ],
      AS_OF,
      { teams: ['team:default/search'] },
    );
    expect(graph.nodes.map((node) => node.team)).toEqual([
      'team:default/checkout',
      'team:default/platform',
      'team:default/search',
    ]);
    expect(graph.nodes[1]).toMatchObject({ provides: 2, openBlockingProvided: 1, overdueProvided: 1 });
    expect(graph.nodes[0]).toMatchObject({ consumes: 2, openBlockingConsumed: 1 });
    expect(graph.edges.map((edge) => [edge.from, edge.to, edge.name, edge.overdue])).toEqual([
      ['team:default/platform', 'team:default/checkout', 'docs', false],
      ['team:default/platform', 'team:default/checkout', 'queue', true],
    ]);
  });
});

describe('countBlockingByProvider', () => {
  const dependencies = [
    buildDependency({ name: 'a' }),
    buildDependency({ name: 'b', consumer: 'team:default/search' }),
    buildDependency({ name: 'c', status: 'done' }),
    buildDependency({ name: 'd', type: 'soft' }),
    buildDependency({ name: 'e', provider: 'team:default/payments' }),
  ];

  it('counts open blocking dependencies per provider, most first', () => {
    expect(countBlockingByProvider(dependencies)).toEqual([
      {
        provider: 'team:default/platform',
        count: 2,
        consumers: 2,
        dependencies: ['dependency:default/a', 'dependency:default/b'],
      },
      { provider: 'team:default/payments', count: 1, consumers: 1, dependencies: ['dependency:default/e'] },
    ]);
  });

  it('counts closed blocking dependencies too when asked, never soft ones', () => {
    const [platform] = countBlockingByProvider(dependencies, { includeClosed: true });
    expect(platform?.dependencies).toEqual([
      'dependency:default/a',
      'dependency:default/b',
      'dependency:default/c',
    ]);
  });
});
