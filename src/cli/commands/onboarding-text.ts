/** Onboarding as a person reads it: the plans in a table, one plan in full, and the cohort figure. */
import type {
  CheckpointState,
  CohortView,
  FirstContribution,
  OnboardingList,
  PlanDetail,
} from '../../services/onboarding.service.js';
import { formatTable } from '../table.js';

const PHASES: Record<string, string> = {
  'not-started': 'not started',
  'first-30': 'days 1-30',
  'days-31-60': 'days 31-60',
  'days-61-90': 'days 61-90',
  done: 'done',
};

function days(first: FirstContribution): string {
  return first.kind === 'value' ? `${first.days}d` : 'none yet';
}

export function formatPlanList(list: OnboardingList): string {
  if (list.plans.length === 0) return 'No onboarding plans: registers/onboarding.yaml declares none.';
  const rows = list.plans.map((plan) => [
    plan.person.name,
    plan.start,
    `${PHASES[plan.phase]} (day ${plan.dayOfPlan})`,
    plan.overdue.length > 0 ? plan.overdue.map((day) => `day ${day}`).join(', ') : '-',
    plan.latestStatus ? `${plan.latestStatus.status} (${plan.latestStatus.date})` : '-',
    plan.buddy.name,
    days(plan.firstPullRequest),
    days(plan.firstDeployment),
  ]);
  return [
    `Onboarding as of ${list.asOf}: ${list.plans.length} plans`,
    '',
    formatTable(
      [
        'new hire',
        'start',
        'phase',
        'overdue check-ins',
        'latest status',
        'buddy',
        'first PR',
        'first deploy',
      ],
      rows,
    ),
  ].join('\n');
}

function checkpointLine(state: CheckpointState): string {
  switch (state.kind) {
    case 'held':
      return `held ${state.checkIn}: ${state.status}`;
    case 'overdue':
      return `OVERDUE by ${state.daysOverdue} days`;
    case 'due':
      return `due, overdue from ${state.overdueFrom}`;
    default:
      return 'upcoming';
  }
}

function firstLine(label: string, first: FirstContribution): string {
  if (first.kind === 'insufficient-data') return `${label}: none yet (needs ${first.needs})`;
  const basis =
    first.basis === 'pull-request'
      ? ' (its shipped commits are unknown: matched by a pull request they authored)'
      : first.basis === 'shipped-commit'
        ? ' (shipped a commit they authored)'
        : '';
  return `${label}: ${first.days} days, ${first.at}${basis} [${first.recordIds.join(', ')}]`;
}

export function formatPlanDetail(plan: PlanDetail): string {
  const lines = [
    `${plan.person.name} (${plan.person.ref})`,
    `  started ${plan.start}${plan.startFrom === 'plan' ? ' (from the plan)' : ''} · ${PHASES[plan.phase]}, day ${plan.dayOfPlan} on ${plan.asOf}`,
    `  buddy ${plan.buddy.name}${plan.mentor ? ` · mentor ${plan.mentor.name}` : ''}`,
    '',
  ];
  for (const milestone of plan.milestones) {
    const checkpoint = plan.checkpoints.find((state) => state.day === milestone.day);
    lines.push(
      `Day ${milestone.day} (${checkpoint?.date ?? ''}): ${milestone.done}/${milestone.goals} goals done · check-in ${checkpoint ? checkpointLine(checkpoint) : '-'}`,
    );
    for (const goal of milestone.items)
      lines.push(
        `  [${goal.done && goal.done <= plan.asOf ? 'x' : ' '}] ${goal.goal}${goal.done ? ` (${goal.done})` : ''}`,
      );
  }
  lines.push('', 'Check-ins:');
  if (plan.checkIns.length === 0) lines.push('  none');
  for (const checkIn of plan.checkIns)
    lines.push(
      `  ${checkIn.date}${checkIn.day ? ` day ${checkIn.day}` : ''}: ${checkIn.status}${checkIn.notes ? ` - ${checkIn.notes}` : ''}`,
    );
  lines.push(
    '',
    firstLine('First merged pull request', plan.firstPullRequest),
    firstLine('First production deployment', plan.firstDeployment),
  );
  return lines.join('\n');
}

export function formatCohort(cohort: CohortView): string {
  const rows = [
    ...cohort.quarters.map((quarter) => [
      `${quarter.quarter} (${quarter.from} to ${quarter.to})`,
      describeState(quarter.state),
    ]),
    [`fiscal year ${cohort.fiscalYear}`, describeState(cohort.year)],
  ];
  const lines = [
    `New hires by the fiscal quarter of their first day, read on ${cohort.asOf}:`,
    formatTable(['cohort', 'first merged pull request'], rows),
  ];
  if (cohort.note) lines.push(cohort.note);
  return lines.join('\n');
}

function describeState(state: CohortView['year']): string {
  if (state.kind === 'open') return `not closed until ${state.closesOn}`;
  if (state.kind === 'suppressed')
    return state.reason === 'complement'
      ? 'withheld (would reveal a withheld quarter)'
      : `withheld (fewer than ${state.minimum} people)`;
  const median =
    state.medianDaysToFirstPullRequest.kind === 'value'
      ? `median ${state.medianDaysToFirstPullRequest.days} days over ${state.medianDaysToFirstPullRequest.n}`
      : 'no median (no merged pull request)';
  const share = state.productiveWithin;
  return `${state.n} people, ${median}; within ${share.days} days ${Math.round(share.value * 100)}% (${share.numerator} of ${share.denominator}), target ${Math.round(share.target * 100)}% ${share.meetsTarget ? 'met' : 'not met'}`;
}
