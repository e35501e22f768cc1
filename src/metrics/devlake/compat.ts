/**
 * DevLake compatibility mode (DESIGN section 6): the five DORA results of `computeDora`, computed the way
 * Apache DevLake's DORA plugin and its 2023 dashboard (grafana/dashboards/DORA.json) compute them, so a
 * figure can be checked against a DevLake dashboard fed the same history. Every result keeps its `dora.*`
 * id, has `version: 1` and carries `compat: 'devlake'`, so nobody takes it for Sextant's own figure.
 *
 * The records become DevLake rows (compat-rows.ts: the scope is the project, each service a CI scope) and
 * go through this module's reproductions of DevLake's steps. Then, over deployments finishing in
 * `[from, to)`:
 * - Deployment frequency: successful PRODUCTION deployments (`success` and `rolled-back`, the same count as
 *   Sextant's). Deployment days per week: DevLake's lower median (`devLakeMedian`) over the window's weeks
 *   (Monday start) of distinct days with a deployment, days and weeks in UTC as MySQL's `DATE()` of the
 *   stored instant gives them.
 * - Lead time: the lower median of `pr_cycle_time` (first commit by author time → deployed, per merged pull
 *   request) of the pull requests whose deployment commit finished in the window; minutes × 60. DevLake's
 *   dashboard has no 90th percentile: `p90` is Sextant's type-7 percentile of the same sample. The
 *   breakdown stages are the same PRs' coding, pickup, review and deploy times, each a lower median.
 * - Change failure rate: deployments with at least one incident connected by `connectIncidentsToDeployments`
 *   (project-level: the latest successful production deployment of any service before the incident was
 *   created) ÷ deployments. Explicit links (`causedBy`), rollbacks and hotfixes are not evidence in DevLake.
 * - Recovery time: DevLake's 2023 "failed deployment recovery time": for each incident resolved in the
 *   window and connected to a deployment finishing in the window, whole minutes (`TIMESTAMPDIFF`, truncated)
 *   from the deployment's finish to the incident's resolution; lower median, p90 type-7.
 * - Rework rate: insufficient data; DevLake has no such metric.
 * Bands are Sextant's DORA tables applied to these values, not DevLake's own benchmark labels.
 */
import { type BandTable, DEFAULT_BAND_TABLE } from '../bands.js';
import { listWeekKeys, toDayKey, toWeekKey } from '../calendar.js';
import { changeFailureRateDefinition } from '../dora/change-failure-rate.js';
import { deploymentFrequencyDefinition } from '../dora/deployment-frequency.js';
import type { DoraFacts } from '../dora/facts.js';
import { bandDoraResults, type DoraResults } from '../dora/index.js';
import { leadTimeDefinition } from '../dora/lead-time.js';
import {
  LEAD_TIME_STAGES,
  type LeadTimeBreakdown,
  type LeadTimeStage,
  type StageSummary,
} from '../dora/lead-time-breakdown.js';
import { recoveryTimeDefinition } from '../dora/recovery-time.js';
import { reworkRateDefinition } from '../dora/rework-rate.js';
import type { MetricDefinition } from '../result.js';
import { toInsufficientData, toValueResult } from '../result.js';
import { percentile } from '../stats.js';
import { isInWindow } from '../window.js';
import { calculateChangeLeadTime, type DevLakeProjectPrMetric } from './change-lead-time.js';
import { toDevLakeRows } from './compat-rows.js';
import type { DevLakeDeploymentCommit } from './deployment-generator.js';
import { connectIncidentsToDeployments } from './incident-deployment.js';
import { devLakeMedian } from './lower-median.js';
import { DEVLAKE_PRODUCTION, DEVLAKE_SUCCESS } from './vocabulary.js';

/** Every result of compatibility mode is marked, so its figures are never mistaken for Sextant's. */
export type DevLakeCompat<R> = R & { compat: 'devlake' };

