/**
 * The supersession rules across decision records. A record names the later decision that replaced it in
 * `supersededBy`; the later one may name it back in `supersedes` (when it does not, the link is derived).
 * The rules:
 * - a named ADR must exist;
 * - only a decision that was accepted (now `accepted`, or `superseded` in turn) can supersede another;
 * - a decision in force that lists another in `supersedes` must be the one that other names in
 *   `supersededBy` (a proposal may list what it would supersede before it is accepted);
 * - following `supersededBy` never comes back to where it started.
 * Each problem names the record and the field it is reported at, so the reader can point at its line.
 */
import { ADR_IN_FORCE, type AdrStatus } from '../domain/adr.js';

/** What the rules read of a record. */
export interface AdrLinks {
  id: string;
  status: AdrStatus;
  supersedes: readonly string[];
  supersededBy?: string;
}

export interface LifecycleProblem {
  /** The record the problem is reported in. */
  id: string;
  /** The field inside its front matter, e.g. `['supersedes', 1]`. */
  path: (string | number)[];
  message: string;
  found: string;
  expected: string;
}

/**
 * Every problem with the links between `records`. `unreadable` holds ids whose files exist but could not
 * be read: links to them are not judged (their own file's problems are reported instead).
 */
export function checkSupersession(
  records: readonly AdrLinks[],
  unreadable: ReadonlySet<string> = new Set(),
): LifecycleProblem[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  const problems: LifecycleProblem[] = [];
  const judged = (id: string) => byId.has(id) || !unreadable.has(id);
  for (const record of records) {
    const laterId = record.supersededBy;
    if (laterId !== undefined && judged(laterId)) problems.push(...checkSuccessor(record, laterId, byId));
    record.supersedes.forEach((earlierId, index) => {
      if (!judged(earlierId)) return;
      const problem = checkPredecessor(record, earlierId, index, byId);
      if (problem) problems.push(problem);
    });
  }
  problems.push(...findCycles(records, byId));
  return problems;
}

function checkSuccessor(
  record: AdrLinks,
  laterId: string,
  byId: ReadonlyMap<string, AdrLinks>,
): LifecycleProblem[] {
  const later = byId.get(laterId);
  if (!later) {
    return [
      {
        id: record.id,
        path: ['supersededBy'],
        message: `superseded by ${laterId}, which does not exist`,
        found: laterId,
        expected: 'the id of an ADR in decisions/',
      },
    ];
  }
  if (!ADR_IN_FORCE.includes(later.status)) {
    return [
      {
        id: record.id,
        path: ['supersededBy'],
        message: `superseded by ${laterId}, which is ${later.status}`,
        found: `${laterId} (${later.status})`,
        expected: 'an accepted ADR (or one superseded further on)',
      },
    ];
  }
  return [];
}

function checkPredecessor(
  record: AdrLinks,
  earlierId: string,
  index: number,
  byId: ReadonlyMap<string, AdrLinks>,
): LifecycleProblem | undefined {
  const path = ['supersedes', index];
  const earlier = byId.get(earlierId);
  if (!earlier) {
    return {
      id: record.id,
      path,
      message: `supersedes ${earlierId}, which does not exist`,
      found: earlierId,
      expected: 'the id of an ADR in decisions/',
    };
  }
  if (!ADR_IN_FORCE.includes(record.status) || earlier.supersededBy === record.id) return undefined;
  const said =
    earlier.supersededBy === undefined
      ? `${earlierId} is ${earlier.status}`
      : `${earlierId} is superseded by ${earlier.supersededBy}`;
  return {
    id: record.id,
    path,
    message: `${record.id} is ${record.status} and supersedes ${earlierId}, but ${earlierId} does not say so`,
    found: said,
    expected: `${earlierId} with status superseded and supersededBy: ${record.id}`,
  };
}

/** Each cycle of `supersededBy` links once, reported at its lowest id. */
function findCycles(records: readonly AdrLinks[], byId: ReadonlyMap<string, AdrLinks>): LifecycleProblem[] {
  const problems: LifecycleProblem[] = [];
  const reported = new Set<string>();
  for (const start of [...records].sort((a, b) => a.id.localeCompare(b.id))) {
    const path: string[] = [];
    let current: AdrLinks | undefined = start;
    while (current && !path.includes(current.id)) {
      path.push(current.id);
      current = current.supersededBy === undefined ? undefined : byId.get(current.supersededBy);
    }
    if (!current || current.id !== start.id || reported.has(start.id)) continue;
    for (const id of path) reported.add(id);
    problems.push({
      id: start.id,
      path: ['supersededBy'],
      message: 'the chain of supersession comes back to this ADR',
      found: [...path, start.id].join(' → '),
      expected: 'a chain that ends in a decision in force',
    });
  }
  return problems;
}
