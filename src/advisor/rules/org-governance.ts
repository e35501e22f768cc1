/**
 * Governance rules: decisions left waiting (ADRs, architecture reviews), decision rights nobody holds,
 * rituals without a pack, experiments without a conclusion or none at all, and policies of the framework
 * not adopted. These are the habits a leadership team models; each reads one source and stays silent
 * when the workspace does not keep it.
 */
import { daysBetween } from '../../domain/day-keys.js';
import type { FindingDraft } from '../types.js';
import { type OrgRule, ownerOf } from './org-support.js';

export const DECISION_WAITING: OrgRule = {
  id: 'governance.decision-waiting',
  title: 'Decision proposed too long',
  concern: 'culture.autonomy',
  severity: 'medium',
  description:
    'An ADR proposed for longer than the workspace’s wait limit (30 days by default), or an architecture review pending for more than 14 days.',
  evaluate(snapshot) {
    const decisions = snapshot.org.decisions;
    const reviews = snapshot.org.architectureReviews ?? [];
    const adrs = (decisions?.decisions ?? [])
      .filter((adr) => adr.status === 'proposed' && (adr.waitingDays ?? 0) > (decisions?.waitLimitDays ?? 30))
      .map((adr): FindingDraft => {
        const review = reviews.find((candidate) => candidate.adr === adr.id);
        const limit = decisions?.waitLimitDays ?? 30;
        return {
          rule: 'governance.decision-waiting',
          subject: `adr:${adr.id}`,
          severity: 'medium',
          title: `${adr.id} "${adr.title}" has waited ${adr.waitingDays} days for a decision (limit ${limit})`,
          summary: `Proposed ${adr.waitingDays} days ago${review ? `; its architecture review ${review.id} is ${review.state} with ${review.unanswered} checklist items unanswered` : ''}.`,
          why: 'Teams waiting on a decision either stall or decide alone; both erode trust in how decisions are made.',
          actions: [
            'Put it on the next architecture review agenda with a decide-by date',
            'If it needs more input, say what and from whom',
          ],
          owner: adr.deciders[0] ?? 'Principal Engineer',
          evidence: {
            figures: [
              {
                metric: 'adr.waiting-days',
                label: 'Days proposed',
                value: adr.waitingDays ?? 0,
                unit: 'days',
                threshold: limit,
              },
            ],
            records: [`adr:${adr.id}`, ...(review ? [`architecture-review:${review.id}`] : [])],
          },
          concern: 'culture.autonomy',
        };
      });
    const covered = new Set(adrs.flatMap((finding) => finding.evidence.records));
    const pending = reviews
      .filter((review) => review.state === 'pending' && (review.waitingDays ?? 0) > 14)
      .filter((review) => !covered.has(`architecture-review:${review.id}`))
      .map(
        (review): FindingDraft => ({
          rule: 'governance.decision-waiting',
          subject: `architecture-review:${review.id}`,
          severity: 'low',
          title: `Architecture review ${review.id} pending for ${review.waitingDays} days`,
          summary: `"${review.title}" was submitted ${review.waitingDays} days ago; ${review.unanswered} checklist items are unanswered.`,
          why: 'A review that never concludes blocks the team that asked for it.',
          actions: ['Schedule the board’s decision and tell the submitter when'],
          owner: review.team
            ? ownerOf(snapshot.model, review.team, 'Principal Engineer')
            : 'Principal Engineer',
          evidence: {
            figures: [
              {
                metric: 'architecture-review.waiting-days',
                label: 'Days pending',
                value: review.waitingDays ?? 0,
                unit: 'days',
                threshold: 14,
              },
            ],
            records: [`architecture-review:${review.id}`, ...(review.team ? [review.team] : [])],
          },
          concern: 'culture.autonomy',
        }),
      );
    return [...adrs, ...pending];
  },
};