export type DevLakeCompatResults = { [K in keyof DoraResults]: DevLakeCompat<DoraResults[K]> };

const COMPAT_VERSION = 1;

/** The definitions behind compatibility results: Sextant's ids, DevLake's rules. */
export const devLakeCompatDefinitions = {
  deploymentFrequency: {
    ...deploymentFrequencyDefinition,
    version: COMPAT_VERSION,
    title: 'Deployment frequency (DevLake)',
    description:
      'Successful production deployments finishing in the window, as DevLake counts them; deployment days ' +
      'per week is DevLake’s lower median over the window’s weeks (UTC days, weeks from Monday).',
  },
  leadTime: {
    ...leadTimeDefinition,
    version: COMPAT_VERSION,
    title: 'Change lead time (DevLake)',
    description:
      'DevLake’s lower median of pull-request cycle times (first commit by author time → deployed, whole ' +
      'minutes) of pull requests deployed by a deployment finishing in the window; p90 is type 7.',
  },
  changeFailureRate: {
    ...changeFailureRateDefinition,
    version: COMPAT_VERSION,
    title: 'Change failure rate (DevLake)',
    description:
      'Deployments in the window with an incident attributed to them by DevLake’s rule (the latest ' +
      'successful production deployment of the whole scope before the incident) ÷ deployments in the window.',
  },
  recoveryTime: {
    ...recoveryTimeDefinition,
    version: COMPAT_VERSION,
    title: 'Failed deployment recovery time (DevLake)',
    description:
      'DevLake’s lower median, over incidents resolved in the window and attributed to a deployment in the ' +
      'window, of whole minutes from the deployment’s finish to the incident’s resolution; p90 is type 7.',
  },
  reworkRate: {
    ...reworkRateDefinition,
    version: COMPAT_VERSION,
    title: 'Deployment rework rate (DevLake)',
    description: 'DevLake has no deployment rework rate; compatibility mode never has a value.',
  },
} satisfies Record<keyof DoraResults, MetricDefinition>;

const MINUTE = 60;

/** DevLake's lower median and Sextant's type-7 p90 of minutes, in seconds. */
function summarizeMinutes(minutes: readonly number[]): { median: number; p90: number } | undefined {
  const middle = devLakeMedian(minutes);
  const p90 = percentile(minutes, 0.9);
  return middle === undefined || p90 === undefined
    ? undefined
    : { median: middle * MINUTE, p90: p90 * MINUTE };
}

/**
 * The deployments of the window as DevLake's dashboard builds `_deployments`: successful production
 * deployment commits grouped by deployment, finished at the latest of their commits, kept when that
 * finish is in the window.
 */
function listWindowDeployments(
  rows: readonly DevLakeDeploymentCommit[],
  facts: DoraFacts,
): Map<string, Date> {
  const finished = new Map<string, Date>();
  for (const row of rows) {
    if (row.result !== DEVLAKE_SUCCESS || row.environment !== DEVLAKE_PRODUCTION || row.finishedDate === null)
      continue;
    const seen = finished.get(row.cicdDeploymentId);
    if (seen === undefined || row.finishedDate > seen) finished.set(row.cicdDeploymentId, row.finishedDate);
  }
  for (const [id, at] of finished) if (!isInWindow(at.getTime(), facts.window)) finished.delete(id);
  return finished;
}

const STAGE_NEEDS: Record<LeadTimeStage, string> = {
  coding: 'a deployed pull request with a known first commit',
  pickup: 'a deployed pull request commented on by someone other than its author',
  review: 'a deployed pull request commented on by someone other than its author',
  deploy: 'a merged pull request deployed by a deployment finishing in the window',
};

