import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGES } from '../../domain/hiring.js';
import { computeFunnel, computeOfferAcceptance, computeSources, findBottleneck } from './hiring-funnel.js';
import { buildApplication } from './hiring-test-data.js';

const STAGES = [...DEFAULT_STAGES];

describe('computeFunnel', () => {
  it('counts a skipped stage as reached and leaves applications still in a stage out of its conversion', () => {
    const apps = [
      buildApplication('a', [1, 3, 5]),
      buildApplication('b', [1, 2]),
      buildApplication('c', [1]),
      buildApplication('d', [1], { outcome: 'active' }),
      // A referral that skipped the screen: applied, then straight to technical.
      buildApplication('e', [1], {
        stages: [
          { stage: 'applied', enteredAt: '2026-03-01T00:00:00.000Z' },
          { stage: 'technical', enteredAt: '2026-03-09T00:00:00.000Z' },
        ],
      }),
    ];
    const [applied, screen, technical] = computeFunnel(apps, STAGES);
    expect(applied).toMatchObject({
      reached: 5,
      inStage: 1,
      conversion: { kind: 'value', decided: 4, movedOn: 3, value: 0.75 },
    });
    expect(screen).toMatchObject({ reached: 3, conversion: { kind: 'value', decided: 3, movedOn: 2 } });
    expect(technical?.reached).toBe(2);
  });

  it('measures time in a stage from entering it to entering the next, as a true median', () => {
    const apps = [buildApplication('a', [1, 3]), buildApplication('b', [1, 6]), buildApplication('c', [1])];
    expect(computeFunnel(apps, STAGES)[0]?.medianDaysInStage).toEqual({ kind: 'value', days: 3.5, n: 2 });
    expect(computeFunnel(apps, STAGES)[1]?.medianDaysInStage.kind).toBe('insufficient-data');
  });
});

describe('findBottleneck', () => {
  it('names the stage with the lowest conversion among stages with enough decided applications', () => {
    const apps = [
      ...Array.from({ length: 8 }, (_, i) => buildApplication(`t${i}`, [1, 2, 4])),
      ...Array.from({ length: 2 }, (_, i) => buildApplication(`o${i}`, [1, 2, 4, 20])),
      ...Array.from({ length: 2 }, (_, i) => buildApplication(`x${i}`, [1])),
    ];
    const bottleneck = findBottleneck(computeFunnel(apps, STAGES));
    expect(bottleneck).toMatchObject({
      kind: 'value',
      stage: 'technical',
      by: 'lowest-conversion',
      decided: 10,
    });
    expect(bottleneck.kind === 'value' && bottleneck.conversion).toBeCloseTo(0.2);
    expect(bottleneck.kind === 'value' && bottleneck.slowest).toEqual({ stage: 'technical', medianDays: 16 });
  });

  it('is insufficient data when no stage has five decided applications', () => {
    expect(findBottleneck(computeFunnel([buildApplication('a', [1, 2])], STAGES)).kind).toBe(
      'insufficient-data',
    );
  });
});

describe('computeOfferAcceptance', () => {
  it('divides accepted offers by accepted and declined ones, leaving pending offers out', () => {
    const offered = { offerExtendedAt: '2026-03-10T00:00:00.000Z' };
    const apps = [
      buildApplication('a', [1], {
        ...offered,
        outcome: 'hired',
        offerAcceptedAt: '2026-03-12T00:00:00.000Z',
      }),
      buildApplication('b', [1], { ...offered, outcome: 'offer-declined' }),
      buildApplication('c', [1], { ...offered, outcome: 'offer-declined' }),
      buildApplication('d', [1], { ...offered, outcome: 'active' }),
      buildApplication('e', [1]),
    ];
    expect(computeOfferAcceptance(apps)).toMatchObject({
      kind: 'value',
      accepted: 1,
      declined: 2,
      pending: 1,
    });
    expect(computeOfferAcceptance([buildApplication('e', [1])]).kind).toBe('insufficient-data');
  });
});

describe('computeSources', () => {
  it('counts per source the applications, those reaching the interview loop and the hires', () => {
    const apps = [
      buildApplication('a', [1, 2, 3, 4, 5, 6], { channel: 'referral', outcome: 'hired' }),
      buildApplication('b', [1, 2, 3, 4], { channel: 'referral' }),
      buildApplication('c', [1, 2, 3], { channel: 'job-board' }),
      buildApplication('d', [1], { channel: 'job-board' }),
      buildApplication('e', [1], { channel: 'job-board' }),
    ];
    expect(computeSources(apps, STAGES)).toEqual([
      { source: 'job-board', applications: 3, reachedLoop: 0, hires: 0, hireRate: 0 },
      { source: 'referral', applications: 2, reachedLoop: 2, hires: 1, hireRate: 0.5 },
    ]);
  });
});
