import { describe, expect, it } from 'vitest';
import { issue, MODEL, orgSnapshot } from './org.test-fixtures.js';
import {
  COGNITIVE_OVERLOAD,
  HIDDEN_DEPENDENCY,
  KNOWLEDGE_CONCENTRATION,
  MATRIX_MANAGEMENT,
  STALE_COLLABORATION,
  TEAM_WITHOUT_LEAD,
} from './org-design.js';

const withIssues = (...issues: ReturnType<typeof issue>[]) =>
  orgSnapshot({ orgHealth: { windowDays: 90, issues } });

describe('org.knowledge-concentration', () => {
  const truckFactorOne = issue({
    rule: 'hero-culture',
    check: 'truck-factor-one',
    subject: 'service:default/api',
    severity: 'high',
    metrics: { truckFactor: 1, commits: 118, authors: 3, topAuthorShare: 1, topAuthorCommitShare: 0.98 },
    records: ['service:default/api', 'person:default/ada'],
  });

  it('raises a high finding on a service one person writes, owned by its team lead, with percent figures', () => {
    const [finding] = KNOWLEDGE_CONCENTRATION.evaluate(withIssues(truckFactorOne));
    expect(finding?.subject).toBe('service:default/api');
    expect(finding?.severity).toBe('high');
    expect(finding?.title).toContain('98%');
    expect(finding?.owner).toBe('person:default/ada');
    const share = finding?.evidence.figures.find((figure) => figure.label === 'Commits by the top author');
    expect(share).toMatchObject({ value: 98, unit: '%' });
    expect(finding?.evidence.figures.find((figure) => figure.label === 'Truck factor')?.threshold).toBe(2);
  });

  it('leaves repositories and healthy services alone', () => {
    const repository = { ...truckFactorOne, subject: 'repository:default/api' };
    expect(KNOWLEDGE_CONCENTRATION.evaluate(withIssues(repository))).toEqual([]);
    expect(KNOWLEDGE_CONCENTRATION.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('org.cognitive-overload', () => {
  it('joins an assessed overload and too many services into one finding on the team', () => {
    const findings = COGNITIVE_OVERLOAD.evaluate(
      withIssues(
        issue({
          rule: 'cognitive-load',
          check: 'assessed-load',
          subject: 'team:default/beta',
          severity: 'high',
          metrics: { load: 13, intrinsic: 8, extraneous: 5, capacity: 10 },
        }),
        issue({
          rule: 'cognitive-load',
          check: 'services-per-team',
          subject: 'team:default/beta',
          metrics: { services: 5, max: 4 },
        }),
      ),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBe('high');
    expect(findings[0]?.title).toBe('beta cognitive load at 13 of 10, owning 5 services');
    expect(findings[0]?.evidence.figures.find((figure) => figure.metric.endsWith('.load'))?.threshold).toBe(
      10,
    );
    expect(findings[0]?.owner).toBe('person:default/bob');
  });

  it('stays silent without an assessment result', () => {
    expect(COGNITIVE_OVERLOAD.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('org.matrix-management', () => {
  it('names the person as subject and their line manager as owner', () => {
    const [finding] = MATRIX_MANAGEMENT.evaluate(
      withIssues(
        issue({
          rule: 'matrix-management',
          check: 'several-managers',
          subject: 'person:default/cy',
          title: 'Cy reports to 2 managers (a, b)',
          metrics: { managers: 2, teams: 3, smallestAllocation: 0.3 },
        }),
      ),
    );
    expect(finding).toMatchObject({
      subject: 'person:default/cy',
      owner: 'person:default/bob',
      severity: 'medium',
    });
    expect(finding?.title).toBe('Cy reports to 2 managers across 3 teams');
  });

  it('stays silent on a person with one manager', () => {
    expect(MATRIX_MANAGEMENT.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('org.hidden-dependency', () => {
  it('raises one finding per consumer team however many providers it calls', () => {
    const calls = (provider: string) =>
      issue({
        rule: 'hidden-dependency',
        check: 'undeclared-cross-team-calls',
        subject: 'team:default/beta',
        metrics: { serviceCalls: 1, reverseDeclared: 0 },
        records: ['team:default/beta', provider],
      });
    const findings = HIDDEN_DEPENDENCY.evaluate(
      withIssues(calls('team:default/alpha'), calls('team:default/gamma')),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.title).toContain('2 other team(s)');
    expect(findings[0]?.evidence.records).toEqual([
      'team:default/beta',
      'team:default/alpha',
      'team:default/gamma',
    ]);
  });

  it('stays silent when every call is declared', () => {
    expect(HIDDEN_DEPENDENCY.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('org.stale-collaboration', () => {
  it('reports the days collaborating against the six-month limit', () => {
    const [finding] = STALE_COLLABORATION.evaluate(
      withIssues(
        issue({
          rule: 'stale-collaboration',
          check: 'open-ended',
          subject: 'team:default/beta',
          metrics: { days: 260, maxDays: 182 },
        }),
      ),
    );
    expect(finding?.title).toBe('beta has collaborated for 260 days with no end date');
    expect(finding?.evidence.figures).toEqual([
      expect.objectContaining({ value: 260, threshold: 182, unit: 'days' }),
    ]);
  });

  it('stays silent without an open-ended collaboration', () => {
    expect(STALE_COLLABORATION.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('org.team-without-lead', () => {
  it('flags a team with members and no lead', () => {
    const model = {
      ...MODEL,
      teams: MODEL.teams.map((team) => (team.name === 'beta' ? { ...team, lead: null } : team)),
    };
    const [finding] = TEAM_WITHOUT_LEAD.evaluate({ ...orgSnapshot(), model });
    expect(finding).toMatchObject({ subject: 'team:default/beta', severity: 'medium' });
    expect(finding?.title).toBe('beta has no lead (2 members)');
  });

  it('stays silent when every team has a lead', () => {
    expect(TEAM_WITHOUT_LEAD.evaluate(orgSnapshot())).toEqual([]);
  });
});
