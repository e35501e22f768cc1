/**
 * Who may see people data, and how much of a group may be shown (DESIGN principle 7).
 *
 * Access is decided per capability, never per screen: every interface (CLI, API, MCP, reports, exports)
 * asks for the same capability before it reads, so one table below is the whole policy. Anything about
 * an identifiable person (ratings, potential, flight risk, compensation, a candidate, a new hire's
 * check-ins) needs an individual capability; figures over groups need an aggregate one and are shown only
 * for groups of at least MIN_GROUP_SIZE people or respondents.
 *
 * Group figures are protected against differencing as well as against small groups. Every group a
 * result may show is one cell of a fixed partition (a scope broken down by one dimension: team, tenure
 * band, level, …), and the cells of a partition are suppressed together (`protectPartition`): a cell below
 * the minimum is suppressed, and when the suppressed cells add up to fewer than the minimum, the next
 * smallest cells are suppressed too, so subtracting the shown cells from the total (or one query from an
 * overlapping one) never isolates fewer than MIN_GROUP_SIZE people. A filter is one cell of such a
 * partition, decided with its siblings, so a filtered query and the unfiltered one cannot be subtracted
 * to reach a small group either.
 */

/** Roles a reader of the organization's data may have, from least to most trusted with people data. */
export const VIEWER_ROLES = ['viewer', 'manager', 'leader', 'people-partner', 'admin'] as const;
export type ViewerRole = (typeof VIEWER_ROLES)[number];

/** Who is reading: the role decides; the actor names them in the audit log. */
export interface Viewer {
  role: ViewerRole;
  /** The API token's name, `local operator` for the CLI, `anonymous` for a request without a token. */
  actor: string;
  /**
   * For a manager: the team (`team:<namespace>/<name>`) whose subtree they manage, and so the only people
   * whose data they may read. Absent for every other role, and for a manager who was given none (who then
   * reads no people data at all).
   */
  manages?: string;
}

/** The viewer a token or a user acts as: the team they manage is kept for a manager only. */
export function toViewer(role: ViewerRole, actor: string, manages: string | null): Viewer {
  return role === 'manager' && manages !== null ? { role, actor, manages } : { role, actor };
}

/** The local operator of a workspace: the CLI runs with the rights of the folder's owner. */
export const LOCAL_OPERATOR: Viewer = { role: 'admin', actor: 'local operator' };

/** A request to the HTTP API without a token. */
export const ANONYMOUS: Viewer = { role: 'viewer', actor: 'anonymous' };

/** The fewest people or respondents a group figure may describe. */
export const MIN_GROUP_SIZE = 5;

export const CAPABILITIES = {
  /** Group figures about people: survey scores, attrition and promotion rates, funnel conversion. */
  'people.aggregates': ['manager', 'leader', 'people-partner', 'admin'],
  /** One person's talent data: performance × potential, calibration notes, succession, flight risk. */
  'people.talent': ['leader', 'people-partner', 'admin'],
  /** Compensation, and the equity review of promotion and compensation by group. */
  'people.compensation': ['people-partner', 'admin'],
  /** The sensitive per-person fields of people-private.yaml, whole. */
  'people.private': ['people-partner', 'admin'],
  /** The hiring plan and the pipeline's group figures (funnel, time to fill, sources). */
  'hiring.pipeline': ['manager', 'leader', 'people-partner', 'admin'],
  /** Individual candidates, their stage history and scorecards, and interviewer calibration. */
  'hiring.candidates': ['leader', 'people-partner', 'admin'],
  /** New hires' 30-60-90 plans and check-ins. */
  'onboarding.plans': ['manager', 'leader', 'people-partner', 'admin'],
  /** Survey results: item scores and trends for groups of at least MIN_GROUP_SIZE respondents. */
  'surveys.results': ['viewer', 'manager', 'leader', 'people-partner', 'admin'],
  /** Open-text answers, only ever for groups of at least MIN_GROUP_SIZE respondents. */
  'surveys.open-text': ['leader', 'people-partner', 'admin'],
  /** Submitting one's own survey response. */
  'surveys.respond': ['viewer', 'manager', 'leader', 'people-partner', 'admin'],
  /** Importing survey responses and ATS exports, and issuing tokens. */
  'people.import': ['people-partner', 'admin'],
  /** Running the advisor and acknowledging, snoozing, resolving and reopening its findings. */
  'findings.manage': ['manager', 'leader', 'people-partner', 'admin'],
  /**
   * Recording observed data by hand: declaring incidents and recording their updates and timeline events;
   * adding action items to postmortems; SLI samples, release sign-offs and flags, vulnerability imports.
   */
  'records.write': ['manager', 'leader', 'admin'],
  /** Checking in key results of the OKRs. */
  'okrs.write': ['manager', 'leader', 'admin'],
  /** The audit log of reads of sensitive data. */
  'audit.read': ['admin'],
  /** Creating and revoking API tokens. */
  'tokens.manage': ['admin'],
} as const satisfies Record<string, readonly ViewerRole[]>;
export type Capability = keyof typeof CAPABILITIES;

