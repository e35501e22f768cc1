import { describe, expect, it } from 'vitest';
import { findManagementCycles } from './management.js';

describe('findManagementCycles', () => {
  it('finds no cycle in a chain that ends', () => {
    expect(
      findManagementCycles(
        new Map([
          ['a', 'b'],
          ['b', 'c'],
        ]),
      ),
    ).toEqual([]);
  });

  it('reports each cycle once, starting at its smallest member, whatever the entry point', () => {
    const managerOf = new Map([
      ['z', 'c'],
      ['c', 'a'],
      ['a', 'b'],
      ['b', 'c'],
      ['y', 'x'],
      ['x', 'y'],
    ]);
    expect(findManagementCycles(managerOf)).toEqual([
      ['a', 'b', 'c'],
      ['x', 'y'],
    ]);
  });
});
