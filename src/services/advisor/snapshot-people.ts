/**
 * Builds the people part of the advisor snapshot from the people services, read as the local operator so
 * every read is authorized and audited like any other. Each service is asked once; what it withholds
 * (small groups, complements) stays out, and pay and ratings are never copied in. A section whose source
 * has nothing (no hiring plan, no survey, …) or cannot be read is null: the rules over it raise nothing.
 */
import type {
  AttritionFacts,
  AttritionGroupFacts,
  HiringFacts,
  LeaverCounts,
  OnboardingFacts,
  PeoplePart,
  TalentFacts,
} from '../../advisor/snapshot-people.js';
import { LOCAL_OPERATOR } from '../../domain/privacy.js';
import { type AttritionCell, attritionSummary, promotionSummary } from '../attrition.service.js';
import { equityReview } from '../attrition-equity.service.js';
import type { AppContext } from '../context.js';
import { hiringFunnel, hiringPlan, interviewerCalibration } from '../hiring.service.js';
import { listOnboarding, onboardingCohort } from '../onboarding.service.js';
import { readSuccession } from '../talent.service.js';
import { readTalentRisks } from '../talent-risks.service.js';
import { orNull } from './read-part.js';
import { readDx, readSurveys, staffOn } from './snapshot-people-surveys.js';

const viewer = LOCAL_OPERATOR;

export async function buildPeoplePart(context: AppContext, asOf: string, now: Date): Promise<PeoplePart> {
  const [hiring, onboarding, talent, attrition, surveys, dx] = await Promise.all([
    orNull(() => readHiring(context, asOf, now)),
    orNull(() => readOnboarding(context, asOf, now)),
    orNull(() => readTalent(context)),
    orNull(() => readAttrition(context, asOf)),
    orNull(() => readSurveys(context, now)),
    orNull(() => readDx(context, asOf, now)),
  ]);
  return { headcount: staffOn(context, asOf), hiring, onboarding, talent, attrition, surveys, dx };
}

async function readHiring(context: AppContext, asOf: string, now: Date): Promise<HiringFacts | null> {
  const { hiring } = await context.workspace.governance();
  if (hiring.positions.length === 0) return null;
  const [plan, funnel, calibration] = await Promise.all([
    hiringPlan(context, viewer, { asOf }, now),
    hiringFunnel(context, viewer, { asOf }, now),
    interviewerCalibration(context, viewer),
  ]);
  const shown = funnel.funnel.kind === 'shown' ? funnel.funnel : null;
  const bottleneck = shown?.bottleneck.kind === 'value' ? shown.bottleneck : null;
  const acceptance = shown?.offerAcceptance.kind === 'shown' ? shown.offerAcceptance : null;
  const acceptanceRate = acceptance?.rate.kind === 'value' ? acceptance.rate : null;
  return {
    window: { from: plan.from, to: plan.to },
    attainment:
      plan.attainment.kind === 'value'
        ? {
            value: plan.attainment.value,
            filledOnPlan: plan.attainment.filledOnPlan,
            due: plan.attainment.due,
            target: plan.attainment.target,
            positions: plan.attainment.positions,
          }
        : null,
    overdue: plan.overdue.map((position) => ({
      ...position,
      priority: position.priority === 'critical' ? ('critical' as const) : ('standard' as const),
    })),
    timeToFill: {
      median:
        plan.timeToFill.median.kind === 'value'
          ? { value: plan.timeToFill.median.days, n: plan.timeToFill.median.n }
          : null,
      positions: plan.timeToFill.positions.map(({ id, level, days, target, withinTarget }) => ({
        id,
        level,
        days,
        target,
        withinTarget,
      })),
    },
    funnel: shown
      ? {
          applications: shown.n,
          stages: shown.stages.flatMap(({ stage, figure }) =>
            figure.kind === 'shown'
              ? [
                  {
                    stage,
                    reached: figure.n,
                    conversion:
                      figure.conversion?.kind === 'value'
                        ? { value: figure.conversion.value, n: figure.conversion.decided }
                        : null,
                    medianDays:
                      figure.medianDaysInStage.kind === 'value'
                        ? { value: figure.medianDaysInStage.days, n: figure.medianDaysInStage.n }
                        : null,
                  },
                ]
              : [],
          ),
          bottleneck: bottleneck
            ? {
                stage: bottleneck.stage,
                conversion: bottleneck.conversion,
                decided: bottleneck.decided,
                slowest: bottleneck.slowest?.stage ?? null,
              }
            : null,
          offerAcceptance:
            acceptance && acceptanceRate
              ? {
                  rate: acceptanceRate.value,
                  accepted: acceptanceRate.accepted,
                  declined: acceptanceRate.declined,
                  offers: acceptance.n,
                }
              : null,
        }
      : null,
    calibration: calibration.interviewers.flatMap((row) =>
      row.overall.kind === 'value'
        ? [
            {
              interviewer: row.matched ? row.interviewer : `interviewer:${row.name}`,
              name: row.name,
              deviation: row.overall.deviation,
              n: row.overall.n,
              flag: row.overall.flag,
            },
          ]
        : [],
    ),
  };
}

