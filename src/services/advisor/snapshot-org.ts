/**
 * Builds the org part of the advisor snapshot from the services that already judge each register: the
 * org health assessment, the dependency states, OKRs, roadmap, capacity split, and (in
 * snapshot-org-registers.ts) risks, debt, vendors, controls, budget, decisions, rituals, experiments and
 * policy adoption. Nothing is recomputed here; results are copied into plain data. A source the workspace
 * does not have (no budget for the year, no capacity plan, no OKR quarter, an empty register) becomes
 * `null`, so the rules raise nothing about it.
 */
import type {
  CapacityPart,
  DependencyFact,
  InitiativeFact,
  OkrPart,
  OrgHealthPart,
  OrgPart,
} from '../../advisor/snapshot-org.js';
import { readCapacityAllocation } from '../capacity.service.js';
import type { AppContext } from '../context.js';
import { listDependencyStates } from '../dependencies.service.js';
import { lintOkrs, listOkrs } from '../okrs.service.js';
import { readOrgHealth } from '../org-health.service.js';
import { listRoadmap } from '../roadmap.service.js';
import { buildRegisterFacts, nonEmpty, orNull } from './snapshot-org-registers.js';

export async function buildOrgPart(context: AppContext, asOf: string, now: Date): Promise<OrgPart> {
  const orgHealth = await readOrgHealthPart(context, asOf, now);
  const dependencies = await readDependencies(context, asOf, now);
  const okrs = await orNull(() => readOkrs(context, asOf, now));
  const roadmap = await orNull(() => readRoadmap(context, asOf, now));
  const capacity = await orNull(() => readCapacity(context, asOf, now));
  const registers = await buildRegisterFacts(context, asOf, now);
  return { orgHealth, dependencies, okrs, roadmap, capacity, ...registers };
}

async function readOrgHealthPart(
  context: AppContext,
  asOf: string,
  now: Date,
): Promise<OrgHealthPart | null> {
  if (context.workspace.model.teams.length === 0) return null;
  const report = await readOrgHealth(context, { asOf }, now);
  return {
    windowDays: report.window.days,
    issues: report.findings.map((finding) => ({
      rule: finding.rule,
      check: finding.check,
      severity: finding.severity,
      subject: finding.subject,
      title: finding.title,
      detail: finding.detail,
      metrics: { ...finding.evidence.metrics },
      records: [...finding.evidence.records],
      recommendation: finding.recommendation,
    })),
  };
}

async function readDependencies(
  context: AppContext,
  asOf: string,
  now: Date,
): Promise<DependencyFact[] | null> {
  const list = await listDependencyStates(context, { asOf }, now);
  return nonEmpty(
    list.items.map((item) => ({
      ref: item.ref,
      provider: item.provider,
      consumer: item.consumer,
      what: item.what,
      type: item.type,
      status: item.status,
      risk: item.risk,
      neededBy: item.neededBy ?? null,
      open: item.open,
      daysOverdue: item.daysOverdue ?? null,
      daysToNeededBy: item.daysToNeededBy ?? null,
      services: [...item.services],
    })),
  );
}

/** The quarter that holds the as-of day; a workspace with no OKRs for it has no OKR part. */
async function readOkrs(context: AppContext, asOf: string, now: Date): Promise<OkrPart | null> {
  const list = await listOkrs(context, { asOf }, now);
  const quarter = list.quarters.find((candidate) => candidate.from <= asOf && asOf <= candidate.to);
  if (!quarter) return null;
  const objectives = list.objectives.filter((objective) => objective.quarter === quarter.quarter);
  if (objectives.length === 0) return null;
  const lint = await lintOkrs(context, { asOf, quarter: quarter.quarter }, now);
  return {
    quarter: quarter.quarter,
    elapsed: quarter.expected,
    objectives: objectives.map((objective) => ({
      id: objective.id,
      title: objective.title,
      owner: objective.owner ?? null,
      team: objective.team ?? null,
      keyResults: objective.keyResults.map((kr) => ({
        id: kr.id,
        title: kr.title,
        owner: kr.owner ?? null,
        status: kr.status,
        progress: kr.progress ?? null,
        current: kr.current?.value ?? null,
        target: kr.target,
        unit: kr.unit,
        metric: kr.metric?.id ?? null,
      })),
    })),
    staleCheckIns: lint.findings
      .filter((finding) => finding.rule === 'stale-check-in' && finding.keyResult)
      .map((finding) => ({
        objective: finding.objective,
        keyResult: finding.keyResult as string,
        message: finding.message,
      })),
  };
}

async function readRoadmap(context: AppContext, asOf: string, now: Date): Promise<InitiativeFact[] | null> {
  const view = await listRoadmap(context, { asOf }, now);
  const initiatives = view.themes.flatMap((theme) => theme.initiatives);
  return nonEmpty(
    initiatives.map((initiative) => {
      const schedule = initiative.schedule;
      const late = schedule.kind === 'slipping' && 'daysLate' in schedule ? schedule.daysLate : null;
      const forecast =
        'forecast' in schedule && typeof schedule.forecast === 'string' ? schedule.forecast : null;
      const openItems = 'openItems' in schedule ? schedule.openItems : null;
      return {
        id: initiative.id,
        title: initiative.title,
        owner: initiative.owner?.ref ?? null,
        teams: [...initiative.teams],
        target: initiative.target,
        daysLate: typeof late === 'number' ? late : null,
        forecast,
        slipping: schedule.kind === 'slipping',
        openItems: typeof openItems === 'number' ? openItems : null,
        reason: schedule.reason,
      };
    }),
  );
}

/** Capacity only against a declared plan, over the service's default months ending with the as-of month. */
async function readCapacity(context: AppContext, asOf: string, now: Date): Promise<CapacityPart | null> {
  const view = await readCapacityAllocation(context, { asOf }, now);
  if (!view.plan.declared) return null;
  const teams = view.teams.flatMap((team) =>
    team.total.kind === 'value'
      ? [
          {
            team: team.team,
            n: team.total.n,
            categories: Object.fromEntries(
              Object.entries(team.total.categories).map(([category, share]) => [
                category,
                { actual: share.actual, target: share.target, items: share.items },
              ]),
            ),
          },
        ]
      : [],
  );
  if (teams.length === 0) return null;
  return { window: view.window, minimumItems: view.plan.minimumItems, teams };
}
