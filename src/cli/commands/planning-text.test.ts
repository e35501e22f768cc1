import { describe, expect, it } from 'vitest';
import type { CapacityView } from '../../services/capacity.service.js';
import type { RoadmapView } from '../../services/roadmap.service.js';
import { formatCapacity } from './capacity-text.js';
import { formatRoadmap } from './roadmap-text.js';

describe('roadmap text', () => {
  it('shows each initiative with its progress and the rule that makes it slip', () => {
    const roadmap: RoadmapView = {
      asOf: '2026-11-23',
      slipping: ['ledger'],
      themes: [
        {
          id: 'core',
          title: 'Core',
          description: null,
          initiatives: [
            {
              id: 'ledger',
              title: 'Ledger',
              description: null,
              theme: { id: 'core', title: 'Core' },
              owner: { ref: 'person:default/ana', name: 'Ana' },
              teams: ['team:default/payments'],
              start: '2026-08-01',
              target: '2026-10-31',
              status: 'in-progress',
              okrs: [],
              epics: [],
              progress: {
                kind: 'value',
                basis: 'points',
                done: 30,
                total: 40,
                ratio: 0.75,
                items: 9,
                doneItems: 7,
              },
              schedule: {
                kind: 'slipping',
                rule: 'past-target',
                target: '2026-10-31',
                today: '2026-11-23',
                daysLate: 23,
                openItems: 2,
                reason: 'target 2026-10-31 passed 23 days ago with 2 of 9 items still open',
              },
            },
          ],
        },
      ],
    };
    const text = formatRoadmap(roadmap);
    expect(text).toContain('1 slipping (ledger)');
    expect(text).toMatch(
      /ledger\s+in-progress\s+2026-10-31\s+75% \(30\/40 points\)\s+SLIPPING: target 2026-10-31/,
    );
  });
});

describe('capacity text', () => {
  it('says why a month has no shares and lists unmapped types', () => {
    const view: CapacityView = {
      window: { from: '2026-10', to: '2026-10' },
      months: ['2026-10'],
      plan: { declared: true, types: {}, labels: {}, minimumItems: 10 },
      unmapped: [{ type: 'spike', items: 3 }],
      withoutTeam: 0,
      teams: [
        {
          team: 'team:default/checkout',
          targets: { feature: 60, reliability: 20, debt: 10, security: 10, other: 0 },
          ownTargets: false,
          months: [
            {
              kind: 'insufficient-data',
              period: '2026-10',
              n: 3,
              needs: 'at least 10 finished items (found 3)',
            },
          ],
          total: {
            kind: 'insufficient-data',
            period: '2026-10..2026-10',
            n: 3,
            needs: 'at least 10 finished items (found 3)',
          },
        },
      ],
    };
    const text = formatCapacity(view);
    expect(text).toContain('Unmapped types counted as other: spike (3)');
    expect(text).toMatch(/2026-10\s+3\s+insufficient data: at least 10 finished items \(found 3\)/);
  });
});
