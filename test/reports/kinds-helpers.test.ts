/**
 * The pure choices behind the quarterly, board, risk-memo, decision-brief and assessment reports: how a
 * figure is read from an API answer, which weeks a trend covers, which asks reach the board, how findings
 * fall into the assessment's areas and plan, and how a decision record's alternatives are read.
 */
import { describe, expect, it } from 'vitest';
import type { KpiCard } from '../../src/services/kpis.service.js';
import { cleanProposal, parseAlternatives } from '../../src/services/reports/build-decision-brief.js';
import { decisionAsked, relatedFindings } from '../../src/services/reports/build-risk-memo.js';
import { areaOf, findingsByArea, planActions } from '../../src/services/reports/kind-assessment.js';
import { chooseAsks, chooseBoardKpis } from '../../src/services/reports/kind-board.js';
import { completeWeeks, weekLabel } from '../../src/services/reports/kind-delivery.js';
import type { Finding } from '../../src/services/reports/kind-risks.js';
import { rankRisks } from '../../src/services/reports/kind-risks.js';
import { apiPath, figureAt, readPointer } from '../../src/services/reports/kind-source.js';
import type { RiskView } from '../../src/services/risks.service.js';

function buildFinding(overrides: Partial<Finding>): Finding {
  return {
    id: 'F-1',
    rule: 'delivery.rule',
    subject: 'org',
    severity: 'medium',
    title: 'Something is off',
    summary: 'The data shows it.',
    why: 'It matters.',
    actions: ['Do the first thing', 'Do the second thing'],
    owner: 'VP of Engineering',
    evidence: { figures: [], records: [] },
    concern: 'ops.delivery-process',
    status: 'new',
    firstSeen: '2026-11-01',
    lastSeen: '2026-11-23',
    snoozedUntil: null,
    note: null,
    changedBy: null,
    cleared: false,
    ...overrides,
  } as Finding;
}

function buildRisk(overrides: Partial<RiskView>): RiskView {
  return {
    id: 'R-01',
    title: 'A risk',
    description: null,
    category: 'operational',
    status: 'open',
    owner: { ref: 'person:default/a', name: 'Ana' },
    teams: [],
    services: [],
    okrs: [],
    reviewDate: '2026-12-01',
    reviewOverdue: false,
    inherent: { likelihood: 3, impact: 3, score: 9, level: 'medium' },
    residual: { likelihood: 2, impact: 3, score: 6, level: 'medium', assessed: true },
    mitigations: [],
    overdueMitigations: 0,
    indicators: [],
    breachedIndicators: 0,
    ...overrides,
  } as RiskView;
}

describe('reading figures from API answers', () => {
  it('reads the number at a JSON pointer and records the same pointer as the source', () => {
    const result = { path: '/api/x?asOf=2026-11-23', body: { items: [{ a: { 'b/c': 4 } }] } };
    expect(readPointer(result.body, '/items/0/a/b~1c')).toBe(4);
    expect(figureAt(result, '/items/0/a/b~1c', { label: 'Four', unit: 'count' })).toEqual({
      label: 'Four',
      unit: 'count',
      value: 4,
      source: { path: '/api/x?asOf=2026-11-23', pointer: '/items/0/a/b~1c' },
    });
  });

  it('gives no data, never zero and never a source, when the pointer leads to nothing or to a non-number', () => {
    const result = { path: '/api/x', body: { value: null, text: '3' } };
    for (const pointer of ['/value', '/text', '/missing/deeper']) {
      const figure = figureAt(result, pointer, { label: 'x', unit: 'count' });
      expect(figure.value).toBeNull();
      expect(figure.status).toBe('no-data');
      expect(figure.source).toBeUndefined();
    }
  });

  it('writes the query in a stable order and leaves out parameters without a value', () => {
    expect(apiPath('/api/incidents', { severity: 'SEV-1', since: '2026-11-01', until: undefined })).toBe(
      '/api/incidents?severity=SEV-1&since=2026-11-01',
    );
    expect(apiPath('/api/slos', { at: '2026-11-24T00:00:00.000Z' })).toBe(
      '/api/slos?at=2026-11-24T00%3A00%3A00.000Z',
    );
  });
});

describe('trend weeks', () => {
  it('counts a week only once its Sunday is over', () => {
    expect(completeWeeks('2026-11-22', 2)).toEqual([
      { from: '2026-11-09', to: '2026-11-15' },
      { from: '2026-11-16', to: '2026-11-22' },
    ]);
    expect(completeWeeks('2026-11-27', 1)).toEqual([{ from: '2026-11-16', to: '2026-11-22' }]);
  });

  it('labels a Monday with its ISO week, across a year boundary', () => {
    expect(weekLabel('2026-11-16')).toBe('2026-W47');
    expect(weekLabel('2026-12-28')).toBe('2026-W53');
    expect(weekLabel('2027-01-04')).toBe('2027-W01');
  });
});