export const DECISION_RIGHTS_GAP: OrgRule = {
  id: 'governance.decision-rights-gap',
  title: 'Decision with nobody holding the right to make it',
  concern: 'culture.autonomy',
  severity: 'low',
  description:
    'A decision area whose decider resolves to nobody, or a topic two or more ADRs were about that no decision area covers.',
  evaluate(snapshot) {
    const rights = snapshot.org.decisionRights;
    if (!rights) return [];
    const empty = rights.areas
      .filter((area) => area.deciders === 0)
      .map(
        (area): FindingDraft => ({
          rule: 'governance.decision-rights-gap',
          subject: `decision-area:${area.id}`,
          severity: 'low',
          title: `"${area.title}" is decided by ${area.decidedBy}, a role nobody holds`,
          summary: `The decision area ${area.id} names ${area.decidedBy} as the one who decides, and no person in the workspace has that role.`,
          why: 'When the decider is nobody, the decision is escalated or made ad hoc every time, and teams lose their autonomy.',
          actions: [`Give the ${area.decidedBy} role to named people, or name a person as decider`],
          owner: 'VP of Engineering',
          evidence: {
            figures: [
              {
                metric: 'decision-rights.deciders',
                label: 'People who may decide',
                value: 0,
                unit: 'people',
                threshold: 1,
              },
            ],
            records: [`decision-area:${area.id}`],
          },
          concern: 'culture.autonomy',
        }),
      );
    const uncovered = rights.uncoveredTopics.map(
      (topic): FindingDraft => ({
        rule: 'governance.decision-rights-gap',
        subject: `decision-topic:${topic.topic}`,
        severity: 'low',
        title: `${topic.decisions.length} decisions about "${topic.topic}" with no decision rights defined`,
        summary: `ADRs ${topic.decisions.join(', ')} are about ${topic.topic}, and no decision area says who decides it.`,
        why: 'A kind of decision that recurs deserves a named decider, so teams know when they may decide alone.',
        actions: [`Add a decision area for ${topic.topic}: who decides, who is consulted, how it escalates`],
        owner: 'VP of Engineering',
        evidence: {
          figures: [
            {
              metric: 'decision-rights.recurring-uncovered',
              label: 'Decisions on the topic',
              value: topic.decisions.length,
              unit: 'decisions',
              threshold: 1,
            },
          ],
          records: topic.decisions.map((id) => `adr:${id}`),
        },
        concern: 'culture.autonomy',
      }),
    );
    return [...empty, ...uncovered];
  },
};

export const RITUAL_WITHOUT_PACK: OrgRule = {
  id: 'governance.ritual-without-pack',
  title: 'Recurring meeting without a prepared pack or owner',
  concern: 'ops.communication',
  severity: 'low',
  description: 'A leadership ritual with no report pack prepared for it, or with no owner.',
  evaluate(snapshot) {
    return (snapshot.org.rituals ?? [])
      .filter((ritual) => ritual.pack === null || ritual.owner === null)
      .map(
        (ritual): FindingDraft => ({
          rule: 'governance.ritual-without-pack',
          subject: `ritual:${ritual.name}`,
          severity: 'low',
          title: `${ritual.title} (${ritual.every}) has ${ritual.pack === null ? 'no pack' : 'no owner'}`,
          summary: `The ${ritual.every} ritual ${ritual.name} ${ritual.pack === null ? 'runs without a prepared report pack' : 'names no owner'}.`,
          why: 'A meeting without shared figures spends its time establishing facts instead of deciding.',
          actions: [
            ritual.pack === null
              ? 'Attach a report pack so the figures arrive before the meeting'
              : 'Name an owner who prepares and runs it',
          ],
          owner: ritual.owner ?? 'VP of Engineering',
          evidence: {
            figures: [
              {
                metric: 'ritual.pack',
                label: 'Packs attached',
                value: ritual.pack === null ? 0 : 1,
                unit: 'packs',
                threshold: 1,
              },
              {
                metric: 'ritual.owner',
                label: 'Owners named',
                value: ritual.owner === null ? 0 : 1,
                unit: 'people',
                threshold: 1,
              },
            ],
            records: [`ritual:${ritual.name}`],
          },
          concern: 'ops.communication',
        }),
      );
  },
};

/** Days an experiment may stay undecided after its window closed. */
export const EXPERIMENT_DECISION_DAYS = 14;

export const EXPERIMENT_UNCONCLUDED: OrgRule = {
  id: 'governance.experiment-unconcluded',
  title: 'Experiment ended without a conclusion',
  concern: 'culture.innovation',
  severity: 'medium',
  description: `An experiment whose window closed more than ${EXPERIMENT_DECISION_DAYS} days ago with no decision (adopt, revert or extend); medium after 30 days.`,
  evaluate(snapshot) {
    return (snapshot.org.experiments ?? [])
      .filter((experiment) => (experiment.daysUndecided ?? 0) > EXPERIMENT_DECISION_DAYS)
      .map((experiment): FindingDraft => {
        const days = experiment.daysUndecided ?? 0;
        return {
          rule: 'governance.experiment-unconcluded',
          subject: `experiment:${experiment.id}`,
          severity: days > 30 ? 'medium' : 'low',
          title: `${experiment.id} "${experiment.title}" ended ${days} days ago and is still ${experiment.status}`,
          summary: `The experiment window closed on ${experiment.ended}; no adopt, revert or extend decision is recorded.`,
          why: 'An experiment without a conclusion teaches nothing and quietly becomes the new way of working.',
          actions: [
            'Compare the result with its baseline and record the decision',
            'Share what was learned with the other teams',
          ],
          owner: experiment.owner ?? 'VP of Engineering',
          evidence: {
            figures: [
              {
                metric: 'experiment.days-undecided',
                label: 'Days since the window closed',
                value: days,
                unit: 'days',
                threshold: EXPERIMENT_DECISION_DAYS,
              },
            ],
            records: [`experiment:${experiment.id}`],
          },
          concern: 'culture.innovation',
        };
      });
  },
};

