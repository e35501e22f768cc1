/**
 * Incident-management maturity, level 1 (reactive) to 5 (predictive), assessed from evidence in the
 * data rather than asked. Each level above the first has criteria Sextant can check; the level is the
 * highest one whose criteria, and those of every level below, are all met. Practices no data shows
 * (chaos experiments, game days, self-healing automation) are named as not assessed instead of being
 * guessed, so level 5 is reachable only on outcomes: rare recurrence and fast resolution.
 */
import { SEVERITIES } from '../../domain/records/incident.js';
import { type MetricResult, type RateValue, toInsufficientData, toValueResult } from '../result.js';
import { isInWindow } from '../window.js';
import { maturityDefinition } from './definitions.js';
import type { IncidentMetricInput } from './facts.js';

export const MATURITY_LEVELS = [
  { level: 1, name: 'reactive' },
  { level: 2, name: 'organized' },
  { level: 3, name: 'systematic' },
  { level: 4, name: 'proactive' },
  { level: 5, name: 'predictive' },
] as const;

/** Shares at or above which a practice counts as established rather than occasional. */
export const ESTABLISHED_SHARE = 0.8;
/** Level 5 outcomes: at most this recurrence, and SEV-1/2 resolved within this median. */
export const PREDICTIVE_RECURRENCE = 0.05;
export const PREDICTIVE_RESOLVE_SECONDS = 30 * 60;

export interface MaturityCriterion {
  id: string;
  level: number;
  description: string;
  met: boolean;
  evidence: string;
  /** What to do when it is not met. */
  action: string;
}

export interface MaturityValue {
  level: number;
  name: string;
  criteria: MaturityCriterion[];
  /** The unmet criteria of the next level; empty at level 5. */
  missingForNext: MaturityCriterion[];
  notAssessed: string[];
}

