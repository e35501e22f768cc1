/**
 * Weighted scoring, shared by vendor scorecards and selection evaluations. Criteria carry percentage
 * weights that add up to 100 (the register refuses other sums rather than rescale them silently), and each
 * criterion is scored 1–5; the weighted total Σ weight × score ÷ 100 reads on the same 1–5 scale.
 * Candidates rank by total, highest first; equal totals share a rank. Pure.
 */
import type { Criterion } from '../domain/vendor.js';

/** Weights are compared after rounding to this many decimals, so 33.33 + 33.33 + 33.34 adds up. */
const WEIGHT_DECIMALS = 6;

export function weightSum(criteria: readonly Criterion[]): number {
  return Number(criteria.reduce((sum, criterion) => sum + criterion.weight, 0).toFixed(WEIGHT_DECIMALS));
}

export function weightsAddUp(criteria: readonly Criterion[]): boolean {
  return weightSum(criteria) === 100;
}

export interface WeightedTotal {
  total: number;
  /** Each criterion's score and its share of the total (weight × score ÷ 100). */
  parts: { criterion: string; weight: number; score: number; contribution: number }[];
}

/** The weighted total of scores that cover every criterion (the register checks they do). */
export function weightedTotal(
  criteria: readonly Criterion[],
  scores: Readonly<Record<string, number>>,
): WeightedTotal {
  const parts = criteria.map((criterion) => {
    const score = scores[criterion.name] ?? 0;
    return {
      criterion: criterion.name,
      weight: criterion.weight,
      score,
      contribution: (criterion.weight * score) / 100,
    };
  });
  const total = parts.reduce((sum, part) => sum + part.contribution, 0);
  return {
    total: round(total),
    parts: parts.map((part) => ({ ...part, contribution: round(part.contribution) })),
  };
}

export interface RankedCandidate<T> extends WeightedTotal {
  rank: number;
  candidate: T;
}

export function rankCandidates<T extends { name: string; scores: Record<string, number> }>(
  criteria: readonly Criterion[],
  candidates: readonly T[],
): RankedCandidate<T>[] {
  const scored = candidates
    .map((candidate) => ({ candidate, ...weightedTotal(criteria, candidate.scores) }))
    .sort((a, b) => b.total - a.total || a.candidate.name.localeCompare(b.candidate.name));
  let rank = 0;
  return scored.map((entry, index) => {
    if (index === 0 || entry.total !== scored[index - 1]?.total) rank = index + 1;
    return { ...entry, rank };
  });
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
