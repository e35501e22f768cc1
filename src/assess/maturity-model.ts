/**
 * The built-in maturity models: agile maturity of a team and maturity of the internal platform, each in
 * five levels. Level 1 is where everyone starts and asks nothing; each higher level lists criteria that
 * are either answered in maturity.yaml (yes or no: what data cannot show, such as whether retrospectives
 * lead to action) or read from evidence (a figure from the metrics engine, the declared model or the
 * experiments register, against a threshold).
 *
 * Thresholds follow the figures the engineering playbook and the DORA report use: weekly deployment is
 * the "medium" band and on-demand the "elite" one; a change lead time within a week is "high"; a review
 * within 4 hours and a pipeline under 5 minutes are the developer-experience targets.
 */
import type { MaturityLevel } from '../domain/maturity.js';

/** The figures criteria can be evidenced by, each measured for the scope assessed. */
export const EVIDENCE_KEYS = [
  /** DORA deployment frequency band as a rank: low 1, medium 2, high 3, elite 4. */
  'deployment-band',
  /** Change lead time median, hours. */
  'lead-time-hours',
  /** Work items completed in the evidence window. */
  'items-completed',
  /** Cycle time p90 ÷ median: how far the slow items stray from the typical one. */
  'cycle-time-spread',
  /** Work in progress ÷ weekly throughput, weeks. */
  'wip-weeks',
  /** Process experiments of the scope decided in the last 12 months. */
  'decided-experiments',
  /** Platform teams declared in the model. */
  'platform-teams',
  /** Share of catalog services with an owning team that exists, 0 to 1. */
  'ownership-coverage',
  /** Share of tier 1 and 2 services with at least one SLO, 0 to 1. */
  'slo-coverage',
  /** Pipeline duration median, minutes. */
  'build-minutes',
  /** Time to first review median, hours. */
  'first-review-hours',
] as const;
export type EvidenceKey = (typeof EVIDENCE_KEYS)[number];

export interface EvidenceCheck {
  key: EvidenceKey;
  op: '>=' | '<=';
  threshold: number;
}

interface CriterionBase {
  id: string;
  level: Exclude<MaturityLevel, 1>;
  /** What the criterion asks, as a statement that is true when it is met. */
  text: string;
}

export type Criterion =
  | (CriterionBase & { source: 'answer' })
  | (CriterionBase & { source: 'evidence'; check: EvidenceCheck });

export interface MaturityModel {
  id: 'agile' | 'platform';
  title: string;
  levels: { level: MaturityLevel; name: string; summary: string }[];
  criteria: Criterion[];
}

const answer = (level: CriterionBase['level'], id: string, text: string): Criterion => ({
  id,
  level,
  text,
  source: 'answer',
});

const evidence = (
  level: CriterionBase['level'],
  id: string,
  text: string,
  key: EvidenceKey,
  op: EvidenceCheck['op'],
  threshold: number,
): Criterion => ({ id, level, text, source: 'evidence', check: { key, op, threshold } });

export const AGILE_MATURITY_MODEL: MaturityModel = {
  id: 'agile',
  title: 'Agile maturity',
  levels: [
    {
      level: 1,
      name: 'Initial',
      summary: 'Work is reactive and unplanned; the team fights fires as they come.',
    },
    {
      level: 2,
      name: 'Managed',
      summary: 'A basic way of working exists, though it is not yet applied every time.',
    },
    {
      level: 3,
      name: 'Defined',
      summary: 'The same way of working is followed every cycle, and its figures are kept.',
    },
    { level: 4, name: 'Measured', summary: 'Decisions rest on data, and delivery is predictable.' },
    {
      level: 5,
      name: 'Optimizing',
      summary: 'The team improves its own process through deliberate experiments.',
    },
  ],
  criteria: [
    answer(
      2,
      'agile.cadence',
      'The team plans its work on a regular rhythm (sprints or a kanban replenishment meeting).',
    ),
    answer(2, 'agile.visible-board', "All of the team's work is visible on one board."),
    evidence(
      2,
      'agile.work-tracked',
      'At least 10 work items were completed in the last 12 weeks.',
      'items-completed',
      '>=',
      10,
    ),
    answer(3, 'agile.definition-of-done', 'A written definition of done is applied to every item.'),
    answer(
      3,
      'agile.retrospectives',
      'Retrospectives are held every cycle and their actions are followed up.',
    ),
    evidence(
      3,
      'agile.weekly-delivery',
      'Production deployments happen at least weekly (DORA band medium or better).',
      'deployment-band',
      '>=',
      2,
    ),
    answer(
      4,
      'agile.metrics-reviewed',
      'The team reviews its delivery figures at least monthly and acts on them.',
    ),
    evidence(
      4,
      'agile.predictable-cycle-time',
      'Cycle time is predictable: the 90th percentile is at most 3 times the median.',
      'cycle-time-spread',
      '<=',
      3,
    ),
    evidence(
      4,
      'agile.limited-wip',
      'Work in progress is at most 2 weeks of throughput.',
      'wip-weeks',
      '<=',
      2,
    ),
    evidence(
      4,
      'agile.lead-time-week',
      'Changes reach production within a week (change lead time median at most 168 hours).',
      'lead-time-hours',
      '<=',
      168,
    ),
    answer(5, 'agile.improvement-time', 'Time for improving the way of working is reserved in every cycle.'),
    evidence(
      5,
      'agile.experiments',
      'At least one process experiment was decided in the last 12 months.',
      'decided-experiments',
      '>=',
      1,
    ),
    evidence(
      5,
      'agile.on-demand-delivery',
      'The team deploys on demand (DORA band high or better).',
      'deployment-band',
      '>=',
      3,
    ),
  ],
};

