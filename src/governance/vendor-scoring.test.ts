import { describe, expect, it } from 'vitest';
import { rankCandidates, weightedTotal, weightsAddUp } from './vendor-scoring.js';

const criteria = [
  { name: 'reliability', weight: 50 },
  { name: 'cost', weight: 30 },
  { name: 'support', weight: 20 },
];

describe('weighted scoring', () => {
  it('adds weight times score over 100, on the 1 to 5 scale', () => {
    const result = weightedTotal(criteria, { reliability: 4, cost: 2, support: 5 });
    expect(result.total).toBe(3.6);
    expect(result.parts.map((part) => part.contribution)).toEqual([2, 0.6, 1]);
  });

  it('accepts weights adding up to 100 once rounded, and refuses other sums', () => {
    expect(weightsAddUp(criteria)).toBe(true);
    expect(
      weightsAddUp([
        { name: 'a', weight: 33.33 },
        { name: 'b', weight: 33.33 },
        { name: 'c', weight: 33.34 },
      ]),
    ).toBe(true);
    expect(
      weightsAddUp([
        { name: 'a', weight: 60 },
        { name: 'b', weight: 30 },
      ]),
    ).toBe(false);
  });

  it('ranks candidates by total, highest first, equal totals sharing a rank', () => {
    const ranked = rankCandidates(criteria, [
      { name: 'Beacon', scores: { reliability: 3, cost: 5, support: 3 } },
      { name: 'Alarmo', scores: { reliability: 5, cost: 3, support: 4 } },
      { name: 'Chime', scores: { reliability: 3, cost: 5, support: 3 } },
    ]);
    expect(ranked.map((entry) => [entry.candidate.name, entry.total, entry.rank])).toEqual([
      ['Alarmo', 4.2, 1],
      ['Beacon', 3.6, 2],
      ['Chime', 3.6, 2],
    ]);
  });
});
