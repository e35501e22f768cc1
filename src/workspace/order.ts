/** Deterministic order: the same workspace always gives the same model and the same output. */

export function sortByRef<T extends { ref: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => compareText(a.ref, b.ref));
}

export function sortRefs(refs: readonly string[]): string[] {
  return [...new Set(refs)].sort(compareText);
}

/** Code-point order, not locale order: the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