function summarizeStages(metrics: readonly DevLakeProjectPrMetric[]): LeadTimeBreakdown {
  const stage = (
    name: LeadTimeStage,
    minutesOf: (m: DevLakeProjectPrMetric) => number | null,
    negative: (m: DevLakeProjectPrMetric) => boolean,
  ): StageSummary => {
    const values: number[] = [];
    const ids: string[] = [];
    let excludedNegative = 0;
    for (const metric of metrics) {
      const minutes = minutesOf(metric);
      if (minutes !== null) {
        values.push(minutes);
        ids.push(metric.id);
      } else if (negative(metric)) excludedNegative++;
    }
    const summary = summarizeMinutes(values);
    if (!summary) {
      return { kind: 'insufficient-data', n: 0, needs: STAGE_NEEDS[name], excludedNegative, recordIds: ids };
    }
    return { kind: 'value', n: values.length, ...summary, excludedNegative, recordIds: ids };
  };
  // DevLake drops a span that is a minute or more negative; the stage is missing though both ends are known.
  const stages: Record<LeadTimeStage, StageSummary> = {
    coding: stage(
      'coding',
      (m) => m.prCodingTime,
      (m) => m.firstCommitAuthoredDate !== null,
    ),
    pickup: stage(
      'pickup',
      (m) => m.prPickupTime,
      (m) => m.firstCommentDate !== null,
    ),
    review: stage(
      'review',
      (m) => m.prReviewTime,
      (m) => m.firstCommentDate !== null,
    ),
    deploy: stage(
      'deploy',
      (m) => m.prDeployTime,
      (m) => m.prDeployedDate !== null,
    ),
  };
  return Object.fromEntries(LEAD_TIME_STAGES.map((name) => [name, stages[name]])) as LeadTimeBreakdown;
}

