import { describe, expect, it } from 'vitest';
import { buildKeyResult, buildObjective } from '../domain/okr.test-fixtures.js';
import { buildCascade } from './okr-cascade.js';
import type { KrAssessment } from './okr-status.js';

describe('OKR cascade', () => {
  const company = buildObjective({
    id: 'co',
    level: 'company',
    team: null,
    parent: null,
    keyResults: [buildKeyResult({ id: 'kr-co' })],
  });
  const engineering = buildObjective({
    id: 'eng',
    level: 'engineering',
    team: null,
    parent: 'co',
    keyResults: [buildKeyResult({ id: 'kr-eng' })],
  });
  const team = buildObjective({ id: 'team', parent: 'eng', keyResults: [buildKeyResult({ id: 'kr-team' })] });
  const orphan = buildObjective({
    id: 'orphan',
    parent: null,
    keyResults: [buildKeyResult({ id: 'kr-orphan' })],
  });
  const assessments = new Map<string, KrAssessment>([
    ['kr-co', { status: 'on-track', progress: 0.5, expected: 0.25 }],
    ['kr-eng', { status: 'on-track', progress: 0.4, expected: 0.25 }],
    ['kr-team', { status: 'off-track', progress: -0.5, expected: 0.25 }],
    ['kr-orphan', { status: 'not-started', why: 'no check-in yet', expected: 0.25 }],
  ]);

  it('nests team objectives under engineering under company, and keeps unaligned ones as roots', () => {
    const roots = buildCascade(
      [team, orphan, engineering, company],
      assessments,
      new Map([['2026-Q4', 0.25]]),
    );
    expect(roots.map((root) => root.id)).toEqual(['co', 'orphan']);
    expect(roots[0]?.children.map((child) => child.id)).toEqual(['eng']);
    expect(roots[0]?.children[0]?.children.map((child) => child.id)).toEqual(['team']);
  });

  it('rolls an off-track team key result up into its ancestors', () => {
    const [root] = buildCascade([team, engineering, company], assessments, new Map([['2026-Q4', 0.25]]));
    const eng = root?.children[0];
    expect(eng?.rollUp.progress).toBeCloseTo(0.2, 10);
    expect(eng?.rollUp.status).toBe('at-risk');
    expect(root?.rollUp.counts['off-track']).toBe(1);
    expect(root?.rollUp.progress).toBeCloseTo(0.35, 10);
  });
});