export const PLATFORM_MATURITY_MODEL: MaturityModel = {
  id: 'platform',
  title: 'Platform maturity',
  levels: [
    {
      level: 1,
      name: 'Ad hoc',
      summary: 'Each team builds and runs its own tooling; help comes through tickets.',
    },
    {
      level: 2,
      name: 'Operational',
      summary: 'A platform team runs shared build, deploy and runtime services.',
    },
    {
      level: 3,
      name: 'Self-service',
      summary: 'Teams serve themselves on paved roads, and every service has an owner.',
    },
    {
      level: 4,
      name: 'Product',
      summary: 'The platform is run as a product: measured, surveyed and planned with its users.',
    },
    {
      level: 5,
      name: 'Optimizing',
      summary: 'The platform makes fast, safe delivery the default for every team.',
    },
  ],
  criteria: [
    evidence(
      2,
      'platform.team',
      'At least one platform team is declared in the model.',
      'platform-teams',
      '>=',
      1,
    ),
    answer(2, 'platform.shared-pipeline', 'Most services build and deploy through one shared pipeline.'),
    answer(
      3,
      'platform.self-service',
      'Teams provision common infrastructure themselves, without filing tickets.',
    ),
    answer(
      3,
      'platform.golden-path',
      'A documented golden path and template exist for creating a new service.',
    ),
    evidence(
      3,
      'platform.ownership',
      'Every catalog service is owned by a declared team.',
      'ownership-coverage',
      '>=',
      1,
    ),
    evidence(
      3,
      'platform.fast-pipeline',
      'Pipelines are fast: median duration at most 10 minutes.',
      'build-minutes',
      '<=',
      10,
    ),
    answer(
      4,
      'platform.dx-survey',
      'Developer experience is surveyed at least quarterly and the results are acted on.',
    ),
    answer(4, 'platform.roadmap', "The platform's roadmap is built from its users' needs."),
    evidence(
      4,
      'platform.slo-coverage',
      'At least 80% of tier 1 and 2 services have an SLO.',
      'slo-coverage',
      '>=',
      0.8,
    ),
    evidence(
      4,
      'platform.review-turnaround',
      'Pull requests get a first review within 4 hours (median).',
      'first-review-hours',
      '<=',
      4,
    ),
    answer(5, 'platform.adoption-measured', 'Self-service adoption is measured and above 80% of teams.'),
    evidence(
      5,
      'platform.lead-time-day',
      'Changes reach production within a day (change lead time median at most 24 hours).',
      'lead-time-hours',
      '<=',
      24,
    ),
    evidence(
      5,
      'platform.elite-delivery',
      'The organization deploys on demand (DORA band elite).',
      'deployment-band',
      '>=',
      4,
    ),
  ],
};

export const MATURITY_MODELS = { agile: AGILE_MATURITY_MODEL, platform: PLATFORM_MATURITY_MODEL } as const;

/** The ids of a model's criteria that are answered in maturity.yaml. */
export function listAnswerableCriteria(model: MaturityModel): string[] {
  return model.criteria.filter((criterion) => criterion.source === 'answer').map((criterion) => criterion.id);
}

/** The evidence a model's criteria read. */
export function listEvidenceKeys(model: MaturityModel): EvidenceKey[] {
  return [
    ...new Set(
      model.criteria.flatMap((criterion) => (criterion.source === 'evidence' ? [criterion.check.key] : [])),
    ),
  ];
}
