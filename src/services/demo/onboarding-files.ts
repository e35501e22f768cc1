/**
 * The demo's registers/onboarding.yaml: a 30-60-90 day plan for each recent hire (the IC2 engineers who
 * started 45 to 205 days before the data ends, see `buildStaff`), with a buddy and a mentor from their own
 * team, goals per checkpoint and the check-ins held so far. The goal "merge a first pull request" is done
 * on the day the hire's first pull request was really merged in the demo's records (left open if none
 * was). Two things are planted, whatever the seed: the most recent hire's day-30 check-in never happened
 * (overdue), and the next hire's latest check-in is at risk. Pure.
 */
import { stringify } from 'yaml';
import { daysBetween, shiftDayKey } from '../../domain/day-keys.js';
import { toDayKey } from '../../metrics/calendar.js';
import { ORG_TIMEZONE } from './org.js';
import type { DemoPerson } from './people.js';
import type { PlanningInputs } from './planning-files.js';
import type { DemoFile } from './yaml-files.js';

/** Recent hires: started this many days before the data ends (the range `buildStaff` draws from). */
const HIRED_WITHIN = { min: 45, max: 205 } as const;
/** A checkpoint's review is held this many days after its day. */
const REVIEW_AFTER_DAYS = 2;
const LEVEL_RANK: Record<string, number> = { IC6: 6, IC5: 5, IC4: 4, IC3: 3, IC2: 2 };

const GOALS: Record<30 | 60 | 90, { goal: string; byDay: number; firstPullRequest?: true }[]> = {
  30: [
    { goal: 'Set up the development environment and ship a change to staging', byDay: 5 },
    { goal: 'Merge a first pull request', byDay: 14, firstPullRequest: true },
    { goal: "Walk through the team's services and their runbooks with the buddy", byDay: 21 },
  ],
  60: [
    { goal: 'Deliver a small feature end to end, from ticket to production', byDay: 50 },
    { goal: 'Review pull requests of teammates each week', byDay: 55 },
  ],
  90: [
    { goal: 'Join the on-call rotation as a shadow', byDay: 75 },
    { goal: 'Own a piece of the quarter roadmap', byDay: 88 },
  ],
};

/** The recent hires, most recent first. */
export function listRecentHires(people: readonly DemoPerson[], asOf: string): DemoPerson[] {
  return people
    .filter((person) => person.level === 'IC2' && !person.endDate)
    .filter((person) => {
      const days = daysBetween(person.startDate, asOf);
      return days >= HIRED_WITHIN.min && days <= HIRED_WITHIN.max;
    })
    .sort((a, b) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name));
}

function firstMergedDay(inputs: PlanningInputs, hire: DemoPerson): string | undefined {
  const days = (inputs.records['pull-request'] as readonly { author?: string; mergedAt?: string }[])
    .filter((pr) => pr.author === hire.login && pr.mergedAt !== undefined)
    .map((pr) => toDayKey(new Date(pr.mergedAt as string), ORG_TIMEZONE))
    .filter((day) => day >= hire.startDate && day <= inputs.asOf)
    .sort();
  return days[0];
}

function teammates(
  people: readonly DemoPerson[],
  hire: DemoPerson,
  recent: ReadonlySet<string>,
): DemoPerson[] {
  const team = hire.teams[0]?.team;
  return people
    .filter((person) => person.name !== hire.name && !recent.has(person.name) && !person.endDate)
    .filter((person) => person.level.startsWith('IC') && person.teams.some((entry) => entry.team === team))
    .sort((a, b) => (LEVEL_RANK[b.level] ?? 0) - (LEVEL_RANK[a.level] ?? 0) || a.name.localeCompare(b.name));
}

function buildPlan(inputs: PlanningInputs, hire: DemoPerson, index: number, recent: ReadonlySet<string>) {
  const { asOf } = inputs;
  const mates = teammates(inputs.org.people, hire, recent);
  // The mentor is the most senior teammate, the buddy a peer closer to the new hire's level.
  const mentor = mates.length > 1 ? mates[0] : undefined;
  const buddy = mates.at(-1);
  if (!buddy) return undefined;
  const firstPr = firstMergedDay(inputs, hire);
  const milestones = Object.fromEntries(
    ([30, 60, 90] as const).map((day) => [
      `day${day}`,
      GOALS[day].map(({ goal, byDay, firstPullRequest }) => {
        const done = firstPullRequest ? firstPr : shiftDayKey(hire.startDate, byDay);
        return done && done <= asOf ? { goal, done } : { goal };
      }),
    ]),
  );
  const checkIns: { date: string; day?: number; status: string; notes?: string }[] = [
    {
      date: shiftDayKey(hire.startDate, 14),
      status: 'on-track',
      notes: 'Settled in; pairing daily with the buddy.',
    },
  ];
  for (const day of [30, 60, 90] as const) {
    const date = shiftDayKey(hire.startDate, day + REVIEW_AFTER_DAYS);
    if (date > asOf) continue;
    // Planted: the most recent hire's day-30 review was never held.
    if (index === 0 && day === 30) continue;
    checkIns.push({ date, day, status: 'on-track', notes: `Day ${day} goals reviewed with the manager.` });
  }
  // Planted: the second most recent hire's latest review flags a risk.
  const latest = checkIns.at(-1);
  if (index === 1 && latest) {
    latest.status = 'at-risk';
    latest.notes = 'Blocked on access to production logs for two weeks; the feature goal slipped.';
  }
  return {
    person: hire.name,
    buddy: buddy.name,
    ...(mentor && mentor.name !== buddy.name ? { mentor: mentor.name } : {}),
    milestones,
    checkIns,
  };
}

export function buildOnboardingFiles(inputs: PlanningInputs): DemoFile[] {
  const hires = listRecentHires(inputs.org.people, inputs.asOf);
  const recent = new Set(hires.map((hire) => hire.name));
  const plans = hires.flatMap((hire, index) => {
    const plan = buildPlan(inputs, hire, index, recent);
    return plan ? [plan] : [];
  });
  if (plans.length === 0) return [];
  const header = [
    "# Onboarding plans: each new hire's buddy, mentor, goals for day 30, 60 and 90, and check-ins.",
    `# Generated by \`sextant demo\` (fictional organization), as of ${inputs.asOf}.`,
    '# `sextant onboarding list` shows where each plan stands; `sextant onboarding cohort` the group figure.',
  ].join('\n');
  return [
    { path: 'registers/onboarding.yaml', content: `${header}\n${stringify({ plans }, { lineWidth: 0 })}` },
  ];
}