async function readOnboarding(context: AppContext, asOf: string, now: Date): Promise<OnboardingFacts | null> {
  const [list, cohort] = await Promise.all([
    listOnboarding(context, viewer, { asOf }, now),
    orNull(() => onboardingCohort(context, viewer, { asOf }, now)),
  ]);
  if (list.plans.length === 0) return null;
  const managers = new Map(
    context.workspace.model.people.map((person) => [person.ref, person.manager ?? null]),
  );
  return {
    plans: list.plans.map((plan) => ({
      person: plan.person.ref,
      name: plan.person.name,
      manager: managers.get(plan.person.ref) ?? null,
      start: plan.start,
      dayOfPlan: plan.dayOfPlan,
      phase: plan.phase,
      overdue: [...plan.overdue],
      latestStatus: plan.latestStatus,
      firstPullRequest:
        plan.firstPullRequest.kind === 'value'
          ? { days: plan.firstPullRequest.days, recordIds: plan.firstPullRequest.recordIds }
          : null,
    })),
    cohorts: (cohort?.quarters ?? []).flatMap(({ quarter, state }) =>
      state.kind === 'shown'
        ? [
            {
              quarter,
              hires: state.n,
              productiveShare: state.productiveWithin.value,
              within: state.productiveWithin.days,
              target: state.productiveWithin.target,
            },
          ]
        : [],
    ),
  };
}

async function readTalent(context: AppContext): Promise<TalentFacts | null> {
  const [succession, risks] = await Promise.all([
    readSuccession(context, viewer),
    readTalentRisks(context, viewer),
  ]);
  if (succession.roles.length === 0 && risks.flightRisks.length === 0) return null;
  const coverage = succession.coverage;
  const knowledge = risks.singlePointsOfFailure.knowledge;
  const servicesOf = new Map(succession.roles.map((role) => [role.id, role.services]));
  return {
    roles: succession.roles.length,
    rolesWithoutSuccessor: risks.singlePointsOfFailure.rolesWithoutSuccessor.map((role) => ({
      role: role.role,
      title: role.title,
      holder: role.holder.ref,
      holderName: role.holder.name,
      services: servicesOf.get(role.role) ?? [],
    })),
    soleExperts:
      knowledge.kind === 'value'
        ? knowledge.soleExperts.map((expert) => ({
            service: expert.service,
            expert: expert.expert.ref,
            roles: expert.roles,
          }))
        : null,
    flightRisks: risks.flightRisks.map((risk) => ({
      person: risk.person.ref,
      name: risk.person.name,
      severity: risk.severity,
      aggravations: [...risk.aggravations],
      holds: [...risk.holds],
      onlySuccessorOf: [...risk.onlySuccessorOf],
    })),
    // The ratio counts roles, not people, yet it is kept under the same minimum as the service's own view.
    coverage:
      coverage.kind === 'value' && coverage.roles >= 5
        ? {
            roles: coverage.roles,
            readyNow: coverage.readyNow.roles,
            readyNowRatio: coverage.readyNow.ratio,
            withSuccessor: coverage.withSuccessor.roles,
          }
        : null,
  };
}

function leaverCounts(
  figure: { count: number; annualizedRate: number; refs?: string[] } | undefined,
): LeaverCounts | null {
  return figure
    ? { count: figure.count, annualizedRate: figure.annualizedRate, refs: figure.refs ?? [] }
    : null;
}

function groupFacts(key: string, label: string, figure: AttritionCell['figure']): AttritionGroupFacts | null {
  if (figure.kind !== 'shown') return null;
  const all = leaverCounts(figure.leavers.all);
  if (!all) return null;
  return {
    key,
    label,
    n: figure.n,
    averageHeadcount: figure.averageHeadcount,
    all,
    regrettable: leaverCounts(figure.leavers.regrettable),
  };
}

async function readAttrition(context: AppContext, asOf: string): Promise<AttritionFacts | null> {
  const [summary, promotions, equity] = await Promise.all([
    attritionSummary(context, viewer, { by: 'team', records: true }, asOf),
    promotionSummary(context, viewer, {}, asOf),
    orNull(() => equityReview(context, viewer, {}, asOf)),
  ]);
  return {
    window: summary.window,
    org: groupFacts('org', 'the organization', summary.scope),
    teams: (summary.breakdown?.cells ?? []).flatMap((cell) => {
      const facts = groupFacts(cell.key, cell.label, cell.figure);
      return facts ? [facts] : [];
    }),
    promotions:
      promotions.scope.kind === 'shown'
        ? {
            n: promotions.scope.n,
            count: promotions.scope.promotions,
            annualizedRate: promotions.scope.annualizedRate,
            quarters: promotions.trend.flatMap(({ quarter, window, figure }) =>
              figure.kind === 'shown'
                ? [
                    {
                      quarter,
                      n: figure.n,
                      count: figure.promotions,
                      days: daysBetween(window.from, window.to),
                    },
                  ]
                : [],
            ),
          }
        : null,
    equity: (equity?.dimensions ?? []).flatMap((dimension) =>
      dimension.groups.flatMap((group) =>
        group.kind === 'analysed' && group.promotion.kind === 'analysed'
          ? [
              {
                dimension: dimension.dimension,
                group: group.group,
                n: group.promotion.group.n,
                promoted: group.promotion.group.promoted,
                rate: group.promotion.group.rate,
                restN: group.promotion.rest.n,
                restRate: group.promotion.rest.rate,
                p: group.promotion.p,
              },
            ]
          : [],
      ),
    ),
  };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