/**
 * The capabilities whose data describes people (as opposed to writing records or managing the system). A
 * manager holds some of them only for the teams they manage: access.service.ts narrows those reads.
 */
export const PEOPLE_CAPABILITIES: readonly Capability[] = [
  'people.aggregates',
  'people.talent',
  'people.compensation',
  'people.private',
  'hiring.pipeline',
  'hiring.candidates',
  'onboarding.plans',
  'surveys.results',
  'surveys.open-text',
];

export function isPeopleCapability(capability: Capability): boolean {
  return PEOPLE_CAPABILITIES.includes(capability);
}

export function hasCapability(role: ViewerRole, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly ViewerRole[]).includes(role);
}

export function rolesWith(capability: Capability): readonly ViewerRole[] {
  return CAPABILITIES[capability];
}

/** One cell of a partition: its key and how many people or respondents it holds. */
export interface PartitionCell {
  key: string;
  n: number;
}

/**
 * The keys of a partition's cells that must not be shown. Primary suppression hides every cell with
 * 0 < n < MIN_GROUP_SIZE. Secondary suppression then hides the smallest shown cells until the hidden
 * cells hold none or at least MIN_GROUP_SIZE people together, so the total minus the shown cells never
 * reveals a small group. Empty cells (n = 0) describe no one and are never the reason for more hiding.
 */
export function protectPartition(cells: readonly PartitionCell[], minimum = MIN_GROUP_SIZE): Set<string> {
  const hidden = new Set(cells.filter((cell) => cell.n > 0 && cell.n < minimum).map((cell) => cell.key));
  let hiddenTotal = cells.filter((cell) => hidden.has(cell.key)).reduce((sum, cell) => sum + cell.n, 0);
  const shown = cells
    .filter((cell) => cell.n > 0 && !hidden.has(cell.key))
    .sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
  for (const cell of shown) {
    if (hiddenTotal === 0 || hiddenTotal >= minimum) break;
    hidden.add(cell.key);
    hiddenTotal += cell.n;
  }
  return hidden;
}

/**
 * A figure about a group, or the fact that it is withheld. A withheld figure never carries its count:
 * "3 of 4 answered" is itself a figure about a small group.
 */
export type GroupFigure<T> =
  | ({ kind: 'shown'; n: number } & T)
  | { kind: 'suppressed'; reason: 'small-group' | 'complement'; minimum: number };

/** Shows `build()` for each cell of a partition that protectPartition lets through, in the given order. */
export function guardPartition<C extends PartitionCell, T>(
  cells: readonly C[],
  build: (cell: C) => T,
  minimum = MIN_GROUP_SIZE,
): { key: string; figure: GroupFigure<T> }[] {
  const hidden = protectPartition(cells, minimum);
  return cells.map((cell) => {
    if (!hidden.has(cell.key)) return { key: cell.key, figure: { kind: 'shown', n: cell.n, ...build(cell) } };
    const reason = cell.n < minimum ? 'small-group' : 'complement';
    return { key: cell.key, figure: { kind: 'suppressed', reason, minimum } };
  });
}

/**
 * A group made of several cells of one partition (the teams a manager manages): shown only when every one
 * of its non-empty cells is shown by the partition. It is then the sum of figures the partition shows
 * anyway, so it cannot be subtracted from them, or they from it, to reach a group under the minimum.
 */
export function guardUnion<T>(
  cells: readonly PartitionCell[],
  keys: ReadonlySet<string>,
  build: () => T,
  minimum = MIN_GROUP_SIZE,
): GroupFigure<T> {
  const hidden = protectPartition(cells, minimum);
  const members = cells.filter((cell) => keys.has(cell.key));
  const n = members.reduce((sum, cell) => sum + cell.n, 0);
  if (members.some((cell) => cell.n > 0 && hidden.has(cell.key)))
    return { kind: 'suppressed', reason: n < minimum ? 'small-group' : 'complement', minimum };
  return guardGroup(n, build, minimum);
}

/** One group on its own (a whole scope with no sibling cells): shown only at or above the minimum. */
export function guardGroup<T>(n: number, build: () => T, minimum = MIN_GROUP_SIZE): GroupFigure<T> {
  if (n >= minimum) return { kind: 'shown', n, ...build() };
  return { kind: 'suppressed', reason: 'small-group', minimum };
}
