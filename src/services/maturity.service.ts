/**
 * Maturity for the interfaces: the agile maturity of each team and the maturity of the platform, assessed
 * by the pure models (src/assess/) from the answers in maturity.yaml and evidence read here: delivery
 * figures from the metrics engine over the last 12 full weeks (the team's own for a team, the whole
 * organization's for the platform), the declared model, and the experiments register. "Now" is an argument.
 */

import {
  assessMaturity,
  type EvidenceFact,
  type EvidenceFacts,
  type MaturityAssessment,
} from '../assess/maturity.js';
import { AGILE_MATURITY_MODEL, PLATFORM_MATURITY_MODEL } from '../assess/maturity-model.js';
import { InputError, NotFoundError } from '../domain/errors.js';
import type { Experiment } from '../domain/experiment.js';
import type { MaturityLevel } from '../domain/maturity.js';
import { dateSchema } from '../domain/primitives.js';
import { toRefString } from '../domain/refs.js';
import { BAND_LEVELS } from '../metrics/bands.js';
import { startOfLocalDay } from '../metrics/calendar.js';
import { type AppContext, withReadCache } from './context.js';
import { computeMetricReport, computeOverview } from './metrics.service.js';

export type { CriterionAssessment, MaturityAssessment } from '../assess/maturity.js';

export interface TeamMaturity extends MaturityAssessment {
  team: { ref: string; name: string; title: string };
  /** Whether maturity.yaml holds answers for the team (without them, only evidenced criteria can be met). */
  answered: boolean;
}

export interface PlatformMaturity extends MaturityAssessment {
  team: { ref: string; name: string; title: string } | null;
  answered: boolean;
}

export interface MaturityOverview {
  /** The evidence window, local days inclusive. */
  window: { from: string; to: string };
  teams: TeamMaturity[];
  platform: PlatformMaturity;
}

/**
 * The instant a command reads "now" as: noon of the local day `asOf` (YYYY-MM-DD) in the workspace time
 * zone when given, else `now`.
 */
export function resolveAsOf(asOf: string | undefined, now: Date, timeZone: string): Date {
  if (asOf === undefined) return now;
  if (!dateSchema.safeParse(asOf).success) {
    throw new InputError('Invalid day', [
      { path: 'asOf', message: 'not a day', found: JSON.stringify(asOf), expected: 'a day as YYYY-MM-DD' },
    ]);
  }
  return new Date(startOfLocalDay(asOf, timeZone).getTime() + 12 * 3_600_000);
}

/** Every team's agile maturity and the platform's maturity. */
export async function assessAllMaturity(context: AppContext, now: Date): Promise<MaturityOverview> {
  context = withReadCache(context);
  const teams = [];
  for (const team of context.workspace.model.teams) teams.push(await assessTeam(context, team.ref, now));
  const platform = await assessPlatform(context, now);
  return {
    window: teams[0]?.window ?? platform.window,
    teams: teams.map((t) => t.result),
    platform: platform.result,
  };
}

/** One team's agile maturity (`checkout` or `team:default/checkout`). */
export async function assessTeamMaturity(
  context: AppContext,
  team: string,
  now: Date,
): Promise<TeamMaturity> {
  context = withReadCache(context);
  let ref: string;
  try {
    ref = toRefString(team, 'team');
  } catch {
    ref = team;
  }
  if (!context.workspace.model.teams.some((candidate) => candidate.ref === ref)) {
    throw new NotFoundError(`No team ${team} in model/teams.yaml`);
  }
  return (await assessTeam(context, ref, now)).result;
}

async function assessTeam(context: AppContext, ref: string, now: Date) {
  const team = context.workspace.model.teams.find((candidate) => candidate.ref === ref);
  if (!team) throw new NotFoundError(`No team ${ref} in model/teams.yaml`);
  const governance = await context.workspace.governance();
  const entry = governance.maturity.teams.find((candidate) => candidate.team === ref);
  const delivery = await readDeliveryEvidence(context, `team:${team.name}`, now);
  const evidence: EvidenceFacts = {
    ...delivery.facts,
    'decided-experiments': countDecidedExperiments(governance.experiments.experiments, ref, now),
  };
  const assessment = assessMaturity(
    AGILE_MATURITY_MODEL,
    entry?.answers ?? {},
    evidence,
    (entry?.target ?? null) as MaturityLevel | null,
  );
  return {
    window: delivery.window,
    result: {
      ...assessment,
      team: { ref, name: team.name, title: team.title },
      answered: entry !== undefined,
    } satisfies TeamMaturity,
  };
}

