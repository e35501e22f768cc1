import { describe, expect, it } from 'vitest';
import { foldFileHistories, resolveRenames } from './file-lineage.js';
import {
  assessKnowledgeConcentration,
  computeDegreeOfAuthorship,
  computeTruckFactor,
  type FileHistory,
  findFileAuthors,
} from './truck-factor.js';

function history(file: string, creator: string | null, changes: Record<string, number>): FileHistory {
  return { file, creator, changes: new Map(Object.entries(changes)) };
}

function authorsOf(entries: Record<string, string[]>): Map<string, string[]> {
  return new Map(Object.entries(entries));
}

describe('computeDegreeOfAuthorship', () => {
  it('adds the creation bonus and own changes, and subtracts the log of the others’ changes', () => {
    // 3.293 + 1.098 + 0.164·1 − 0.321·ln(1) = 4.555
    expect(computeDegreeOfAuthorship({ created: true, changes: 1, othersChanges: 0 })).toBeCloseTo(4.555, 6);
    // 3.293 + 0.164·10 − 0.321·ln(2) = 4.933 − 0.2225 = 4.7105
    expect(computeDegreeOfAuthorship({ created: false, changes: 10, othersChanges: 1 })).toBeCloseTo(
      4.7105,
      4,
    );
  });
});

describe('findFileAuthors', () => {
  it('keeps a creator whose DOA stays above three quarters of the most active developer’s', () => {
    // alice: 4.555 − 0.321·ln(11) = 3.7853; bob: 4.7105; 3.7853 / 4.7105 = 0.80 > 0.75.
    expect(findFileAuthors(history('f', 'alice', { alice: 1, bob: 10 }))).toEqual(['alice', 'bob']);
  });

  it('drops the creator once another developer has changed the file far more often', () => {
    // alice: 4.555 − 0.321·ln(21) = 3.5777; bob: 3.293 + 3.28 − 0.2225 = 6.3505; 0.56 ≤ 0.75.
    expect(findFileAuthors(history('f', 'alice', { alice: 1, bob: 20 }))).toEqual(['bob']);
  });

  it('never counts an occasional contributor whose DOA is below the constant', () => {
    // carol: 3.293 + 0.164 − 0.321·ln(6) = 2.88 < 3.293, although she is close to alice's 4.99 in ratio terms.
    expect(findFileAuthors(history('f', 'alice', { alice: 5, carol: 1 }))).toEqual(['alice']);
  });

  it('makes the sole developer of a file its author', () => {
    expect(findFileAuthors(history('f', 'alice', { alice: 1 }))).toEqual(['alice']);
  });
});

describe('computeTruckFactor', () => {
  it('is 1 for a repository with a single author', () => {
    const result = computeTruckFactor(authorsOf({ a: ['alice'], b: ['alice'], c: ['alice'] }));
    expect(result).toMatchObject({ kind: 'value', truckFactor: 1, removed: ['alice'], coveredFiles: 3 });
  });

  it('removes the author of the most files first, equal counts alphabetically', () => {
    // alice and bob author 2 files each, carol 1. Without alice 3 of 4 files keep an author; without bob too,
    // only carol's file does (1 of 4), so more than half are orphaned after two leave.
    const result = computeTruckFactor(
      authorsOf({ f1: ['alice'], f2: ['bob'], f3: ['alice', 'bob'], f4: ['carol'] }),
    );
    expect(result).toMatchObject({ kind: 'value', truckFactor: 2, removed: ['alice', 'bob'] });
    if (result.kind === 'value') {
      expect(result.authors).toEqual([
        { author: 'alice', files: 2 },
        { author: 'bob', files: 2 },
        { author: 'carol', files: 1 },
      ]);
    }
  });

  it('does not stop when exactly half of the files are orphaned: it takes more than half', () => {
    // Without bob (first alphabetically of two equals) 2 of 4 files keep carol: exactly half, so carol leaves too.
    const result = computeTruckFactor(authorsOf({ f1: ['bob'], f2: ['carol'], f3: ['bob'], f4: ['carol'] }));
    expect(result).toMatchObject({ truckFactor: 2, removed: ['bob', 'carol'] });
  });

  it('is 0 when more than half of the files already have no author', () => {
    const result = computeTruckFactor(authorsOf({ f1: [], f2: [], f3: ['alice'] }));
    expect(result).toMatchObject({ kind: 'value', truckFactor: 0, removed: [], coveredFiles: 1 });
  });

  it('has no value without files', () => {
    expect(computeTruckFactor(new Map())).toMatchObject({ kind: 'insufficient-data', files: 0 });
  });
});

describe('assessKnowledgeConcentration', () => {
  it('finds one hero when a single developer dominates every file', () => {
    const histories = ['a', 'b', 'c', 'd'].map((file) => history(file, 'hero', { hero: 30, other: 1 }));
    const { truckFactor, authorsByFile } = assessKnowledgeConcentration(histories);
    expect([...authorsByFile.values()]).toEqual([['hero'], ['hero'], ['hero'], ['hero']]);
    expect(truckFactor).toMatchObject({ truckFactor: 1, removed: ['hero'] });
  });
});

describe('file lineage', () => {
  it('follows chains of renames to the latest path', () => {
    const final = resolveRenames([
      { from: 'a.ts', to: 'b.ts', at: 1 },
      { from: 'b.ts', to: 'c.ts', at: 2 },
    ]);
    expect(final.get('a.ts')).toBe('c.ts');
    expect(final.get('b.ts')).toBe('c.ts');
    expect(final.has('c.ts')).toBe(false);
  });

  it('lets the later move of a re-used path win and stops at a cycle', () => {
    const final = resolveRenames([
      { from: 'a.ts', to: 'old.ts', at: 1 },
      { from: 'a.ts', to: 'new.ts', at: 5 },
      { from: 'x.ts', to: 'y.ts', at: 1 },
      { from: 'y.ts', to: 'x.ts', at: 2 },
    ]);
    expect(final.get('a.ts')).toBe('new.ts');
    expect(final.get('x.ts')).toBe('y.ts');
    expect(final.get('y.ts')).toBe('x.ts');
  });

  it('credits the creator of the old path and adds up changes across the rename', () => {
    const [file] = foldFileHistories(
      [
        { file: 'old.ts', developer: 'alice', changes: 2, firstAt: 100 },
        { file: 'new.ts', developer: 'bob', changes: 3, firstAt: 500 },
        { file: 'new.ts', developer: 'alice', changes: 1, firstAt: 900 },
      ],
      [{ from: 'old.ts', to: 'new.ts', at: 500 }],
    );
    expect(file?.file).toBe('new.ts');
    expect(file?.creator).toBe('alice');
    expect(Object.fromEntries(file?.changes ?? [])).toEqual({ alice: 3, bob: 3 });
  });

  it('breaks a tie on the first instant alphabetically, whatever the row order', () => {
    const rows = [
      { file: 'f', developer: 'zoe', changes: 1, firstAt: 10 },
      { file: 'f', developer: 'amy', changes: 1, firstAt: 10 },
    ];
    expect(foldFileHistories(rows)[0]?.creator).toBe('amy');
    expect(foldFileHistories([...rows].reverse())[0]?.creator).toBe('amy');
  });
});
