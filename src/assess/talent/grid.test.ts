import { describe, expect, it } from 'vitest';
import { DEFAULT_RATING_BANDS, type ReviewCycle } from '../../domain/talent.js';
import { BOXES, buildTalentGrid, findBox, latestCycle, placePerson } from './grid.js';

const ratings = DEFAULT_RATING_BANDS;

describe('the nine boxes', () => {
  it('has one box for each pair of bands, with distinct names', () => {
    expect(BOXES).toHaveLength(9);
    expect(new Set(BOXES.map((box) => `${box.performance}/${box.potential}`)).size).toBe(9);
    expect(new Set(BOXES.map((box) => box.name)).size).toBe(9);
    expect(findBox('high', 'high').name).toBe('future leader');
    expect(findBox('medium', 'medium').name).toBe('core contributor');
    expect(findBox('low', 'low').name).toBe('off track');
  });
});

describe('placing a person', () => {
  it('maps the free-text rating to a band without regard to case or spacing', () => {
    const placement = placePerson(
      { person: 'p', rating: ' Strongly  Exceeds', potential: 'medium' },
      ratings,
      undefined,
    );
    expect(placement).toMatchObject({
      kind: 'placed',
      performance: { band: 'high', source: 'rating' },
      potential: { band: 'medium', source: 'declared' },
      box: { id: 'strong-contributor' },
    });
  });

  it('lets the calibration override either axis', () => {
    const placement = placePerson({ person: 'p', rating: 'meets', potential: 'low' }, ratings, {
      person: 'p',
      performance: null,
      potential: 'high',
      notes: 'n',
    });
    expect(placement).toMatchObject({
      performance: { band: 'medium', source: 'rating' },
      potential: { band: 'high', source: 'calibration' },
      box: { name: 'rising talent' },
    });
  });

  it('leaves unplaced, with the reasons, someone whose rating is unknown to the mapping and who has no potential', () => {
    const placement = placePerson({ person: 'p', rating: 'superb', potential: null }, ratings, undefined);
    expect(placement).toEqual({
      kind: 'unplaced',
      person: 'p',
      reasons: ['unmapped-rating', 'no-potential'],
      rating: 'superb',
    });
  });
});

const cycle = (id: string, date: string, calibration: ReviewCycle['calibration']): ReviewCycle => ({
  id,
  date,
  calibration,
});

describe('the grid', () => {
  it('uses only the latest cycle’s calibration', () => {
    const cycles = [
      cycle('2026-H2', '2026-11-03', [{ person: 'a', performance: 'low', potential: null, notes: 'late' }]),
      cycle('2026-H1', '2026-05-07', [{ person: 'a', performance: 'high', potential: null, notes: 'early' }]),
    ];
    expect(latestCycle(cycles)?.id).toBe('2026-H2');
    const grid = buildTalentGrid({
      people: [{ person: 'a', rating: 'exceeds', potential: 'low' }],
      ratings,
      cycles,
    });
    expect(grid.cycle).toEqual({ id: '2026-H2', date: '2026-11-03' });
    expect(grid.boxes.find((box) => box.id === 'off-track')?.people).toEqual(['a']);
  });

  it('counts unmapped ratings by how many people carry them', () => {
    const grid = buildTalentGrid({
      people: [
        { person: 'a', rating: 'Superb', potential: 'high' },
        { person: 'b', rating: 'superb', potential: 'low' },
        { person: 'c', rating: 'meh', potential: 'low' },
        { person: 'd', rating: 'meets', potential: 'low' },
      ],
      ratings,
      cycles: [],
    });
    expect(grid.unmappedRatings).toEqual([
      { rating: 'superb', people: 2 },
      { rating: 'meh', people: 1 },
    ]);
    expect(grid.boxes.find((box) => box.id === 'steady-hand')?.people).toEqual(['d']);
    expect(grid.cycle).toBeNull();
  });

  it('places someone known only from a calibration that sets both axes', () => {
    const grid = buildTalentGrid({
      people: [],
      ratings,
      cycles: [
        cycle('c', '2026-01-01', [{ person: 'z', performance: 'high', potential: 'high', notes: 'n' }]),
      ],
    });
    expect(grid.boxes[0]).toMatchObject({ id: 'future-leader', people: ['z'] });
  });
});
