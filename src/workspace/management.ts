/**
 * The management chain must end: following `manager` from anyone reaches someone without a manager.
 * A cycle (a manages b, b manages a) would make reporting lines, org charts and roll-ups loop forever.
 */

/**
 * Every cycle in the person → manager graph, each once, starting at its smallest reference so the
 * output does not depend on the order people are listed in. Self-management is reported elsewhere and
 * is expected to be left out of `managerOf`.
 */
export function findManagementCycles(managerOf: ReadonlyMap<string, string>): string[][] {
  const done = new Set<string>();
  const cycles: string[][] = [];
  for (const start of [...managerOf.keys()].sort()) {
    const chain: string[] = [];
    const onChain = new Map<string, number>();
    let current: string | undefined = start;
    while (current !== undefined && !done.has(current)) {
      const seenAt = onChain.get(current);
      if (seenAt !== undefined) {
        cycles.push(rotateToSmallest(chain.slice(seenAt)));
        break;
      }
      onChain.set(current, chain.length);
      chain.push(current);
      current = managerOf.get(current);
    }
    for (const person of chain) done.add(person);
  }
  return cycles.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

function rotateToSmallest(cycle: string[]): string[] {
  const smallest = [...cycle].sort()[0];
  const at = smallest === undefined ? 0 : cycle.indexOf(smallest);
  return [...cycle.slice(at), ...cycle.slice(0, at)];
}
