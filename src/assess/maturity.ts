/**
 * Assessing a maturity level from answers and evidence (pure). Each criterion is met, unmet, or unknown
 * (no answer in the file, or too little data to read the figure). Levels are a staircase: the assessed
 * level is the highest level L such that every criterion of every level from 2 up to L is met; level 1
 * has no criteria, so every team is at least at level 1. A level whose own criteria are met while a lower
 * one is not does not count. What the next level needs is every criterion of the level above the assessed
 * one that is not met, with what was found.
 */
import type { MaturityLevel } from '../domain/maturity.js';
import type { Criterion, EvidenceKey, MaturityModel } from './maturity-model.js';

export type EvidenceFact =
  | { kind: 'value'; value: number /** Where the figure comes from, in words. */; source: string }
  | { kind: 'insufficient-data'; source: string; needs: string };

export type EvidenceFacts = Partial<Record<EvidenceKey, EvidenceFact>>;

export type CriterionStatus = 'met' | 'unmet' | 'unknown';

export interface CriterionAssessment {
  id: string;
  level: MaturityLevel;
  text: string;
  source: Criterion['source'];
  status: CriterionStatus;
  /** What was found: the answer, the figure, or what is missing. */
  found: string;
  /** What meets the criterion. */
  expected: string;
  /** The figure read, for an evidenced criterion. */
  evidence?: EvidenceFact & { key: EvidenceKey };
}

export interface LevelAssessment {
  level: MaturityLevel;
  name: string;
  summary: string;
  /** Every criterion of this level is met (regardless of the levels below). */
  met: boolean;
  criteria: CriterionAssessment[];
}

export interface MaturityAssessment {
  model: MaturityModel['id'];
  level: MaturityLevel;
  name: string;
  target: MaturityLevel | null;
  levels: LevelAssessment[];
  /** The level above the assessed one and its criteria not met; null at level 5. */
  next: { level: MaturityLevel; name: string; needs: CriterionAssessment[] } | null;
}

export function assessMaturity(
  model: MaturityModel,
  answers: Readonly<Record<string, boolean>>,
  evidence: EvidenceFacts,
  target: MaturityLevel | null = null,
): MaturityAssessment {
  const levels = model.levels.map((level): LevelAssessment => {
    const criteria = model.criteria
      .filter((criterion) => criterion.level === level.level)
      .map((criterion) => assessCriterion(criterion, answers, evidence));
    return { ...level, met: criteria.every((criterion) => criterion.status === 'met'), criteria };
  });
  let reached = levels[0] as LevelAssessment;
  for (const level of levels.slice(1)) {
    if (!level.met) break;
    reached = level;
  }
  const above = levels.find((level) => level.level === reached.level + 1);
  return {
    model: model.id,
    level: reached.level,
    name: reached.name,
    target,
    levels,
    next: above
      ? {
          level: above.level,
          name: above.name,
          needs: above.criteria.filter((criterion) => criterion.status !== 'met'),
        }
      : null,
  };
}

function assessCriterion(
  criterion: Criterion,
  answers: Readonly<Record<string, boolean>>,
  evidence: EvidenceFacts,
): CriterionAssessment {
  const base = { id: criterion.id, level: criterion.level, text: criterion.text, source: criterion.source };
  if (criterion.source === 'answer') {
    const answer = answers[criterion.id];
    if (answer === undefined) {
      return { ...base, status: 'unknown', found: 'no answer in maturity.yaml', expected: 'answered yes' };
    }
    return { ...base, status: answer ? 'met' : 'unmet', found: answer ? 'yes' : 'no', expected: 'yes' };
  }
  const { key, op, threshold } = criterion.check;
  const expected = `${key} ${op} ${threshold}`;
  const fact = evidence[key];
  if (!fact) return { ...base, status: 'unknown', found: `no ${key} figure`, expected };
  const withKey = { ...fact, key };
  if (fact.kind === 'insufficient-data') {
    return {
      ...base,
      status: 'unknown',
      found: `insufficient data: ${fact.needs}`,
      expected,
      evidence: withKey,
    };
  }
  const met = op === '>=' ? fact.value >= threshold : fact.value <= threshold;
  return {
    ...base,
    status: met ? 'met' : 'unmet',
    found: `${key} ${formatFigure(fact.value)} (${fact.source})`,
    expected,
    evidence: withKey,
  };
}

function formatFigure(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
