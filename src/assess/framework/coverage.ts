/**
 * How much of the framework an organization has adopted: counts of procedures by adoption status per
 * concern, per area and overall, the share adopted, and the follow-ups a reader acts on: evidence that is
 * stale or missing, reviews past their date, and the adopted procedures Sextant itself carries out.
 *
 * Rules and reasons:
 * - The share adopted is adopted ÷ (procedures − not applicable): a procedure that does not apply neither
 *   helps nor hurts. Partial and planned do not count as adopted. With nothing applicable the share is null.
 * - A procedure with no entry in policies.yaml is `unrecorded`, kept apart from `not-adopted` (a decision).
 * - Evidence is expected for adopted and partial procedures only; it is stale when its newest item is more
 *   than `staleAfterDays` old (default 180, about two quarters: the slowest cadence most procedures run on
 *   is quarterly, so evidence older than two cycles no longer shows the procedure is alive).
 * - A review is overdue when its date is before today, whatever the status.
 * "Today" is an argument (YYYY-MM-DD in the workspace time zone); nothing here reads the clock.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import type { AdoptionStatus, PolicyAdoption } from '../../domain/policy.js';
import { FRAMEWORK_CATALOG, listProcedures } from './catalog.js';
import type { FrameworkArea, FrameworkProcedure } from './types.js';

export const EVIDENCE_STALE_AFTER_DAYS = 180;

export type CoverageStatus = AdoptionStatus | 'unrecorded';

export type StatusCounts = Record<CoverageStatus, number> & { total: number };

export interface CoverageFigures {
  counts: StatusCounts;
  /** Adopted ÷ applicable procedures, 0 to 1; null when none applies. */
  adoptedShare: number | null;
  /** Adopted or partial procedures that a Sextant feature carries out. */
  carriedBySextant: number;
}

export interface ConcernCoverage extends CoverageFigures {
  id: string;
  title: string;
}

export interface AreaCoverage extends CoverageFigures {
  id: string;
  title: string;
  concerns: ConcernCoverage[];
}

interface ProcedureRef {
  procedure: string;
  title: string;
  concern: string;
  status: AdoptionStatus;
  owner: string | null;
}

export interface FrameworkCoverage extends CoverageFigures {
  today: string;
  staleAfterDays: number;
  areas: AreaCoverage[];
  staleEvidence: (ProcedureRef & { latestEvidence: string; ageDays: number })[];
  missingEvidence: ProcedureRef[];
  overdueReviews: (ProcedureRef & { review: string; daysOverdue: number })[];
  /** Adopted or partial procedures with the Sextant commands that carry them out. */
  carriedOut: (ProcedureRef & { commands: readonly string[] })[];
}

export type AdoptionFacts = Pick<PolicyAdoption, 'procedure' | 'status' | 'owner' | 'evidence' | 'review'>;

export interface CoverageOptions {
  today: string;
  staleAfterDays?: number;
  catalog?: readonly FrameworkArea[];
}

export function computeFrameworkCoverage(
  adoptions: readonly AdoptionFacts[],
  options: CoverageOptions,
): FrameworkCoverage {
  const { today, staleAfterDays = EVIDENCE_STALE_AFTER_DAYS, catalog = FRAMEWORK_CATALOG } = options;
  const byProcedure = new Map(adoptions.map((adoption) => [adoption.procedure, adoption]));
  const statusOf = (procedure: FrameworkProcedure): CoverageStatus =>
    byProcedure.get(procedure.id)?.status ?? 'unrecorded';
  const areas = catalog.map((area): AreaCoverage => {
    const concerns = area.concerns.map(
      (concern): ConcernCoverage => ({
        id: concern.id,
        title: concern.title,
        ...figuresOf(
          concern.policies.flatMap((policy) => policy.procedures),
          statusOf,
        ),
      }),
    );
    const procedures = area.concerns.flatMap((concern) =>
      concern.policies.flatMap((policy) => policy.procedures),
    );
    return { id: area.id, title: area.title, ...figuresOf(procedures, statusOf), concerns };
  });
  const placed = listProcedures(catalog);
  const total = figuresOf(
    placed.map((entry) => entry.procedure),
    statusOf,
  );
  const recorded = placed.flatMap(({ concern, procedure }) => {
    const adoption = byProcedure.get(procedure.id);
    if (!adoption) return [];
    const ref: ProcedureRef = {
      procedure: procedure.id,
      title: procedure.title,
      concern: concern.id,
      status: adoption.status,
      owner: adoption.owner,
    };
    return [{ ref, adoption, procedure }];
  });
  const live = recorded.filter(({ adoption }) => isLive(adoption.status));
  const age = (date: string) => differenceInCalendarDays(parseISO(today), parseISO(date));
  return {
    today,
    staleAfterDays,
    ...total,
    areas,
    staleEvidence: live.flatMap(({ ref, adoption }) => {
      const latest = adoption.evidence
        .map((item) => item.date)
        .sort()
        .at(-1);
      if (latest === undefined || age(latest) <= staleAfterDays) return [];
      return [{ ...ref, latestEvidence: latest, ageDays: age(latest) }];
    }),
    missingEvidence: live.filter(({ adoption }) => adoption.evidence.length === 0).map(({ ref }) => ref),
    overdueReviews: recorded.flatMap(({ ref, adoption }) =>
      adoption.review !== null && adoption.review < today
        ? [{ ...ref, review: adoption.review, daysOverdue: age(adoption.review) }]
        : [],
    ),
    carriedOut: live.flatMap(({ ref, procedure }) =>
      procedure.feature ? [{ ...ref, commands: procedure.feature.commands }] : [],
    ),
  };
}

/** Adopted or partial: the procedure runs, so it should show evidence. */
function isLive(status: CoverageStatus): boolean {
  return status === 'adopted' || status === 'partial';
}

function figuresOf(
  procedures: readonly FrameworkProcedure[],
  statusOf: (procedure: FrameworkProcedure) => CoverageStatus,
): CoverageFigures {
  const counts: StatusCounts = {
    adopted: 0,
    partial: 0,
    planned: 0,
    'not-adopted': 0,
    'not-applicable': 0,
    unrecorded: 0,
    total: procedures.length,
  };
  let carriedBySextant = 0;
  for (const procedure of procedures) {
    const status = statusOf(procedure);
    counts[status] += 1;
    if (isLive(status) && procedure.feature) carriedBySextant += 1;
  }
  const applicable = counts.total - counts['not-applicable'];
  return { counts, adoptedShare: applicable === 0 ? null : counts.adopted / applicable, carriedBySextant };
}
