/**
 * Planning rules: blocking dependencies past their need-by day, key results falling behind, roadmap
 * initiatives slipping, and teams spending far from the agreed capacity split. Severity rises with how
 * late in the quarter or how far past the date the condition is, so early noise stays low.
 */
import type { FindingDraft, FindingSeverity } from '../types.js';
import { type OrgRule, ownerOf, unique } from './org-support.js';

/** Days a blocking dependency may be overdue before the finding is high. */
export const BLOCKING_OVERDUE_HIGH_DAYS = 14;

export const OVERDUE_BLOCKING_DEPENDENCY: OrgRule = {
  id: 'planning.overdue-blocking-dependency',
  title: 'Blocking dependency past its need-by day',
  concern: 'ops.delivery-process',
  severity: 'high',
  description: `An open blocking dependency whose need-by day has passed; high from ${BLOCKING_OVERDUE_HIGH_DAYS} days overdue.`,
  evaluate(snapshot) {
    return (snapshot.org.dependencies ?? [])
      .filter((dep) => dep.type === 'blocking' && dep.open && (dep.daysOverdue ?? 0) > 0)
      .map((dep) => {
        const days = dep.daysOverdue ?? 0;
        return {
          rule: 'planning.overdue-blocking-dependency',
          subject: dep.ref,
          severity: days >= BLOCKING_OVERDUE_HIGH_DAYS ? 'high' : 'medium',
          title: `${dep.ref.split('/').at(-1)} is ${days} days past its need-by day and still ${dep.status}`,
          summary: `${dep.consumer} needed "${dep.what}" from ${dep.provider} by ${dep.neededBy}; it is ${dep.status} ${days} days later (risk ${dep.risk}).`,
          why: 'The consumer’s own commitments wait on it; every week it slips moves their dates too.',
          actions: [
            'Have the provider put it at the top of its backlog or say when it will land',
            'Escalate the delay to both teams’ managers and the roadmap owner',
            'Agree an interim contract or mock so the consumer can continue',
          ],
          owner: ownerOf(snapshot.model, dep.provider, 'VP of Engineering'),
          evidence: {
            figures: [
              {
                metric: 'dependency.days-overdue',
                label: 'Days past need-by',
                value: days,
                unit: 'days',
                threshold: 0,
              },
            ],
            records: unique([dep.ref, dep.provider, dep.consumer, ...dep.services]),
          },
          concern: 'ops.delivery-process',
        } satisfies FindingDraft;
      });
  },
};

/** Share of the quarter after which an off-track key result is high. */
export const LATE_QUARTER = 0.5;

export const KEY_RESULT_BEHIND: OrgRule = {
  id: 'planning.key-result-behind',
  title: 'Key result off track or at risk',
  concern: 'ops.strategy',
  severity: 'high',
  description: `A key result of the current quarter off track (high once ${LATE_QUARTER * 100}% of the quarter has passed, else medium) or at risk (low, medium late in the quarter).`,
  evaluate(snapshot) {
    const okrs = snapshot.org.okrs;
    if (!okrs) return [];
    const late = okrs.elapsed >= LATE_QUARTER;
    return okrs.objectives.flatMap((objective) =>
      objective.keyResults
        .filter((kr) => kr.status === 'off-track' || kr.status === 'at-risk')
        .map((kr): FindingDraft => {
          const off = kr.status === 'off-track';
          const severity: FindingSeverity = off ? (late ? 'high' : 'medium') : late ? 'medium' : 'low';
          const progress = kr.progress === null ? null : Math.round(kr.progress * 100);
          return {
            rule: 'planning.key-result-behind',
            subject: `okr:${kr.id}`,
            severity,
            title: `${kr.title}: ${kr.status}, ${describeProgress(progress)} with ${Math.round(okrs.elapsed * 100)}% of ${okrs.quarter} gone`,
            summary: `Key result ${kr.id} of objective "${objective.title}" reads ${kr.current ?? 'nothing'} ${kr.unit} against a target of ${kr.target}; it is ${kr.status}.`,
            why: 'A key result that falls behind early rarely recovers on its own; the quarter’s objective goes with it.',
            actions: [
              'Review it in the next staff meeting with its owner: what blocks it, what changes',
              off
                ? 'Decide now whether to add effort, change approach or reset the target'
                : 'Agree a recovery step before the next check-in',
            ],
            owner: kr.owner ?? objective.owner ?? 'VP of Engineering',
            evidence: {
              figures: [
                ...(progress === null
                  ? []
                  : [
                      {
                        metric: 'okr.progress',
                        label: 'Progress to target',
                        value: progress,
                        unit: '%',
                        threshold: Math.round(okrs.elapsed * 100),
                      },
                    ]),
                {
                  metric: 'okr.quarter-elapsed',
                  label: 'Quarter elapsed',
                  value: Math.round(okrs.elapsed * 100),
                  unit: '%',
                },
                ...(kr.current === null
                  ? []
                  : [
                      {
                        metric: kr.metric ?? 'okr.current',
                        label: 'Current value',
                        value: kr.current,
                        unit: kr.unit,
                        threshold: kr.target,
                      },
                    ]),
              ],
              records: [`okr:${objective.id}`, `okr:${kr.id}`],
            },
            concern: 'ops.strategy',
          };
        }),
    );
  },
};

