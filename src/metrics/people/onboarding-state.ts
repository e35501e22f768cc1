/**
 * Where a new hire's 30-60-90 day plan stands on a given day: the phase, the goals met per checkpoint, each
 * checkpoint's check-in, and the latest status. Pure: the day is an argument.
 *
 * Rules and reasons:
 * - Days count from the first day: the start is day 0 of the first 30; the checkpoint "day N" falls N days
 *   after the start. Before the start the plan has not begun; from day 90 on it is done.
 * - A checkpoint is held by the first check-in on or after its day that does not name another checkpoint
 *   (a check-in for day 60 does not stand in for a missed day-30 review).
 * - A checkpoint is overdue once its day has passed by more than GRACE_DAYS without such a check-in: a
 *   review a few days late is normal, a week late is a plan nobody is following.
 * - Only what happened on or before the day counts: goals done later, check-ins held later, are not seen.
 */
import { daysBetween, shiftDayKey } from '../../domain/day-keys.js';
import {
  CHECKPOINT_DAYS,
  type CheckIn,
  type CheckInStatus,
  type CheckpointDay,
  type OnboardingPlan,
} from '../../domain/onboarding.js';

/** How long after its day a checkpoint may wait for its check-in before it is overdue. */
export const GRACE_DAYS = 7;

export const ONBOARDING_PHASES = ['not-started', 'first-30', 'days-31-60', 'days-61-90', 'done'] as const;
export type OnboardingPhase = (typeof ONBOARDING_PHASES)[number];

export type CheckpointState =
  | { day: CheckpointDay; date: string; kind: 'upcoming' }
  | { day: CheckpointDay; date: string; kind: 'due'; overdueFrom: string }
  | { day: CheckpointDay; date: string; kind: 'overdue'; daysOverdue: number }
  | { day: CheckpointDay; date: string; kind: 'held'; checkIn: string; status: CheckInStatus };

export interface MilestoneProgress {
  day: CheckpointDay;
  goals: number;
  done: number;
}

export interface PlanState {
  asOf: string;
  /** Days since the first day (0 on the first day; negative before it). */
  dayOfPlan: number;
  phase: OnboardingPhase;
  milestones: MilestoneProgress[];
  checkpoints: CheckpointState[];
  /** The checkpoints overdue on the day, in order. */
  overdue: CheckpointDay[];
  /** The status of the latest check-in on or before the day; null when none was held yet. */
  latestStatus: { status: CheckInStatus; date: string } | null;
}

export function phaseOf(dayOfPlan: number): OnboardingPhase {
  if (dayOfPlan < 0) return 'not-started';
  if (dayOfPlan < 30) return 'first-30';
  if (dayOfPlan < 60) return 'days-31-60';
  if (dayOfPlan < 90) return 'days-61-90';
  return 'done';
}

function checkpointState(
  day: CheckpointDay,
  start: string,
  asOf: string,
  held: readonly CheckIn[],
): CheckpointState {
  const date = shiftDayKey(start, day);
  const checkIn = held.find((entry) => entry.date >= date && (entry.day === null || entry.day === day));
  if (checkIn) return { day, date, kind: 'held', checkIn: checkIn.date, status: checkIn.status };
  if (asOf < date) return { day, date, kind: 'upcoming' };
  const late = daysBetween(date, asOf);
  if (late > GRACE_DAYS) return { day, date, kind: 'overdue', daysOverdue: late };
  return { day, date, kind: 'due', overdueFrom: shiftDayKey(date, GRACE_DAYS + 1) };
}

export function computePlanState(
  plan: Pick<OnboardingPlan, 'start' | 'milestones' | 'checkIns'>,
  asOf: string,
): PlanState {
  const held = plan.checkIns
    .filter((checkIn) => checkIn.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const dayOfPlan = daysBetween(plan.start, asOf);
  const checkpoints = CHECKPOINT_DAYS.map((day) => checkpointState(day, plan.start, asOf, held));
  const latest = held.at(-1);
  return {
    asOf,
    dayOfPlan,
    phase: phaseOf(dayOfPlan),
    milestones: CHECKPOINT_DAYS.map((day) => ({
      day,
      goals: plan.milestones[day].length,
      done: plan.milestones[day].filter((goal) => goal.done !== undefined && goal.done <= asOf).length,
    })),
    checkpoints,
    overdue: checkpoints.filter((state) => state.kind === 'overdue').map((state) => state.day),
    latestStatus: latest ? { status: latest.status, date: latest.date } : null,
  };
}