/** Figures the other incident metrics already computed. */
export interface MaturityFigures {
  recurrence: MetricResult<RateValue>;
  postmortemCompletion: MetricResult<RateValue>;
  actionItemsOnTime: MetricResult<RateValue>;
  /** Median seconds to resolve SEV-1 and SEV-2, when known. */
  resolveMedians: (number | undefined)[];
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const rateText = (result: MetricResult<RateValue>) =>
  result.kind === 'value'
    ? `${percent(result.value)} (${result.numerator} of ${result.denominator})`
    : 'no data';
const rateMet = (result: MetricResult<RateValue>, atLeast: number) =>
  result.kind === 'value' && result.value >= atLeast;

export function assessMaturity(
  input: Pick<IncidentMetricInput, 'incidents' | 'postmortems' | 'policy' | 'org' | 'window' | 'scope'>,
  figures: MaturityFigures,
): MetricResult<MaturityValue> {
  const inWindow = input.incidents.filter((incident) => isInWindow(incident.startedAt, input.window));
  const ids = inWindow.map((incident) => incident.id);
  if (inWindow.length === 0) {
    return toInsufficientData(
      maturityDefinition,
      input.window,
      input.scope,
      0,
      [],
      'at least 1 incident in the window',
    );
  }
  const acknowledged = inWindow.filter((incident) => incident.acknowledgedAt !== undefined).length;
  const severities = new Set(inWindow.map((incident) => incident.severity));
  const needCommander = SEVERITIES.filter((severity) => input.policy.severities[severity].commanderRequired);
  const commanded = inWindow.filter((incident) => needCommander.includes(incident.severity));
  const withCommander = commanded.filter((incident) => incident.commander !== undefined).length;
  const critical = input.org.services.filter((service) => service.tier === 1);
  const sloTargets = critical.length > 0 ? critical : input.org.services;
  const withSlo = sloTargets.filter((service) => service.slos > 0).length;
  const budgeted = input.org.services.filter((service) => service.tier <= 2);
  const budgetedWithSlo = budgeted.filter((service) => service.slos > 0).length;
  const reviewed = input.postmortems.length;
  const blameless = input.postmortems.filter((postmortem) => postmortem.blameless).length;
  const items = input.postmortems.flatMap((postmortem) => postmortem.actionItems);
  const owned = items.filter((item) => item.owner !== undefined && item.due !== undefined).length;
  const medians = figures.resolveMedians;

  const criteria: MaturityCriterion[] = [
    {
      id: 'on-call',
      level: 2,
      description: 'Someone is paged and acknowledges incidents',
      met: input.org.pagedPeople > 0 && acknowledged / inWindow.length >= ESTABLISHED_SHARE,
      evidence: `${input.org.pagedPeople} people with a paging identity; ${acknowledged} of ${inWindow.length} incidents acknowledged`,
      action: 'set up an on-call rotation in a paging tool and record acknowledgements',
    },
    {
      id: 'severities-used',
      level: 3,
      description: 'Incidents are classified by severity',
      met: severities.size >= 2,
      evidence: `severities used: ${[...severities].sort().join(', ')}`,
      action: 'classify every incident with the severity table and escalate by it',
    },
    {
      id: 'commanders-assigned',
      level: 3,
      description: 'Severities that need an incident commander get one',
      met: commanded.length === 0 || withCommander / commanded.length >= ESTABLISHED_SHARE,
      evidence: `${withCommander} of ${commanded.length} incidents of ${needCommander.join(', ') || 'no severity'} had a commander`,
      action: 'name an incident commander for every incident whose severity requires one',
    },
    {
      id: 'slos-declared',
      level: 3,
      description: `SLOs declared for the ${critical.length > 0 ? 'tier-1' : ''} services`.replace('  ', ' '),
      met: sloTargets.length > 0 && withSlo === sloTargets.length,
      evidence: `${withSlo} of ${sloTargets.length} ${critical.length > 0 ? 'tier-1 ' : ''}services declare an SLO in services.yaml`,
      action: 'declare SLOs in services.yaml, starting with the tier-1 services',
    },
    {
      id: 'postmortems-on-time',
      level: 4,
      description: "Serious incidents get a postmortem within the policy's days",
      met: rateMet(figures.postmortemCompletion, ESTABLISHED_SHARE),
      evidence: `postmortems completed on time: ${rateText(figures.postmortemCompletion)}`,
      action: 'publish a postmortem for every SEV-1 and SEV-2 within the due days',
    },
    {
      id: 'postmortems-blameless',
      level: 4,
      description: 'Postmortems are blameless',
      met: reviewed > 0 && blameless / reviewed >= ESTABLISHED_SHARE,
      evidence: `${blameless} of ${reviewed} postmortems without blaming language`,
      action: 'rewrite blaming sentences to name the system that let the mistake through',
    },
    {
      id: 'action-items-tracked',
      level: 4,
      description: 'Action items have owners and due days and are closed on time',
      met:
        items.length > 0 && owned === items.length && rateMet(figures.actionItemsOnTime, ESTABLISHED_SHARE),
      evidence: `${owned} of ${items.length} action items owned and dated; closed on time: ${rateText(figures.actionItemsOnTime)}`,
      action: 'give every action item an owner and a due day, and review the overdue list weekly',
    },
    {
      id: 'error-budgets',
      level: 4,
      description: 'Tier-1 and tier-2 services have SLOs, hence error budgets',
      met: budgeted.length > 0 && budgetedWithSlo === budgeted.length,
      evidence: `${budgetedWithSlo} of ${budgeted.length} tier-1 and tier-2 services declare an SLO`,
      action: 'declare SLOs for every tier-1 and tier-2 service and act on their error budgets',
    },
    {
      id: 'rare-recurrence',
      level: 5,
      description: `At most ${percent(PREDICTIVE_RECURRENCE)} of incidents repeat an earlier one`,
      met: figures.recurrence.kind === 'value' && figures.recurrence.value <= PREDICTIVE_RECURRENCE,
      evidence: `recurrence: ${rateText(figures.recurrence)}`,
      action: 'close the systemic action items of repeating incidents first',
    },
    {
      id: 'fast-resolution',
      level: 5,
      description: 'SEV-1 and SEV-2 incidents resolved within 30 minutes (median)',
      met:
        medians.some((value) => value !== undefined) &&
        medians.every((value) => value === undefined || value <= PREDICTIVE_RESOLVE_SECONDS),
      evidence: `median time to resolve: ${medians.map((value, index) => `SEV-${index + 1} ${value === undefined ? 'no data' : `${Math.round(value / 60)} min`}`).join(', ')}`,
      action: 'automate remediation of the most common failures',
    },
  ];
  let level = 1;
  for (const { level: candidate } of MATURITY_LEVELS.slice(1)) {
    if (criteria.filter((criterion) => criterion.level === candidate).every((criterion) => criterion.met))
      level = candidate;
    else break;
  }
  const missingForNext = criteria.filter((criterion) => criterion.level === level + 1 && !criterion.met);
  return toValueResult(maturityDefinition, input.window, input.scope, inWindow.length, ids, {
    level,
    name: MATURITY_LEVELS[level - 1]?.name ?? 'reactive',
    criteria,
    missingForNext,
    notAssessed: ['chaos experiments and game days', 'anomaly detection and self-healing automation'],
  });
}
