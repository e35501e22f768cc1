/**
 * Onboarding for the interfaces: each new hire's 30-60-90 day plan as it stands on a day, with the days to
 * their first merged pull request and first production deployment; and the cohort figure (how many new
 * hires were productive within two weeks). The plans come from the loaded workspace, the observed figures
 * from the store.
 *
 * Privacy: a plan names a person and holds their check-ins, so every plan read needs `onboarding.plans`;
 * the cohort is a figure about a group of people, so it needs `people.aggregates` and is shown only for a
 * group of at least MIN_GROUP_SIZE new hires. Every read is authorized (and audited) before anything is read.
 * A manager reads the plans of the people in the teams they manage, and no one else's; the cohort spans
 * the organization and is refused to them.
 */

import { z } from 'zod';
import { InputError, NotFoundError } from '../domain/errors.js';
import { quarterOf, quarterSpan } from '../domain/okr-quarter.js';
import type { CheckIn, CheckpointDay, Goal, OnboardingPlan } from '../domain/onboarding.js';
import type { Viewer } from '../domain/privacy.js';
import { toRefString } from '../domain/refs.js';
import { toDayKey } from '../metrics/calendar.js';
import { computeFiscalYearCohort, type FiscalYearCohort } from '../metrics/people/onboarding-cohort.js';
import {
  type FirstContribution,
  findFirstMergedPullRequest,
  findFirstProductionDeployment,
} from '../metrics/people/onboarding-firsts.js';
import { computePlanState, type PlanState } from '../metrics/people/onboarding-state.js';
import { recordSpan } from '../store/index.js';
import { authorize, authorizePeople } from './access.service.js';
import type { AppContext } from './context.js';
import { loadObservedOnboarding, type ObservedOnboarding } from './onboarding-observed.js';
import { resolveRegisterDay } from './risks.service.js';

export type { FirstContribution } from '../metrics/people/onboarding-firsts.js';
export type { CheckpointState } from '../metrics/people/onboarding-state.js';

type PersonName = { ref: string; name: string };

export interface PlanSummary extends Omit<PlanState, 'milestones' | 'checkpoints'> {
  person: PersonName;
  start: string;
  buddy: PersonName;
  firstPullRequest: FirstContribution;
  firstDeployment: FirstContribution;
}

export interface PlanDetail extends PlanSummary {
  startFrom: OnboardingPlan['startFrom'];
  mentor: PersonName | null;
  milestones: (PlanState['milestones'][number] & { items: Goal[] })[];
  checkpoints: PlanState['checkpoints'];
  checkIns: CheckIn[];
}

export interface OnboardingList {
  asOf: string;
  plans: PlanSummary[];
}

function personNamer(context: AppContext) {
  const names = new Map(context.workspace.model.people.map((person) => [person.ref, person.displayName]));
  return (ref: string): PersonName => ({ ref, name: names.get(ref) ?? ref });
}

async function readPlans(context: AppContext): Promise<OnboardingPlan[]> {
  return (await context.workspace.governance()).onboarding.plans;
}

function summarize(
  context: AppContext,
  plan: OnboardingPlan,
  asOf: string,
  observed: Observed,
): { summary: PlanSummary; state: PlanState } {
  const name = personNamer(context);
  const state = computePlanState(plan, asOf);
  const reading = {
    person: plan.person,
    start: plan.start,
    asOf,
    timeZone: context.workspace.config.timezone,
  };
  const { milestones: _milestones, checkpoints: _checkpoints, ...rest } = state;
  const unobserved = unobservedStart(plan.start, observed.observedFrom);
  return {
    state,
    summary: {
      person: name(plan.person),
      start: plan.start,
      buddy: name(plan.buddy),
      ...rest,
      firstPullRequest: unobserved ?? findFirstMergedPullRequest(observed.pullRequests, reading),
      firstDeployment:
        unobserved ?? findFirstProductionDeployment(observed.deployments, observed.pullRequests, reading),
    },
  };
}

/**
 * A first day before the observed pull requests begin cannot be judged: the first pull request in the data
 * would be mistaken for the person's first. Null when the first day is covered.
 */
function unobservedStart(start: string, observedFrom: string | null): FirstContribution | null {
  if (observedFrom !== null && start >= observedFrom) return null;
  const needs =
    observedFrom === null
      ? 'pull requests in the store (sync a GitHub or GitLab source, or import them)'
      : `pull requests observed from the first day, ${start}; the observed pull requests begin on ${observedFrom}`;
  return { kind: 'insufficient-data', needs, recordIds: [] };
}

interface Observed extends ObservedOnboarding {
  /** The local day of the earliest stored pull request; null when there is none. */
  observedFrom: string | null;
}

async function loadFor(context: AppContext, starts: readonly string[], at: Date): Promise<Observed> {
  const span = (await recordSpan(context.store, ['pull-request']))['pull-request'];
  const observedFrom = span ? toDayKey(new Date(span.from), context.workspace.config.timezone) : null;
  const sorted = [...starts].sort();
  if (sorted.length === 0) return { pullRequests: [], deployments: [], observedFrom };
  return { ...(await loadObservedOnboarding(context, sorted[0] as string, at)), observedFrom };
}

/** Every plan on the day (today in the workspace time zone by default), in order of first day. */
export async function listOnboarding(
  context: AppContext,
  viewer: Viewer,
  query: { asOf?: string | undefined },
  now: Date,
): Promise<OnboardingList> {
  const { scope } = await authorizePeople(context, viewer, 'onboarding.plans', {
    resource: 'onboarding plans',
    detail: { asOf: query.asOf ?? null },
  });
  const day = resolveRegisterDay(context.workspace, query.asOf, now);
  const mine = (plan: OnboardingPlan) => scope.kind === 'organization' || scope.people.has(plan.person);
  const plans = (await readPlans(context))
    .filter(mine)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) || a.person.localeCompare(b.person));
  const observed = await loadFor(
    context,
    plans.map((plan) => plan.start),
    day.at,
  );
  return { asOf: day.asOf, plans: plans.map((plan) => summarize(context, plan, day.asOf, observed).summary) };
}