export function computeDoraDevLakeCompat(facts: DoraFacts & { bandTable?: BandTable }): DevLakeCompatResults {
  const table = facts.bandTable ?? DEFAULT_BAND_TABLE;
  const { window, scope } = facts;
  const defs = devLakeCompatDefinitions;
  const rows = toDevLakeRows(facts);
  const deployments = listWindowDeployments(rows.deploymentCommits, facts);
  const deploymentIds = [...deployments.keys()];
  const noDeployments = 'at least 1 successful production deployment in the window';

  // Deployment frequency.
  const deploymentFrequency = (() => {
    if (deployments.size === 0)
      return toInsufficientData(defs.deploymentFrequency, window, scope, 0, [], noDeployments);
    const utc = 'UTC';
    const daysByWeek = new Map<string, Set<string>>(
      listWeekKeys(window, utc).map((week) => [week, new Set()]),
    );
    for (const at of deployments.values()) daysByWeek.get(toWeekKey(at, utc))?.add(toDayKey(at, utc));
    const daysPerWeek = [...daysByWeek.values()].map((days) => days.size);
    const weeks = daysPerWeek.length;
    const days = daysPerWeek.reduce((sum, n) => sum + n, 0);
    const windowWeeks = (window.to.getTime() - window.from.getTime()) / (7 * 24 * 3600 * 1000);
    return toValueResult(defs.deploymentFrequency, window, scope, deployments.size, deploymentIds, {
      value: deployments.size,
      perWeek: deployments.size / windowWeeks,
      deploymentDaysPerWeek: devLakeMedian(daysPerWeek) ?? 0,
      meanDeploymentDaysPerWeek: days / weeks,
      weeks,
    });
  })();

  // Change lead time.
  const leadTime = (() => {
    const rowsById = new Map(rows.deploymentCommits.map((row) => [row.id, row]));
    const metrics = calculateChangeLeadTime(rows).filter((metric) => {
      const row = metric.deploymentCommitId === null ? undefined : rowsById.get(metric.deploymentCommitId);
      return row?.finishedDate != null && isInWindow(row.finishedDate.getTime(), window);
    });
    const shipping = new Set(
      metrics.map((metric) => rowsById.get(metric.deploymentCommitId as string)?.cicdDeploymentId as string),
    );
    const inWindowRows = rows.deploymentCommits.filter(
      (row) => deployments.has(row.cicdDeploymentId) && row.result === DEVLAKE_SUCCESS,
    );
    const known = new Set((facts.commits ?? []).map((commit) => commit.sha));
    const unknownCommit = inWindowRows.filter((row) => !known.has(row.commitSha)).length;
    const baseline = inWindowRows.filter((row) => row.prevSuccessDeploymentCommitId === '').length;
    const recordIds = [...shipping, ...metrics.map((metric) => metric.id)];
    const summary = summarizeMinutes(metrics.map((metric) => metric.prCycleTime));
    if (!summary) {
      return toInsufficientData(
        defs.leadTime,
        window,
        scope,
        0,
        recordIds,
        'at least 1 merged pull request whose merge commit was deployed by a successful production deployment ' +
          'finishing in the window, after an earlier successful deployment of the same service and repository',
      );
    }
    return toValueResult(defs.leadTime, window, scope, metrics.length, recordIds, {
      ...summary,
      clock: 'author' as const,
      excludedNegative: 0,
      deployments: shipping.size,
      unknownCommit,
      baseline,
      breakdown: summarizeStages(metrics),
    });
  })();

  // Incident attribution, shared by change failure rate and recovery time.
  const relationships = connectIncidentsToDeployments({
    projectName: rows.projectName,
    projectMapping: rows.projectMapping,
    incidents: rows.incidents,
    deploymentCommits: rows.deploymentCommits,
  }).filter((relationship) => deployments.has(relationship.deploymentId));

  const changeFailureRate = (() => {
    if (deployments.size === 0)
      return toInsufficientData(defs.changeFailureRate, window, scope, 0, [], noDeployments);
    const failed = new Set(relationships.map((relationship) => relationship.deploymentId));
    const failedDeployments = deploymentIds.filter((id) => failed.has(id));
    return toValueResult(
      defs.changeFailureRate,
      window,
      scope,
      deployments.size,
      [...deploymentIds, ...relationships.map((relationship) => relationship.id)],
      {
        value: failedDeployments.length / deployments.size,
        numerator: failedDeployments.length,
        denominator: deployments.size,
        failedDeployments,
      },
    );
  })();

  const recoveryTime = (() => {
    const minutes: number[] = [];
    const recordIds: string[] = [];
    let unrecovered = 0;
    for (const relationship of relationships) {
      const resolved = rows.incidentResolvedAt.get(relationship.id) ?? null;
      const finished = deployments.get(relationship.deploymentId) as Date;
      if (resolved === null || resolved.getTime() >= window.to.getTime()) {
        unrecovered++;
        continue;
      }
      if (!isInWindow(resolved.getTime(), window)) continue;
      minutes.push(Math.trunc((resolved.getTime() - finished.getTime()) / 60_000));
      recordIds.push(relationship.deploymentId, relationship.id);
    }
    const summary = summarizeMinutes(minutes);
    if (!summary) {
      return toInsufficientData(
        defs.recoveryTime,
        window,
        scope,
        0,
        recordIds,
        'at least 1 incident resolved in the window and attributed to a deployment finishing in the window' +
          (unrecovered > 0 ? ` (${unrecovered} not resolved in the window)` : ''),
      );
    }
    return toValueResult(defs.recoveryTime, window, scope, minutes.length, [...new Set(recordIds)], {
      ...summary,
      unrecovered,
    });
  })();

  const reworkRate = toInsufficientData(
    defs.reworkRate,
    window,
    scope,
    0,
    [],
    'a metric DevLake does not have: DevLake computes no deployment rework rate, so compatibility mode has ' +
      'nothing to compare; use computeDora for Sextant’s own figure',
  );

  return bandDoraResults(
    { deploymentFrequency, leadTime, changeFailureRate, recoveryTime, reworkRate },
    table,
    { compat: 'devlake' as const },
  );
}
