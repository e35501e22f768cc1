/**
 * Orderings that stand in for DevLake's `ORDER BY` clauses. DevLake runs on MySQL by default: text sorts by
 * its characters (ids are varchar, so "10" sorts before "5") and NULL sorts before any value in ascending
 * order.
 */

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ascending instants, a missing one first (MySQL's NULLs-first for `ASC`). */
export function compareInstantsNullsFirst(a: Date | null, b: Date | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return a.getTime() - b.getTime();
}
