import { describe, expect, it } from 'vitest';
import {
  guardGroup,
  guardPartition,
  guardUnion,
  hasCapability,
  MIN_GROUP_SIZE,
  protectPartition,
} from './privacy.js';

describe('protectPartition', () => {
  it('shows every cell when each holds at least the minimum', () => {
    const hidden = protectPartition([
      { key: 'a', n: 5 },
      { key: 'b', n: 9 },
    ]);
    expect([...hidden]).toEqual([]);
  });

  it('hides a small cell and, so the total cannot reveal it, the next smallest shown cell', () => {
    const hidden = protectPartition([
      { key: 'checkout', n: 8 },
      { key: 'ranking', n: 4 },
      { key: 'payments', n: 6 },
    ]);
    expect([...hidden].sort()).toEqual(['payments', 'ranking']);
  });

  it('needs no second cell when the hidden cells already hold the minimum together', () => {
    const hidden = protectPartition([
      { key: 'a', n: 3 },
      { key: 'b', n: 2 },
      { key: 'c', n: 7 },
    ]);
    expect([...hidden].sort()).toEqual(['a', 'b']);
  });

  it('never hides on account of an empty cell', () => {
    const hidden = protectPartition([
      { key: 'a', n: 0 },
      { key: 'b', n: 6 },
    ]);
    expect([...hidden]).toEqual([]);
  });

  it('leaves nothing subtractable: the hidden cells hold none or at least the minimum', () => {
    for (const sizes of [
      [1, 5, 5, 5],
      [4, 4, 30],
      [2, 9, 11, 12],
      [1, 1, 1, 100],
    ]) {
      const cells = sizes.map((n, index) => ({ key: `c${index}`, n }));
      const hidden = protectPartition(cells);
      const hiddenTotal = cells.filter((cell) => hidden.has(cell.key)).reduce((sum, cell) => sum + cell.n, 0);
      expect(hiddenTotal === 0 || hiddenTotal >= MIN_GROUP_SIZE).toBe(true);
      for (const cell of cells) if (cell.n < MIN_GROUP_SIZE) expect(hidden.has(cell.key)).toBe(true);
    }
  });
});

describe('guardPartition and guardGroup', () => {
  it('withholds the count of a suppressed cell and says why', () => {
    const result = guardPartition(
      [
        { key: 'big', n: 12, mean: 4.1 },
        { key: 'small', n: 3, mean: 2.0 },
        { key: 'mid', n: 6, mean: 3.3 },
      ],
      (cell) => ({ mean: cell.mean }),
    );
    expect(result).toEqual([
      { key: 'big', figure: { kind: 'shown', n: 12, mean: 4.1 } },
      { key: 'small', figure: { kind: 'suppressed', reason: 'small-group', minimum: 5 } },
      { key: 'mid', figure: { kind: 'suppressed', reason: 'complement', minimum: 5 } },
    ]);
  });

  it('shows a lone group of five and withholds one of four', () => {
    expect(guardGroup(5, () => ({ score: 3 }))).toEqual({ kind: 'shown', n: 5, score: 3 });
    expect(guardGroup(4, () => ({ score: 3 }))).toEqual({
      kind: 'suppressed',
      reason: 'small-group',
      minimum: 5,
    });
  });
});

describe('capabilities', () => {
  it('gives compensation to people partners and administrators only', () => {
    expect(hasCapability('people-partner', 'people.compensation')).toBe(true);
    expect(hasCapability('admin', 'people.compensation')).toBe(true);
    expect(hasCapability('leader', 'people.compensation')).toBe(false);
    expect(hasCapability('manager', 'people.compensation')).toBe(false);
  });

  it('lets every role see survey results but only trusted roles read open text', () => {
    expect(hasCapability('viewer', 'surveys.results')).toBe(true);
    expect(hasCapability('viewer', 'surveys.open-text')).toBe(false);
    expect(hasCapability('manager', 'surveys.open-text')).toBe(false);
    expect(hasCapability('leader', 'surveys.open-text')).toBe(true);
  });
});

describe('guardUnion', () => {
  const cells = [
    { key: 'checkout', n: 8 },
    { key: 'payments', n: 6 },
    { key: 'ranking', n: 4 },
    { key: 'search', n: 0 },
  ];

  it('shows several cells as one group when the partition shows each of them', () => {
    expect(guardUnion(cells, new Set(['checkout', 'search']), () => ({ mean: 3 }))).toEqual({
      kind: 'shown',
      n: 8,
      mean: 3,
    });
  });

  it('withholds the group when one of its cells is withheld, even at the minimum size or more', () => {
    // ranking (4) is small and payments goes with it, so checkout + payments minus checkout would show payments.
    expect(guardUnion(cells, new Set(['checkout', 'payments']), () => ({}))).toEqual({
      kind: 'suppressed',
      reason: 'complement',
      minimum: MIN_GROUP_SIZE,
    });
    expect(guardUnion(cells, new Set(['ranking']), () => ({}))).toEqual({
      kind: 'suppressed',
      reason: 'small-group',
      minimum: MIN_GROUP_SIZE,
    });
  });
});
