import { describe, expect, it } from 'vitest';
import type { Control } from '../domain/control.js';
import { catalogOf, findCatalogControl } from './control-catalog.js';
import { assessControl, assessReadiness } from './control-readiness.js';

function buildControl(overrides: Partial<Control> = {}): Control {
  return {
    id: 'soc2:CC6.1',
    framework: 'soc2',
    control: 'CC6.1',
    title: 'Logical access',
    owner: 'person:default/ana',
    teams: [],
    services: [],
    evidence: [
      { title: 'access review', link: 'https://example.com', collected: '2026-09-01', freshnessDays: 30 },
    ],
    reviewed: null,
    nextReview: null,
    notes: null,
    ...overrides,
  };
}

describe('control catalog', () => {
  it('knows the 93 ISO 27001:2022 Annex A controls, the SOC 2 common criteria and GDPR articles', () => {
    expect(catalogOf('iso27001')).toHaveLength(93);
    expect(findCatalogControl('iso27001:A.8.34')?.title).toBe('Protecting systems during audit testing');
    expect(findCatalogControl('SOC2:CC9.2')?.group).toBe('Risk mitigation');
    expect(findCatalogControl('gdpr:art-32')).toBeDefined();
    expect(findCatalogControl('soc2:CC10.1')).toBeUndefined();
    expect(findCatalogControl('CC6.1')).toBeUndefined();
  });
});

describe('evidence freshness', () => {
  it('keeps evidence fresh through its last day and stale the day after', () => {
    expect(assessControl(buildControl(), '2026-09-30')).toMatchObject({ state: 'fresh' });
    const stale = assessControl(buildControl(), '2026-10-01');
    expect(stale.state).toBe('stale');
    expect(stale.evidence[0]).toMatchObject({ freshUntil: '2026-09-30', ageDays: 30, state: 'stale' });
  });

  it('calls a control without evidence missing and one with any stale evidence stale', () => {
    expect(assessControl(buildControl({ evidence: [] }), '2026-09-02').state).toBe('missing');
    const mixed = buildControl({
      evidence: [
        { title: 'new', link: 'x', collected: '2026-09-20', freshnessDays: 30 },
        { title: 'old', link: 'y', collected: '2026-01-01', freshnessDays: 30 },
      ],
    });
    expect(assessControl(mixed, '2026-09-25').state).toBe('stale');
  });

  it('flags a review date that has passed', () => {
    expect(assessControl(buildControl({ nextReview: '2026-09-10' }), '2026-09-11').reviewOverdue).toBe(true);
    expect(assessControl(buildControl({ nextReview: '2026-09-10' }), '2026-09-10').reviewOverdue).toBe(false);
  });
});

describe('audit readiness', () => {
  it('reports the share of fresh controls per framework and lists the gaps', () => {
    const statuses = [
      assessControl(buildControl(), '2026-09-10'),
      assessControl(buildControl({ id: 'soc2:CC8.1', control: 'CC8.1', evidence: [] }), '2026-09-10'),
      assessControl(buildControl({ id: 'soc2:CC7.4', control: 'CC7.4' }), '2026-09-10'),
    ];
    const [soc2, iso, gdpr] = assessReadiness(statuses);
    expect(soc2).toMatchObject({ framework: 'soc2', controls: 3, fresh: 2, missing: 1, readyPercent: 66.7 });
    expect(soc2?.gaps).toEqual([
      { id: 'soc2:CC8.1', title: 'Logical access', owner: 'person:default/ana', state: 'missing' },
    ]);
    expect(soc2?.untracked).toBe(catalogOf('soc2').length - 3);
    expect(iso?.readyPercent).toBeNull();
    expect(gdpr?.controls).toBe(0);
  });
});