async function assessPlatform(context: AppContext, now: Date) {
  const { model } = context.workspace;
  const entry = (await context.workspace.governance()).maturity.platform;
  const delivery = await readDeliveryEvidence(context, 'org', now);
  const declaredTeams = new Set(model.teams.map((team) => team.ref));
  const owned = model.services.filter((service) => declaredTeams.has(service.owner)).length;
  const critical = model.services.filter((service) => service.tier <= 2);
  const withSlo = critical.filter((service) => service.slos.length > 0).length;
  const evidence: EvidenceFacts = {
    ...delivery.facts,
    'platform-teams': {
      kind: 'value',
      value: model.teams.filter((team) => team.type === 'platform').length,
      source: 'platform teams in model/teams.yaml',
    },
    'ownership-coverage': share(
      owned,
      model.services.length,
      'services owned by a declared team',
      'a service in the catalog',
    ),
    'slo-coverage': share(
      withSlo,
      critical.length,
      'tier 1 and 2 services with an SLO',
      'a tier 1 or 2 service',
    ),
  };
  const assessment = assessMaturity(
    PLATFORM_MATURITY_MODEL,
    entry?.answers ?? {},
    evidence,
    entry?.target ?? null,
  );
  const team = entry?.team ? model.teams.find((candidate) => candidate.ref === entry.team) : undefined;
  return {
    window: delivery.window,
    result: {
      ...assessment,
      team: team ? { ref: team.ref, name: team.name, title: team.title } : null,
      answered: entry !== null,
    } satisfies PlatformMaturity,
  };
}

function share(part: number, whole: number, what: string, needs: string): EvidenceFact {
  if (whole === 0) return { kind: 'insufficient-data', source: what, needs: `at least ${needs}` };
  return { kind: 'value', value: part / whole, source: `${part} of ${whole} ${what}` };
}

const YEAR_MS = 365 * 86_400_000;

/** Experiments measuring the team (or, for the org, any experiment) decided in the 12 months before now. */
function countDecidedExperiments(
  experiments: readonly Experiment[],
  team: string | null,
  now: Date,
): EvidenceFact {
  const since = new Date(now.getTime() - YEAR_MS).toISOString().slice(0, 10);
  const decided = experiments.filter(
    (experiment) =>
      experiment.decision !== null &&
      experiment.decision.date >= since &&
      (team === null || (experiment.scope.kind === 'teams' && experiment.scope.refs.includes(team))),
  );
  return {
    kind: 'value',
    value: decided.length,
    source:
      decided.length > 0
        ? `decided: ${decided.map((experiment) => experiment.id).join(', ')}`
        : 'experiments.yaml',
  };
}

type Reading = { kind: 'value' } | { kind: 'insufficient-data'; needs: string };

/** DORA, flow, pull-request and build figures for the scope over the last 12 full weeks. */
async function readDeliveryEvidence(context: AppContext, scope: string, now: Date) {
  const query = { scope };
  const overview = await computeOverview(context, query, now);
  const { dora, flow } = overview.results;
  const window = { from: overview.window.firstDay, to: overview.window.lastDay };
  const where = `${scope}, ${window.from} to ${window.to}`;
  const fact = (result: Reading, read: () => number, what: string): EvidenceFact =>
    result.kind === 'value'
      ? { kind: 'value', value: read(), source: `${what}, ${where}` }
      : { kind: 'insufficient-data', source: `${what}, ${where}`, needs: result.needs };
  const { deploymentFrequency, leadTime } = dora;
  const { throughput, cycleTime, wipToThroughput } = flow;
  const facts: EvidenceFacts = {
    'deployment-band': fact(
      deploymentFrequency,
      () => BAND_LEVELS.length - BAND_LEVELS.indexOf(deploymentFrequency.band?.level ?? 'low'),
      `deployment frequency band ${deploymentFrequency.band?.level ?? 'none'} (low 1 … elite 4)`,
    ),
    'lead-time-hours': fact(
      leadTime,
      () => (leadTime.kind === 'value' ? leadTime.median / 3600 : 0),
      'change lead time median, hours',
    ),
    'items-completed': fact(
      throughput,
      () => (throughput.kind === 'value' ? throughput.weeks.reduce((sum, week) => sum + week.count, 0) : 0),
      'work items completed',
    ),
    'cycle-time-spread': fact(
      cycleTime,
      () =>
        cycleTime.kind === 'value' && cycleTime.median > 0
          ? cycleTime.p90 / cycleTime.median
          : Number.POSITIVE_INFINITY,
      'cycle time p90 ÷ median',
    ),
    'wip-weeks': fact(
      wipToThroughput,
      () => (wipToThroughput.kind === 'value' ? wipToThroughput.value : 0),
      'work in progress ÷ weekly throughput',
    ),
  };
  if (scope === 'org') {
    const prs = await computeMetricReport(context, 'prs', query, now);
    const builds = await computeMetricReport(context, 'builds', query, now);
    const { timeToFirstReview } = prs.results;
    const { duration } = builds.results;
    facts['first-review-hours'] = fact(
      timeToFirstReview,
      () => (timeToFirstReview.kind === 'value' ? timeToFirstReview.median / 3600 : 0),
      'time to first review median, hours',
    );
    facts['build-minutes'] = fact(
      duration,
      () => (duration.kind === 'value' ? duration.median / 60 : 0),
      'pipeline duration median, minutes',
    );
  }
  return { window, facts };
}