export const KEY_RESULT_UNTRACKED: OrgRule = {
  id: 'planning.key-result-untracked',
  title: 'Objective nobody tracks',
  concern: 'culture.accountability',
  severity: 'medium',
  description:
    'An objective of the current quarter without an owner (medium), or key results with no check-in for weeks and no metric behind them (low).',
  evaluate(snapshot) {
    const okrs = snapshot.org.okrs;
    if (!okrs) return [];
    return okrs.objectives.flatMap((objective): FindingDraft[] => {
      const stale = okrs.staleCheckIns.filter((entry) => entry.objective === objective.id);
      const unowned = objective.owner === null;
      if (!unowned && stale.length === 0) return [];
      return [
        {
          rule: 'planning.key-result-untracked',
          subject: `okr:${objective.id}`,
          severity: unowned ? 'medium' : 'low',
          title: unowned
            ? `Objective "${objective.title}" has no owner`
            : `${stale.length} key result(s) of "${objective.title}" have no recent check-in`,
          summary: [
            unowned ? 'Nobody is named as owner of this objective.' : '',
            ...stale.map((entry) => `${entry.keyResult}: ${entry.message}.`),
          ]
            .filter(Boolean)
            .join(' '),
          why: 'An objective without an owner or fresh readings cannot be steered; it surfaces only when the quarter is lost.',
          actions: unowned
            ? ['Name one owner for the objective', 'Link each key result to a metric or a weekly check-in']
            : [
                'Record a check-in for each key result this week',
                'Link the key result to a catalog metric so it reads itself',
              ],
          owner: objective.owner ?? 'VP of Engineering',
          evidence: {
            figures: [
              {
                metric: 'okr.owners',
                label: 'Named owners',
                value: unowned ? 0 : 1,
                unit: 'people',
                threshold: 1,
              },
              {
                metric: 'okr.stale-check-ins',
                label: 'Key results without a recent check-in',
                value: stale.length,
                unit: 'key results',
                threshold: 0,
              },
            ],
            records: [`okr:${objective.id}`, ...stale.map((entry) => `okr:${entry.keyResult}`)],
          },
          concern: 'culture.accountability',
        },
      ];
    });
  },
};

/** Progress in words: a reading that moved away from the target is said so, not given as a negative share. */
function describeProgress(progress: number | null): string {
  if (progress === null) return 'no reading yet';
  return progress < 0 ? 'moving away from target' : `${progress}% of the way`;
}

/** Days late (or forecast beyond target) at which a slipping initiative is high. */
export const INITIATIVE_HIGH_DAYS = 30;

