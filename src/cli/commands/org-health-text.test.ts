import { describe, expect, it } from 'vitest';
import type { OrgHealthFinding, OrgHealthReport } from '../../services/org-health.service.js';
import { formatOrgHealth } from './org-health-text.js';

function buildFinding(
  id: string,
  severity: OrgHealthFinding['severity'],
  records: string[],
): OrgHealthFinding {
  return {
    id,
    rule: 'team-size',
    check: 'too-large',
    severity,
    subject: 'team:default/big',
    title: `title of ${id}`,
    detail: `detail of ${id}`,
    evidence: { metrics: { headcount: 11, share: 0.123 }, records },
    recommendation: 'Split the team.',
  };
}

function buildReport(findings: OrgHealthFinding[]): OrgHealthReport {
  return {
    asOf: '2026-11-23',
    window: { from: '2026-08-26T00:00:00.000Z', to: '2026-11-24T00:00:00.000Z', days: 90 },
    team: null,
    rules: ['team-size'],
    counts: {
      high: findings.filter((f) => f.severity === 'high').length,
      medium: findings.filter((f) => f.severity === 'medium').length,
      low: findings.filter((f) => f.severity === 'low').length,
    },
    evidence: {
      commits: 120,
      commitsByUnmatchedAuthors: 3,
      pages: 9,
      pagesOfUnmatchedResponders: 1,
      knowledgeScopes: 4,
    },
    findings,
  };
}

describe('formatOrgHealth', () => {
  it('groups findings by severity, most severe first, each with its figures, records and next step', () => {
    const text = formatOrgHealth(
      buildReport([
        buildFinding('a', 'high', ['team:default/big']),
        buildFinding(
          'b',
          'low',
          Array.from({ length: 10 }, (_, i) => `git:${i}`),
        ),
      ]),
    );
    expect(text).toContain('1 high, 0 medium, 1 low');
    expect(text).toContain('120 commits (3 by unmatched authors)');
    expect(text.indexOf('High (1)')).toBeLessThan(text.indexOf('Low (1)'));
    expect(text).not.toContain('Medium (');
    expect(text).toContain('figures: headcount 11, share 0.12');
    expect(text).toContain('records: team:default/big');
    expect(text).toContain('git:7 … and 2 more');
    expect(text).toContain('do: Split the team.');
  });

  it('says so when there is nothing to report', () => {
    expect(formatOrgHealth(buildReport([]))).toContain('No findings.');
  });
});
