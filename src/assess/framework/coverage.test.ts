import { describe, expect, it } from 'vitest';
import type { AdoptionStatus } from '../../domain/policy.js';
import { type AdoptionFacts, computeFrameworkCoverage } from './coverage.js';
import { defineConcerns } from './define.js';
import type { FrameworkArea } from './types.js';

const feature = { commands: ['risks list'], api: [], does: 'keeps the register.' };

/** Two concerns in one area: five procedures, two of them carried out by Sextant. */
const CATALOG: FrameworkArea[] = [
  {
    id: 'ops',
    title: 'Operational',
    concerns: defineConcerns('ops', [
      {
        slug: 'risk',
        title: 'Risk',
        summary: 'Risk.',
        policy: {
          slug: 'managed',
          title: 'Managed',
          statement: 'Managed.',
          procedures: [
            ['register', 'Register', 'Register.', feature],
            ['mitigation', 'Mitigation', 'Mitigation.', feature],
            ['backups', 'Backups', 'Backups.'],
          ],
        },
      },
      {
        slug: 'vendors',
        title: 'Vendors',
        summary: 'Vendors.',
        policy: {
          slug: 'managed',
          title: 'Managed',
          statement: 'Managed.',
          procedures: [
            ['selection', 'Selection', 'Selection.'],
            ['lock-in', 'Lock-in', 'Lock-in.'],
          ],
        },
      },
    ]),
  },
];

function adoption(
  procedure: string,
  status: AdoptionStatus,
  extra: Partial<AdoptionFacts> = {},
): AdoptionFacts {
  return {
    procedure: `ops.${procedure}`,
    status,
    owner: 'person:default/ana',
    evidence: [{ link: 'https://wiki.example/x', date: '2026-11-01' }],
    review: null,
    ...extra,
  };
}

const coverage = (adoptions: AdoptionFacts[], today = '2026-11-23') =>
  computeFrameworkCoverage(adoptions, { today, catalog: CATALOG });

describe('framework coverage', () => {
  it('counts procedures by status per concern, area and overall, unrecorded apart from not adopted', () => {
    const result = coverage([
      adoption('risk.managed.register', 'adopted'),
      adoption('risk.managed.mitigation', 'partial'),
      adoption('vendors.managed.selection', 'not-adopted'),
    ]);
    const [risk, vendors] = result.areas[0]?.concerns ?? [];
    expect(risk?.counts).toEqual({
      adopted: 1,
      partial: 1,
      planned: 0,
      'not-adopted': 0,
      'not-applicable': 0,
      unrecorded: 1,
      total: 3,
    });
    expect(vendors?.counts['not-adopted']).toBe(1);
    expect(vendors?.counts.unrecorded).toBe(1);
    expect(result.counts.total).toBe(5);
    expect(result.counts.unrecorded).toBe(2);
    expect(result.areas[0]?.counts).toEqual(result.counts);
  });

  it('shares adopted over applicable procedures only, and gives no share when none applies', () => {
    const result = coverage([
      adoption('risk.managed.register', 'adopted'),
      adoption('risk.managed.mitigation', 'planned'),
      adoption('risk.managed.backups', 'not-applicable'),
      adoption('vendors.managed.selection', 'not-applicable'),
      adoption('vendors.managed.lock-in', 'not-applicable'),
    ]);
    expect(result.areas[0]?.concerns[0]?.adoptedShare).toBe(0.5);
    expect(result.areas[0]?.concerns[1]?.adoptedShare).toBeNull();
    expect(result.adoptedShare).toBe(0.5);
  });

  it('finds evidence older than the limit, counting a limit-old item as still fresh', () => {
    const result = coverage(
      [
        adoption('risk.managed.register', 'adopted', {
          evidence: [
            { link: 'a', date: '2025-01-01' },
            { link: 'b', date: '2026-05-27' },
          ],
        }),
        adoption('risk.managed.mitigation', 'partial', { evidence: [{ link: 'c', date: '2026-05-26' }] }),
        adoption('risk.managed.backups', 'planned', { evidence: [{ link: 'd', date: '2020-01-01' }] }),
      ],
      '2026-11-23',
    );
    // 2026-05-27 is 180 days before 2026-11-23; 2026-05-26 is 181. Planned work is not expected to show evidence.
    expect(result.staleEvidence).toEqual([
      expect.objectContaining({
        procedure: 'ops.risk.managed.mitigation',
        latestEvidence: '2026-05-26',
        ageDays: 181,
      }),
    ]);
  });

  it('lists adopted and partial procedures without evidence as missing it', () => {
    const result = coverage([
      adoption('risk.managed.register', 'adopted', { evidence: [] }),
      adoption('risk.managed.mitigation', 'planned', { evidence: [] }),
      adoption('vendors.managed.selection', 'partial', { evidence: [] }),
    ]);
    expect(result.missingEvidence.map((item) => [item.procedure, item.status])).toEqual([
      ['ops.risk.managed.register', 'adopted'],
      ['ops.vendors.managed.selection', 'partial'],
    ]);
  });

  it('marks a review overdue the day after its date, whatever the status', () => {
    const result = coverage([
      adoption('risk.managed.register', 'adopted', { review: '2026-11-23' }),
      adoption('risk.managed.mitigation', 'not-adopted', { review: '2026-11-22' }),
      adoption('risk.managed.backups', 'adopted', { review: null }),
    ]);
    expect(result.overdueReviews).toEqual([
      expect.objectContaining({
        procedure: 'ops.risk.managed.mitigation',
        review: '2026-11-22',
        daysOverdue: 1,
      }),
    ]);
  });

  it('names the adopted or partial procedures a Sextant feature carries out', () => {
    const result = coverage([
      adoption('risk.managed.register', 'adopted'),
      adoption('risk.managed.mitigation', 'planned'),
      adoption('risk.managed.backups', 'adopted'),
    ]);
    expect(result.carriedOut.map((item) => [item.procedure, item.commands])).toEqual([
      ['ops.risk.managed.register', ['risks list']],
    ]);
    expect(result.carriedBySextant).toBe(1);
    expect(result.areas[0]?.concerns[1]?.carriedBySextant).toBe(0);
  });

  it('reports the day and the staleness limit it used', () => {
    const result = computeFrameworkCoverage([], {
      today: '2026-01-05',
      staleAfterDays: 30,
      catalog: CATALOG,
    });
    expect([result.today, result.staleAfterDays, result.adoptedShare]).toEqual(['2026-01-05', 30, 0]);
  });
});