/** One new hire's plan: goals, checkpoints, check-ins (with notes) and first contributions. */
export async function getOnboarding(
  context: AppContext,
  viewer: Viewer,
  person: string,
  query: { asOf?: string | undefined },
  now: Date,
): Promise<PlanDetail> {
  await authorizePeople(context, viewer, 'onboarding.plans', {
    resource: 'onboarding plan',
    detail: { person, asOf: query.asOf ?? null },
    reach: { person },
  });
  const day = resolveRegisterDay(context.workspace, query.asOf, now);
  let ref: string;
  try {
    ref = toRefString(person, 'person');
  } catch {
    throw new InputError('Invalid person', [
      {
        path: 'person',
        message: 'not a person reference',
        found: JSON.stringify(person),
        expected: 'a person name',
      },
    ]);
  }
  const plan = (await readPlans(context)).find((candidate) => candidate.person === ref);
  if (!plan) throw new NotFoundError(`No onboarding plan for "${person}" in registers/onboarding.yaml`);
  const observed = await loadFor(context, [plan.start], day.at);
  const { summary, state } = summarize(context, plan, day.asOf, observed);
  return {
    ...summary,
    startFrom: plan.startFrom,
    mentor: plan.mentor ? personNamer(context)(plan.mentor) : null,
    milestones: state.milestones.map((progress) => ({
      ...progress,
      items: plan.milestones[progress.day as CheckpointDay],
    })),
    checkpoints: state.checkpoints,
    checkIns: plan.checkIns,
  };
}

export interface CohortView extends FiscalYearCohort {
  /** The day the cohorts were read. */
  asOf: string;
  /** Hires who started before this day (when the observed pull requests begin) are left out. */
  observedFrom: string | null;
  /** Said plainly when the year's figure is withheld or not yet closed. */
  note: string | null;
}

const yearSchema = z.coerce.number().int().min(1970).max(9999);

/**
 * The cohorts of one fiscal year (default: the one holding the day read): each quarter's hires, read once
 * the quarter is closed, and the year once all four are (see onboarding-cohort.ts for why the periods are
 * fixed). A first day comes from the plan's `start`, else people.yaml.
 */
export async function onboardingCohort(
  context: AppContext,
  viewer: Viewer,
  query: { year?: string | number | undefined; asOf?: string | undefined },
  now: Date,
): Promise<CohortView> {
  await authorize(context, viewer, 'people.aggregates', {
    resource: 'onboarding cohort',
    detail: { year: query.year ?? null, asOf: query.asOf ?? null },
  });
  const day = resolveRegisterDay(context.workspace, query.asOf, now);
  const { fiscalYearStart, timezone } = context.workspace.config;
  const parsedYear = query.year === undefined ? undefined : yearSchema.safeParse(query.year);
  if (parsedYear && !parsedYear.success)
    throw new InputError('Invalid fiscal year', [
      {
        path: 'year',
        message: 'not a year',
        found: JSON.stringify(query.year),
        expected: 'a year such as 2026',
      },
    ]);
  const fiscalYear = parsedYear?.data ?? Number(quarterOf(day.asOf, fiscalYearStart).slice(0, 4));
  const first = quarterSpan(`${fiscalYear}-Q1`, fiscalYearStart).from;
  const last = quarterSpan(`${fiscalYear}-Q4`, fiscalYearStart).to;
  const overrides = new Map((await readPlans(context)).map((plan) => [plan.person, plan.start]));
  const hires = context.workspace.model.people.flatMap((person) => {
    const start = overrides.get(person.ref) ?? person.startDate;
    return start && start >= first && start <= last && start <= day.asOf
      ? [{ person: person.ref, start }]
      : [];
  });
  const observed = await loadFor(
    context,
    hires.map((hire) => hire.start),
    day.at,
  );
  const observedFrom = observed.observedFrom;
  const cohort = computeFiscalYearCohort(
    hires
      .filter((hire) => observedFrom !== null && hire.start >= observedFrom)
      .map((hire) => {
        const found = findFirstMergedPullRequest(observed.pullRequests, {
          ...hire,
          asOf: day.asOf,
          timeZone: timezone,
        });
        return { ...hire, daysToFirstPullRequest: found.kind === 'value' ? found.days : null };
      }),
    { fiscalYear, fiscalYearStart, asOf: day.asOf },
  );
  const left =
    observedFrom === null
      ? 'No pull requests are stored, so no new hire can be judged.'
      : hires.some((hire) => hire.start < observedFrom)
        ? `New hires who started before ${observedFrom}, when the observed pull requests begin, are left out: their first pull request is not in the data.`
        : null;
  const note = [left, describeYear(cohort)].filter((line) => line !== null).join(' ') || null;
  return { ...cohort, asOf: day.asOf, observedFrom, note };
}

function describeYear(cohort: FiscalYearCohort): string | null {
  const { year } = cohort;
  if (year.kind === 'open')
    return `Fiscal year ${cohort.fiscalYear} is read once its last quarter closes, on ${year.closesOn}; closed quarters are shown on their own.`;
  if (year.kind === 'suppressed')
    return year.reason === 'complement'
      ? `Withheld: the year minus its shown quarters would describe fewer than ${year.minimum} people.`
      : `Withheld: fewer than ${year.minimum} people started in fiscal year ${cohort.fiscalYear}.`;
  return null;
}
