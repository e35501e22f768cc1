/**
 * The dependency matrix: providing teams as rows, consuming teams as columns, and in each cell the
 * dependencies between the two with their state on the "as of" day. Only pairs with at least one
 * dependency get a cell; the row and column lists name every team that appears on that side.
 */
import type { Dependency } from '../domain/dependency.js';
import {
  type AssessedDependency,
  assessDependency,
  compareByUrgency,
  compareText,
} from './dependency-state.js';

export interface DependencyMatrixCell {
  provider: string;
  consumer: string;
  /** Most urgent first: overdue, then by needed-by date. */
  dependencies: AssessedDependency[];
  open: number;
  overdue: number;
  /** Open blocking dependencies: the consumer is held up until they are delivered. */
  openBlocking: number;
}

export interface DependencyMatrix {
  asOf: string;
  providers: string[];
  consumers: string[];
  /** By provider, then consumer. */
  cells: DependencyMatrixCell[];
  totals: { dependencies: number; open: number; overdue: number; openBlocking: number };
}

export function buildDependencyMatrix(dependencies: readonly Dependency[], asOf: string): DependencyMatrix {
  const cells = new Map<string, DependencyMatrixCell>();
  for (const dependency of dependencies) {
    const key = `${dependency.provider}\u0000${dependency.consumer}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        provider: dependency.provider,
        consumer: dependency.consumer,
        dependencies: [],
        open: 0,
        overdue: 0,
        openBlocking: 0,
      };
      cells.set(key, cell);
    }
    const assessed = assessDependency(dependency, asOf);
    cell.dependencies.push(assessed);
    if (assessed.open) cell.open += 1;
    if (assessed.overdue) cell.overdue += 1;
    if (assessed.open && assessed.type === 'blocking') cell.openBlocking += 1;
  }
  const sorted = [...cells.values()].sort(
    (a, b) => compareText(a.provider, b.provider) || compareText(a.consumer, b.consumer),
  );
  for (const cell of sorted) cell.dependencies.sort(compareByUrgency);
  const sum = (pick: (cell: DependencyMatrixCell) => number) =>
    sorted.reduce((total, cell) => total + pick(cell), 0);
  return {
    asOf,
    providers: uniqueSorted(sorted.map((cell) => cell.provider)),
    consumers: uniqueSorted(sorted.map((cell) => cell.consumer)),
    cells: sorted,
    totals: {
      dependencies: sum((cell) => cell.dependencies.length),
      open: sum((cell) => cell.open),
      overdue: sum((cell) => cell.overdue),
      openBlocking: sum((cell) => cell.openBlocking),
    },
  };
}

function uniqueSorted(values: string[]): string[] {
  return [...new Set(values)].sort(compareText);
}