describe('board choices', () => {
  const card = (id: string, value: number | null, status: KpiCard['status'] = 'on-target') =>
    ({ id, value, status }) as KpiCard;

  it('shows the board KPIs with data first and fills up to five with other KPIs that have data', () => {
    const kpis = [
      card('other.one', 1),
      card('delivery.change-failure-rate', 0.05),
      card('delivery.deployment-frequency', 12),
      card('reliability.slo-attainment', null, 'no-data'),
      card('people.time-to-fill', 40, 'withheld'),
      card('other.two', 2),
      card('other.three', 3),
    ];
    expect(chooseBoardKpis(kpis).map((entry) => entry.kpi.id)).toEqual([
      'delivery.deployment-frequency',
      'delivery.change-failure-rate',
      'other.one',
      'other.two',
      'other.three',
    ]);
  });

  it('asks about the worst risk first, then budget and hiring, never more than three', () => {
    const risks = [
      buildRisk({
        id: 'R-02',
        residual: { likelihood: 4, impact: 4, score: 16, level: 'high', assessed: true },
      }),
      buildRisk({ id: 'R-01', breachedIndicators: 1 }),
    ];
    const asks = chooseAsks({
      risks,
      forecastFlag: 'over',
      forecastPercent: 7.5,
      overduePositions: [{ id: 'POS-4', role: 'Staff Engineer', daysOverdue: 20 }],
    });
    expect(asks).toHaveLength(3);
    expect(asks[0]).toContain('R-02');
    expect(asks[1]).toContain('7.5%');
    expect(asks[2]).toContain('POS-4');
  });

  it('asks nothing when no risk is high, breached or late and the budget holds', () => {
    expect(
      chooseAsks({
        risks: [buildRisk({})],
        forecastFlag: 'on-plan',
        forecastPercent: 0,
        overduePositions: [],
      }),
    ).toEqual([]);
  });

  it('ranks open risks by residual, then inherent score, and leaves closed ones out', () => {
    const ranked = rankRisks([
      buildRisk({ id: 'R-1' }),
      buildRisk({
        id: 'R-2',
        residual: { likelihood: 3, impact: 3, score: 9, level: 'medium', assessed: true },
      }),
      buildRisk({
        id: 'R-3',
        status: 'closed',
        residual: { likelihood: 5, impact: 5, score: 25, level: 'high', assessed: true },
      }),
      buildRisk({ id: 'R-4', inherent: { likelihood: 5, impact: 4, score: 20, level: 'high' } }),
    ]);
    expect(ranked.map((entry) => entry.risk.id)).toEqual(['R-2', 'R-4', 'R-1']);
    expect(ranked[0]?.index).toBe(1);
  });
});

describe('risk memo choices', () => {
  it('relates findings about the same team or service, or with records on them', () => {
    const risk = { teams: ['team:default/fulfilment'], services: ['service:default/wms-adapter'] };
    const findings = [
      buildFinding({ id: 'F-a', subject: 'team:default/fulfilment' }),
      buildFinding({
        id: 'F-b',
        subject: 'org',
        evidence: { figures: [], records: ['service:default/wms-adapter'] },
      }),
      buildFinding({ id: 'F-c', subject: 'team:default/checkout' }),
    ];
    expect(relatedFindings(findings, risk).map((finding) => finding.id)).toEqual(['F-a', 'F-b']);
  });

  it('asks to accept or fund a high risk with no open mitigation, and nothing of a quiet one', () => {
    const high = buildRisk({
      residual: { likelihood: 4, impact: 4, score: 16, level: 'high', assessed: true },
    });
    expect(decisionAsked(high)).toContain('accept this risk at its residual score of 16');
    expect(decisionAsked(buildRisk({}))).toContain('No decision is needed now');
  });
});

describe('decision brief choices', () => {
  it('reads each alternative as an option with its trade-offs', () => {
    const text = 'Vendor agents: quick to start, but tied to one vendor.\n\nDo nothing: the gaps stay.';
    expect(parseAlternatives(text)).toEqual([
      { option: 'Vendor agents', tradeOffs: 'quick to start, but tied to one vendor.' },
      { option: 'Do nothing', tradeOffs: 'the gaps stay.' },
    ]);
    expect(parseAlternatives('- A: one\n- B: two')).toHaveLength(2);
    expect(parseAlternatives(null)).toEqual([]);
  });

  it('quotes a proposal without its label and final full stop', () => {
    expect(cleanProposal('Proposed: consume the event feed.')).toBe('consume the event feed');
  });
});

describe('assessment choices', () => {
  it('sorts findings into the four areas by their framework concern', () => {
    expect(areaOf('tech.reliability')).toBe('reliability');
    expect(areaOf('tech.architecture')).toBe('architecture');
    expect(areaOf('people.talent')).toBe('talent');
    expect(areaOf('ops.delivery-process')).toBe('delivery');
    const byArea = findingsByArea([
      buildFinding({ concern: 'people.growth' }),
      buildFinding({ concern: 'tech.security' }),
    ]);
    expect(byArea.talent).toHaveLength(1);
    expect(byArea.architecture).toHaveLength(1);
    expect(byArea.delivery).toHaveLength(0);
  });

  it('puts high findings in the first 30 days, medium in 60 and low in 90, each with its first action', () => {
    const plan = planActions([
      buildFinding({ id: 'F-h', severity: 'high', actions: ['Stop the bleeding'] }),
      buildFinding({ id: 'F-m', severity: 'medium' }),
      buildFinding({ id: 'F-l', severity: 'low', actions: [] }),
    ]);
    expect(plan.map((horizon) => horizon.items.length)).toEqual([1, 1, 0]);
    expect(plan[0]?.items[0]).toMatch(/^Stop the bleeding \(F-h:/);
    expect(plan[1]?.items[0]).toContain('Do the first thing');
  });
});