export const INITIATIVE_SLIPPING: OrgRule = {
  id: 'planning.initiative-slipping',
  title: 'Roadmap initiative slipping',
  concern: 'ops.strategy',
  severity: 'high',
  description: `A roadmap initiative past its target with work open, or forecast to finish after it; high when ${INITIATIVE_HIGH_DAYS} or more days late.`,
  evaluate(snapshot) {
    return (snapshot.org.roadmap ?? [])
      .filter((initiative) => initiative.slipping)
      .map((initiative): FindingDraft => {
        const late = initiative.daysLate;
        return {
          rule: 'planning.initiative-slipping',
          subject: `initiative:${initiative.id}`,
          severity: late !== null && late >= INITIATIVE_HIGH_DAYS ? 'high' : 'medium',
          title:
            late !== null
              ? `${initiative.title}: ${late} days past its target with ${initiative.openItems ?? 'some'} items open`
              : `${initiative.title}: forecast ${initiative.forecast} is after its target ${initiative.target}`,
          summary: `${initiative.reason}.`,
          why: 'A slipping initiative moves the commitments made on it to customers and the business.',
          actions: [
            'Agree a new date or a smaller scope with its stakeholders and say so',
            'Check whether a dependency or capacity shortfall is the cause',
          ],
          owner: initiative.owner ?? 'VP of Engineering',
          evidence: {
            figures: [
              ...(late !== null
                ? [
                    {
                      metric: 'roadmap.days-late',
                      label: 'Days past target',
                      value: late,
                      unit: 'days',
                      threshold: 0,
                    },
                  ]
                : []),
              ...(initiative.openItems !== null
                ? [
                    {
                      metric: 'roadmap.open-items',
                      label: 'Open items',
                      value: initiative.openItems,
                      unit: 'items',
                    },
                  ]
                : []),
            ],
            records: [`initiative:${initiative.id}`, ...initiative.teams],
          },
          concern: 'ops.strategy',
        };
      });
  },
};

/** Percentage points below the agreed reliability + debt share before a team is flagged. */
export const SUSTAIN_SHORTFALL_POINTS = 10;

export const CAPACITY_OFF_SPLIT: OrgRule = {
  id: 'planning.capacity-off-split',
  title: 'Too little capacity on reliability and debt',
  concern: 'tech.debt',
  severity: 'medium',
  description: `A team whose finished work puts reliability and debt together ${SUSTAIN_SHORTFALL_POINTS} or more points below its agreed share (e.g. 60/20/10/10), over the last months.`,
  evaluate(snapshot) {
    const capacity = snapshot.org.capacity;
    if (!capacity) return [];
    return capacity.teams
      .filter((team) => team.n >= capacity.minimumItems)
      .flatMap((team): FindingDraft[] => {
        const reliability = team.categories.reliability;
        const debt = team.categories.debt;
        if (!reliability || !debt) return [];
        const actual = Math.round((reliability.actual + debt.actual) * 10) / 10;
        const target = reliability.target + debt.target;
        if (target - actual < SUSTAIN_SHORTFALL_POINTS) return [];
        const feature = team.categories.feature;
        return [
          {
            rule: 'planning.capacity-off-split',
            subject: team.team,
            severity: 'medium',
            title: `${team.team.split('/').at(-1)} spends ${actual}% on reliability and debt against ${target}% agreed`,
            summary: `Of ${team.n} items finished ${capacity.window.from} to ${capacity.window.to}, reliability took ${reliability.actual}% (agreed ${reliability.target}%) and debt ${debt.actual}% (agreed ${debt.target}%)${feature ? `; features took ${feature.actual}% (agreed ${feature.target}%)` : ''}.`,
            why: 'Work kept off reliability and debt comes back as incidents and slower delivery later.',
            actions: [
              'Reserve the agreed share in the next planning and hold it',
              'If the split is no longer right, agree a new one explicitly with product',
            ],
            owner: ownerOf(snapshot.model, team.team, 'VP of Engineering'),
            evidence: {
              figures: [
                {
                  metric: 'capacity.sustain-share',
                  label: 'Reliability + debt share',
                  value: actual,
                  unit: '%',
                  threshold: target,
                  n: team.n,
                  window: capacity.window,
                },
                ...(feature
                  ? [
                      {
                        metric: 'capacity.feature-share',
                        label: 'Feature share',
                        value: feature.actual,
                        unit: '%',
                        threshold: feature.target,
                        n: team.n,
                      },
                    ]
                  : []),
              ],
              records: [team.team],
            },
            concern: 'tech.debt',
          },
        ];
      });
  },
};

export const ORG_PLANNING_RULES: readonly OrgRule[] = [
  OVERDUE_BLOCKING_DEPENDENCY,
  KEY_RESULT_BEHIND,
  KEY_RESULT_UNTRACKED,
  INITIATIVE_SLIPPING,
  CAPACITY_OFF_SPLIT,
];
