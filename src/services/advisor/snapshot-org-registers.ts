/**
 * The register half of the advisor's org part: risks, debt, vendors, controls, budget, decisions and their
 * rights, architecture reviews, rituals, experiments and policy adoption, each read through its service
 * and copied as plain data. An empty or absent register is `null`.
 */
import type { OrgPart } from '../../advisor/snapshot.js';
import { daysBetween } from '../../domain/day-keys.js';
import { listArchitectureReviews } from '../architecture-reviews.service.js';
import { showBudget } from '../budget.service.js';
import type { AppContext } from '../context.js';
import { listControls } from '../controls.service.js';
import { listDebt } from '../debt.service.js';
import { listDecisionRights, whoDecides } from '../decision-rights.service.js';
import { listDecisions } from '../decisions.service.js';
import { listExperiments } from '../experiments.service.js';
import { frameworkCoverage } from '../framework.service.js';
import { listRisks } from '../risks.service.js';
import { listRituals } from '../rituals.service.js';
import { listVendors } from '../vendors.service.js';
import { orNull } from './read-part.js';

export { orNull };

export function nonEmpty<T>(items: readonly T[]): T[] | null {
  return items.length > 0 ? [...items] : null;
}

type RegisterFacts = Omit<OrgPart, 'orgHealth' | 'dependencies' | 'okrs' | 'roadmap' | 'capacity'>;

export async function buildRegisterFacts(
  context: AppContext,
  asOf: string,
  now: Date,
): Promise<RegisterFacts> {
  const decisions = await orNull(() => readDecisions(context, now));
  return {
    risks: await orNull(() => readRisks(context, asOf, now)),
    debt: await orNull(() => readDebt(context, asOf, now)),
    vendors: await orNull(() => readVendors(context, asOf, now)),
    controls: await orNull(() => readControls(context, now)),
    budget: await orNull(() => readBudget(context, now)),
    decisions,
    architectureReviews: await orNull(() => readArchitectureReviews(context, now)),
    decisionRights: readDecisionRights(context, decisions?.decisions ?? []),
    rituals: readRituals(context, now),
    experiments: await orNull(() => readExperiments(context, asOf)),
    framework: await orNull(() => readFramework(context, now)),
  };
}

async function readRisks(context: AppContext, asOf: string, now: Date): Promise<OrgPart['risks']> {
  const list = await listRisks(context, { asOf }, now);
  return nonEmpty(
    list.risks.map((risk) => ({
      id: risk.id,
      title: risk.title,
      status: risk.status,
      owner: risk.owner?.ref ?? null,
      teams: [...risk.teams],
      services: [...risk.services],
      reviewDate: risk.reviewDate,
      reviewOverdue: risk.reviewOverdue,
      residual: { score: risk.residual.score, level: risk.residual.level },
      mitigations: risk.mitigations.length,
      overdueMitigations: risk.mitigations
        .filter((mitigation) => mitigation.overdue)
        .map((mitigation) => ({
          action: mitigation.action,
          owner: mitigation.owner?.ref ?? null,
          due: mitigation.due,
        })),
      breachedIndicators: risk.indicators.flatMap((indicator) =>
        indicator.status === 'breached' && typeof indicator.value === 'number'
          ? [
              {
                metric: indicator.metric.id,
                scope: indicator.scope,
                value: indicator.value,
                threshold: indicator.threshold,
                bad: indicator.bad,
                n: indicator.n ?? 0,
              },
            ]
          : [],
      ),
    })),
  );
}

async function readDebt(context: AppContext, asOf: string, now: Date): Promise<OrgPart['debt']> {
  const register = await listDebt(context, { asOf }, now);
  return nonEmpty(
    register.items.map((item) => ({
      id: item.id,
      title: item.title,
      status: item.status,
      owner: item.owner ?? null,
      teams: [...item.teams],
      services: [...item.services],
      priority: item.priority,
      rank: item.rank ?? null,
      reviewDate: item.reviewDate,
      daysOverdue: item.daysOverdue,
    })),
  );
}

async function readVendors(context: AppContext, asOf: string, now: Date): Promise<OrgPart['vendors']> {
  const list = await listVendors(context, { asOf }, now);
  return nonEmpty(
    list.vendors.map((vendor) => ({
      id: vendor.id,
      name: vendor.name,
      owner: vendor.owner?.ref ?? null,
      annualCost: vendor.contract?.annualCost ?? null,
      currency: vendor.contract?.currency ?? null,
      autoRenew: vendor.contract?.autoRenew ?? null,
      daysToRenewal: vendor.renewal?.daysToRenewal ?? null,
      daysToNotice: vendor.renewal?.daysToNotice ?? null,
      renewal: vendor.renewal?.renewal ?? null,
      lastScored:
        vendor.scorecards
          .map((card) => card.date)
          .sort()
          .at(-1) ?? null,
      reviewDate: vendor.reviewDate,
      reviewOverdue: vendor.reviewOverdue,
      slas: vendor.slas.flatMap((sla) =>
        sla.attainment.kind === 'value'
          ? [{ name: sla.name, months: sla.attainment.months, missed: sla.attainment.missed.length }]
          : [],
      ),
    })),
  );
}