/** Days back an experiment must have run in for the organization to count as experimenting. */
export const EXPERIMENT_LOOKBACK_DAYS = 120;

export const NO_RECENT_EXPERIMENTS: OrgRule = {
  id: 'governance.no-recent-experiments',
  title: 'No experiment running',
  concern: 'tech.innovation',
  severity: 'low',
  description: `An experiments register where nothing is running and nothing ended in the last ${EXPERIMENT_LOOKBACK_DAYS} days.`,
  evaluate(snapshot) {
    const experiments = snapshot.org.experiments;
    if (!experiments) return [];
    const recent = experiments.filter(
      (experiment) =>
        experiment.status === 'running' ||
        daysBetween(experiment.ended, snapshot.asOf) <= EXPERIMENT_LOOKBACK_DAYS,
    );
    if (recent.length > 0) return [];
    const last =
      experiments
        .map((experiment) => experiment.ended)
        .sort()
        .at(-1) ?? snapshot.asOf;
    return [
      {
        rule: 'governance.no-recent-experiments',
        subject: 'org',
        severity: 'low',
        title: `No experiment has run for ${daysBetween(last, snapshot.asOf)} days`,
        summary: `The experiments register holds ${experiments.length} experiments; the last ended on ${last}.`,
        why: 'Without small, measured experiments, new practices and technology arrive by opinion rather than evidence.',
        actions: [
          'Ask each team for one measurable change to try next quarter',
          'Give it a baseline, a window and a decision date',
        ],
        owner: 'VP of Engineering',
        evidence: {
          figures: [
            {
              metric: 'experiment.recent',
              label: `Experiments in the last ${EXPERIMENT_LOOKBACK_DAYS} days`,
              value: 0,
              unit: 'experiments',
              threshold: 1,
              n: experiments.length,
            },
          ],
          records: experiments.map((experiment) => `experiment:${experiment.id}`),
        },
        concern: 'tech.innovation',
      },
    ];
  },
};

/** Adopted share of the recorded framework policies below which alignment is flagged. */
export const ADOPTION_FLOOR = 0.5;

export const POLICY_ADOPTION_LOW: OrgRule = {
  id: 'governance.policy-adoption-low',
  title: 'Framework policies mostly not adopted',
  concern: 'ops.global-alignment',
  severity: 'medium',
  description: `Policy adoption is recorded, and fewer than ${ADOPTION_FLOOR * 100}% of the framework's procedures are adopted, or whole concerns have nothing adopted; stale evidence and overdue reviews are listed.`,
  evaluate(snapshot) {
    const framework = snapshot.org.framework;
    if (!framework || framework.adoptedShare === null) return [];
    const share = framework.adoptedShare;
    if (share >= ADOPTION_FLOOR && framework.uncoveredConcerns.length === 0) return [];
    return [
      {
        rule: 'governance.policy-adoption-low',
        subject: 'org',
        severity: framework.uncoveredConcerns.length > 0 && share < ADOPTION_FLOOR ? 'medium' : 'low',
        title: `${Math.round(share * 100)}% of ${framework.total} framework procedures adopted; ${framework.uncoveredConcerns.length} concerns with none`,
        summary: `${framework.adopted} procedures are adopted and ${framework.unrecorded} have no adoption recorded.${framework.uncoveredConcerns.length > 0 ? ` Nothing is adopted for: ${framework.uncoveredConcerns.map((concern) => concern.title).join(', ')}.` : ''}${framework.staleEvidence.length + framework.overdueReviews.length > 0 ? ` ${framework.staleEvidence.length} adopted procedures have stale evidence and ${framework.overdueReviews.length} are past review.` : ''}`,
        why: 'Teams that follow different standards cannot share people, tools or incidents smoothly; the gaps show where to align first.',
        actions: [
          'Record for each unrecorded procedure whether it is adopted, planned or not applicable',
          'Pick the concerns with nothing adopted and assign an owner to each',
        ],
        owner: 'VP of Engineering',
        evidence: {
          figures: [
            {
              metric: 'framework.adopted-share',
              label: 'Procedures adopted',
              value: Math.round(share * 1000) / 10,
              unit: '%',
              threshold: ADOPTION_FLOOR * 100,
              n: framework.total,
            },
            {
              metric: 'framework.uncovered-concerns',
              label: 'Concerns with nothing adopted',
              value: framework.uncoveredConcerns.length,
              unit: 'concerns',
              threshold: 0,
            },
          ],
          records: framework.uncoveredConcerns.map((concern) => `concern:${concern.id}`),
        },
        concern: 'ops.global-alignment',
      },
    ];
  },
};

export const ORG_GOVERNANCE_RULES: readonly OrgRule[] = [
  DECISION_WAITING,
  DECISION_RIGHTS_GAP,
  RITUAL_WITHOUT_PACK,
  EXPERIMENT_UNCONCLUDED,
  NO_RECENT_EXPERIMENTS,
  POLICY_ADOPTION_LOW,
];
