/**
 * Scoring a risk: likelihood × impact on 1–5 scales gives a score of 1 to 25, read in four bands. The bands
 * follow the usual 5×5 matrix: a risk is critical only when both factors are high (20 and 25 need a 4 and
 * a 5 at least), high from 10 (likely and significant), medium from 5, low below. The heat map counts the
 * risks still in play (every status but closed) at their inherent and residual positions. Pure.
 */
import type { Risk } from '../domain/risk.js';

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The lowest score of each level. */
export const RISK_LEVEL_FLOORS: Record<RiskLevel, number> = { low: 1, medium: 5, high: 10, critical: 20 };

export interface Assessment {
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
}

export function scoreRisk(likelihood: number, impact: number): number {
  return likelihood * impact;
}

export function levelOf(score: number): RiskLevel {
  if (score >= RISK_LEVEL_FLOORS.critical) return 'critical';
  if (score >= RISK_LEVEL_FLOORS.high) return 'high';
  if (score >= RISK_LEVEL_FLOORS.medium) return 'medium';
  return 'low';
}

export function assess(position: { likelihood: number; impact: number }): Assessment {
  const score = scoreRisk(position.likelihood, position.impact);
  return { likelihood: position.likelihood, impact: position.impact, score, level: levelOf(score) };
}

/** Where the risk sits once mitigated: its residual assessment, else (not assessed) its inherent one. */
export function residualOf(risk: Pick<Risk, 'likelihood' | 'impact' | 'residual'>): Assessment {
  return assess(risk.residual ?? risk);
}

export interface HeatMap {
  /** `cells[likelihood - 1][impact - 1]`: how many risks sit there. */
  inherent: number[][];
  residual: number[][];
  /** The ids in each cell, same indexing. */
  inherentIds: string[][][];
  residualIds: string[][][];
  /** Risks counted (closed ones are left out). */
  total: number;
  byLevel: { inherent: Record<RiskLevel, number>; residual: Record<RiskLevel, number> };
}

export function buildHeatMap(risks: readonly Risk[]): HeatMap {
  const grid = <T>(make: () => T) => Array.from({ length: 5 }, () => Array.from({ length: 5 }, make));
  const map: HeatMap = {
    inherent: grid(() => 0),
    residual: grid(() => 0),
    inherentIds: grid((): string[] => []),
    residualIds: grid((): string[] => []),
    total: 0,
    byLevel: { inherent: emptyLevels(), residual: emptyLevels() },
  };
  for (const risk of risks) {
    if (risk.status === 'closed') continue;
    map.total += 1;
    const inherent = assess(risk);
    const residual = residualOf(risk);
    place(map.inherent, map.inherentIds, inherent, risk.id);
    place(map.residual, map.residualIds, residual, risk.id);
    map.byLevel.inherent[inherent.level] += 1;
    map.byLevel.residual[residual.level] += 1;
  }
  return map;
}

function place(counts: number[][], ids: string[][][], at: Assessment, id: string): void {
  const row = counts[at.likelihood - 1];
  const idRow = ids[at.likelihood - 1];
  if (!row || !idRow) return;
  row[at.impact - 1] = (row[at.impact - 1] ?? 0) + 1;
  idRow[at.impact - 1]?.push(id);
}

function emptyLevels(): Record<RiskLevel, number> {
  return { low: 0, medium: 0, high: 0, critical: 0 };
}

/** Whether a dated item is late on `today` (YYYY-MM-DD): its day has passed. ISO dates compare as text. */
export function isPast(date: string, today: string): boolean {
  return date < today;
}

/** A review is overdue once its date has passed, unless the risk is closed. */
export function isReviewOverdue(risk: Pick<Risk, 'reviewDate' | 'status'>, today: string): boolean {
  return risk.status !== 'closed' && isPast(risk.reviewDate, today);
}

/** A mitigation is overdue once its due date has passed while it is neither done nor dropped. */
export function isMitigationOverdue(
  mitigation: { due: string; status: Risk['mitigations'][number]['status'] },
  today: string,
): boolean {
  return (
    (mitigation.status === 'planned' || mitigation.status === 'in-progress') && isPast(mitigation.due, today)
  );
}