async function readControls(context: AppContext, now: Date): Promise<OrgPart['controls']> {
  const controls = await listControls(context, now);
  return nonEmpty(
    controls.map((control) => {
      const stale = control.evidence.filter((item) => item.state === 'stale').map((item) => item.ageDays);
      return {
        id: control.id,
        title: control.title,
        owner: control.owner,
        teams: [...control.teams],
        services: [...control.services],
        evidence: control.state,
        staleDays: stale.length > 0 ? Math.max(...stale) : null,
        nextReview: control.nextReview ?? null,
        reviewOverdue: control.reviewOverdue,
      };
    }),
  );
}

async function readBudget(context: AppContext, now: Date): Promise<OrgPart['budget']> {
  const view = await showBudget(context, { now });
  if (view.categories.length === 0) return null;
  return {
    year: view.year,
    currency: view.currency,
    tolerance: view.tolerance,
    categories: view.categories.map((category) => ({
      category: category.category,
      plan: category.plan,
      forecast: category.forecast.amount,
      forecastPercent: category.forecast.variance.percent,
      yearToDatePercent: category.yearToDate.variance.percent,
    })),
    total: {
      plan: view.total.plan,
      forecast: view.total.forecast.amount,
      forecastPercent: view.total.forecast.variance.percent,
    },
  };
}

async function readDecisions(context: AppContext, now: Date): Promise<OrgPart['decisions']> {
  const list = await listDecisions(context, {}, now);
  if (list.decisions.length === 0) return null;
  return {
    waitLimitDays: list.waitLimitDays,
    decisions: list.decisions.map((decision) => ({
      id: decision.id,
      title: decision.title,
      status: decision.status,
      tags: [...decision.tags],
      deciders: decision.deciders.map((decider) => decider.ref),
      waitingDays: decision.waitingDays ?? null,
    })),
  };
}

async function readArchitectureReviews(
  context: AppContext,
  now: Date,
): Promise<OrgPart['architectureReviews']> {
  const list = await listArchitectureReviews(context, {}, now);
  return nonEmpty(
    list.reviews.map((review) => ({
      id: review.id,
      title: review.title,
      team: review.team ?? null,
      state: review.state,
      waitingDays: review.waitingDays ?? null,
      unanswered: review.unanswered.length,
      overdueConditions: review.overdueConditions,
      adr: review.adr?.id ?? null,
    })),
  );
}

/**
 * Decision areas, and the topics decisions recur on (an ADR tag used twice or more) that no area answers:
 * a recurring kind of decision with nobody named to make it.
 */
function readDecisionRights(
  context: AppContext,
  decisions: readonly { id: string; tags: string[] }[],
): OrgPart['decisionRights'] {
  const rights = listDecisionRights(context);
  if (rights.decisions.length === 0) return null;
  const byTag = new Map<string, string[]>();
  for (const decision of decisions)
    for (const tag of decision.tags) byTag.set(tag, [...(byTag.get(tag) ?? []), decision.id]);
  const uncoveredTopics = [...byTag]
    .filter(([tag, ids]) => ids.length >= 2 && whoDecides(context, tag).kind === 'none')
    .map(([topic, ids]) => ({ topic, decisions: ids }));
  return {
    areas: rights.decisions.map((area) => ({
      id: area.id,
      title: area.title,
      deciders: area.decides.people.length,
      decidedBy: area.decides.label,
    })),
    uncoveredTopics,
  };
}

function readRituals(context: AppContext, now: Date): OrgPart['rituals'] {
  return nonEmpty(
    listRituals(context, now).map((ritual) => ({
      name: ritual.name,
      title: ritual.title,
      owner: ritual.owner?.ref ?? null,
      pack: ritual.pack && ritual.pack !== 'none' ? ritual.pack : null,
      every: ritual.cadence.every,
    })),
  );
}

async function readExperiments(context: AppContext, asOf: string): Promise<OrgPart['experiments']> {
  const experiments = await listExperiments(context);
  return nonEmpty(
    experiments.map((experiment) => {
      const ended = experiment.experiment.to;
      const undecided = experiment.decision === null && ended < asOf;
      return {
        id: experiment.id,
        title: experiment.title,
        owner: experiment.owner?.ref ?? null,
        status: experiment.status,
        ended,
        daysUndecided: undecided ? daysBetween(ended, asOf) : null,
      };
    }),
  );
}

async function readFramework(context: AppContext, now: Date): Promise<OrgPart['framework']> {
  const coverage = await frameworkCoverage(context, now);
  if (coverage.counts.total === 0) return null;
  const recorded = coverage.counts.total - coverage.counts.unrecorded;
  if (recorded === 0) return null;
  return {
    total: coverage.counts.total,
    adopted: coverage.counts.adopted,
    unrecorded: coverage.counts.unrecorded,
    adoptedShare: coverage.adoptedShare,
    uncoveredConcerns: coverage.areas.flatMap((area) =>
      area.concerns
        .filter((concern) => concern.counts.adopted + concern.counts.partial === 0)
        .filter((concern) => concern.counts['not-applicable'] < concern.counts.total)
        .map((concern) => ({ id: concern.id, title: concern.title, total: concern.counts.total })),
    ),
    staleEvidence: coverage.staleEvidence.map((item) => ({
      procedure: item.procedure,
      owner: item.owner ?? null,
      ageDays: item.ageDays,
    })),
    overdueReviews: coverage.overdueReviews.map((item) => ({
      procedure: item.procedure,
      owner: item.owner ?? null,
      daysOverdue: item.daysOverdue,
    })),
  };
}
