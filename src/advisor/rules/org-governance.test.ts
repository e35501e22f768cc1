import { describe, expect, it } from 'vitest';
import { healthyOrg, orgSnapshot } from './org.test-fixtures.js';
import {
  DECISION_RIGHTS_GAP,
  DECISION_WAITING,
  EXPERIMENT_UNCONCLUDED,
  NO_RECENT_EXPERIMENTS,
  POLICY_ADOPTION_LOW,
  RITUAL_WITHOUT_PACK,
} from './org-governance.js';

const base = healthyOrg();

describe('governance.decision-waiting', () => {
  const decisions = base.decisions;
  if (!decisions) throw new Error('fixture has decisions');
  const proposed = (waitingDays: number) => ({
    ...decisions,
    decisions: [
      {
        id: 'ADR-0007',
        title: 'Events',
        status: 'proposed',
        tags: [],
        deciders: ['person:default/ada'],
        waitingDays,
      },
    ],
  });

  it('flags an ADR proposed past the wait limit, citing its pending review, and the review only once', () => {
    const reviews = [
      {
        id: 'ARB-3',
        title: 'Events',
        team: 'team:default/beta',
        state: 'pending',
        waitingDays: 21,
        unanswered: 6,
        overdueConditions: 0,
        adr: 'ADR-0007',
      },
    ];
    const findings = DECISION_WAITING.evaluate(
      orgSnapshot({ decisions: proposed(50), architectureReviews: reviews }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ subject: 'adr:ADR-0007', severity: 'medium' });
    expect(findings[0]?.evidence.records).toEqual(['adr:ADR-0007', 'architecture-review:ARB-3']);
  });

  it('flags a review pending for weeks on its own, and stays silent inside the limits', () => {
    const reviews = [
      {
        id: 'ARB-4',
        title: 'Cache',
        team: 'team:default/beta',
        state: 'pending',
        waitingDays: 20,
        unanswered: 2,
        overdueConditions: 0,
        adr: null,
      },
    ];
    expect(DECISION_WAITING.evaluate(orgSnapshot({ architectureReviews: reviews }))[0]).toMatchObject({
      subject: 'architecture-review:ARB-4',
      severity: 'low',
      owner: 'person:default/bob',
    });
    expect(DECISION_WAITING.evaluate(orgSnapshot({ decisions: proposed(20) }))).toEqual([]);
  });
});

describe('governance.decision-rights-gap', () => {
  it('flags an area decided by a role nobody holds and a recurring topic nobody decides', () => {
    const findings = DECISION_RIGHTS_GAP.evaluate(
      orgSnapshot({
        decisionRights: {
          areas: [
            {
              id: 'incident-severity',
              title: 'Incident severity',
              deciders: 0,
              decidedBy: 'Incident Commander',
            },
          ],
          uncoveredTopics: [{ topic: 'integration', decisions: ['ADR-0002', 'ADR-0005'] }],
        },
      }),
    );
    expect(findings.map((finding) => [finding.subject, finding.severity])).toEqual([
      ['decision-area:incident-severity', 'low'],
      ['decision-topic:integration', 'low'],
    ]);
  });

  it('stays silent when every area has a decider', () => {
    expect(DECISION_RIGHTS_GAP.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('governance.ritual-without-pack', () => {
  it('flags a ritual without a pack and stays silent on prepared ones', () => {
    const rituals = [
      {
        name: 'arch',
        title: 'Architecture review',
        owner: 'person:default/ada',
        pack: null,
        every: 'biweekly',
      },
    ];
    expect(RITUAL_WITHOUT_PACK.evaluate(orgSnapshot({ rituals }))[0]?.title).toBe(
      'Architecture review (biweekly) has no pack',
    );
    expect(RITUAL_WITHOUT_PACK.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('governance.experiment-unconcluded', () => {
  it('is medium past 30 undecided days, low before, silent within two weeks', () => {
    const undecided = (days: number) =>
      orgSnapshot({
        experiments: [
          {
            id: 'EXP-2',
            title: 'WIP limit',
            owner: null,
            status: 'evaluating',
            ended: '2026-09-30',
            daysUndecided: days,
          },
        ],
      });
    expect(EXPERIMENT_UNCONCLUDED.evaluate(undecided(54))[0]).toMatchObject({
      subject: 'experiment:EXP-2',
      severity: 'medium',
    });
    expect(EXPERIMENT_UNCONCLUDED.evaluate(undecided(20))[0]?.severity).toBe('low');
    expect(EXPERIMENT_UNCONCLUDED.evaluate(undecided(10))).toEqual([]);
    expect(EXPERIMENT_UNCONCLUDED.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('governance.no-recent-experiments', () => {
  it('flags a register where the last experiment ended long ago, and stays silent while one runs', () => {
    const old = [
      { id: 'EXP-1', title: 'Old', owner: null, status: 'decided', ended: '2026-03-01', daysUndecided: null },
    ];
    const [finding] = NO_RECENT_EXPERIMENTS.evaluate(orgSnapshot({ experiments: old }));
    expect(finding).toMatchObject({ subject: 'org', severity: 'low' });
    expect(finding?.title).toBe('No experiment has run for 267 days');
    expect(NO_RECENT_EXPERIMENTS.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('governance.policy-adoption-low', () => {
  it('flags low adoption with concerns left uncovered, and stays silent on wide adoption', () => {
    const framework = base.framework;
    if (!framework) throw new Error('fixture has framework coverage');
    const low = {
      ...framework,
      total: 119,
      adopted: 20,
      adoptedShare: 0.17,
      uncoveredConcerns: [{ id: 'ops.global-alignment', title: 'Global alignment and standards', total: 5 }],
    };
    const [finding] = POLICY_ADOPTION_LOW.evaluate(orgSnapshot({ framework: low }));
    expect(finding).toMatchObject({ subject: 'org', severity: 'medium' });
    expect(finding?.title).toBe('17% of 119 framework procedures adopted; 1 concerns with none');
    expect(POLICY_ADOPTION_LOW.evaluate(orgSnapshot())).toEqual([]);
  });
});
