/**
 * Releases: listing and showing them with their checklist, signing checklist items off, release metrics,
 * release anti-patterns and the feature flag import. Releases are derived once after the records change
 * and stored (release-facts.ts); reads take the scope's and window's rows (release-records.ts). The pure
 * code decides everything, this file reads and writes.
 */
import { detectReleaseAntiPatterns } from '../assess/release-anti-patterns.js';
import { evaluateChecklist } from '../assess/release-checklist.js';
import { ROLLBACK_PLAN_ITEM } from '../assess/release-rollback-plan.js';
import { InputError } from '../domain/errors.js';
import type { Person } from '../domain/person.js';
import { toRefString } from '../domain/refs.js';
import { type Release, signoffInputSchema } from '../domain/release.js';
import { findChecklistItem, RELEASE_CHECKLIST } from '../domain/release-checklist.js';
import { RELEASE_METRIC_DEFINITIONS } from '../metrics/releases/definitions.js';
import { computeReleaseMetrics } from '../metrics/releases/metrics.js';
import { normalizeRef } from '../metrics/scope.js';
import { queryRecords } from '../store/index.js';
import { listFeatureFlags, listSignoffs, listSignoffsOnItem, saveSignoff } from '../store/releases.repo.js';
import type { AppContext } from './context.js';
import { toReportWindow } from './metrics/report-window.js';
import { loadDetectedDeployments } from './release-facts.js';
import { resolveReleaseQuery } from './release-query.js';
import { findRelease, loadStagingDeployments, readReleases } from './release-records.js';
import { errorBudgetStates } from './slos.service.js';

/** A release as a list shows it: no commit or pull request ids. */
export function summarizeRelease(release: Release) {
  return {
    id: release.id,
    service: release.service,
    version: release.version,
    at: release.at,
    result: release.result,
    hotfix: release.hotfix,
    rolledBack: release.rolledBack,
    failed: release.failed,
    changes: {
      status: release.changes.status,
      commits: release.changes.commits.length,
      pullRequests: release.changes.pullRequests.length,
      linesChanged: release.changes.linesChanged,
    },
  };
}
export type ReleaseSummary = ReturnType<typeof summarizeRelease>;

export async function listReleases(context: AppContext, input: unknown, now: Date) {
  const query = resolveReleaseQuery(context, input, now, { upToNow: true });
  const releases = await readReleases(context, query.services, query.window);
  return {
    scope: query.scope,
    window: toReportWindow(query.window, query.timeZone),
    timeZone: query.timeZone,
    releases: releases.map(summarizeRelease),
  };
}

export async function showRelease(context: AppContext, id: string, now: Date) {
  const { release, related } = await findRelease(context, id);
  const [staging, signoffs, ciRuns, flags, budgets] = await Promise.all([
    loadStagingDeployments(context, release.service),
    listSignoffs(context.store, [release.id]),
    queryRecords(context.store, 'ci-run', { scope: { field: 'commitSha', refs: [release.commitSha] } }),
    listFeatureFlags(context.store, [release.service]),
    errorBudgetStates(context, { now }),
  ]);
  const checklist = evaluateChecklist({
    release,
    signoffs,
    ciRuns,
    stagingDeployments: staging,
    budgets: budgets.filter((budget) => normalizeRef(budget.service, 'service') === release.service),
    flags,
    now,
  });
  return { release, deployments: related, checklist };
}

/** The declared person `by` names: a reference (short or full), an email, or a git identity. */
function resolvePerson(people: readonly Person[], by: string): Person {
  let ref: string | undefined;
  try {
    ref = toRefString(by, 'person');
  } catch {
    ref = undefined;
  }
  const wanted = by.trim().toLowerCase();
  const person = people.find(
    (candidate) =>
      candidate.ref === ref ||
      candidate.email?.toLowerCase() === wanted ||
      (candidate.identities.git ?? []).some((email) => email.toLowerCase() === wanted),
  );
  if (!person) {
    throw new InputError('Unknown person for the sign-off', [
      {
        path: 'by',
        message: 'names no declared person',
        found: JSON.stringify(by),
        expected: 'a person in model/people.yaml, by name, reference or email',
      },
    ]);
  }
  return person;
}

export async function signOffRelease(context: AppContext, id: string, input: unknown, now: Date) {
  const parsed = signoffInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new InputError(
      'Invalid sign-off',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const { item: itemId, by, note } = parsed.data;
  const item = findChecklistItem(itemId);
  if (!item) {
    throw new InputError(`Unknown checklist item "${itemId}"`, [
      {
        path: 'item',
        message: 'is not a checklist item',
        found: JSON.stringify(itemId),
        expected: `one of ${RELEASE_CHECKLIST.map((entry) => entry.id).join(', ')}`,
      },
    ]);
  }
  if (item.noteRequired && note === undefined) {
    throw new InputError(`A sign-off on ${item.id} needs a note`, [
      { path: 'note', message: 'is missing', expected: 'the plan itself, or where it is written down' },
    ]);
  }
  const person = resolvePerson(context.workspace.model.people, by);
  const { release } = await findRelease(context, id);
  const signoff = await saveSignoff(context.store, {
    releaseId: release.id,
    item: item.id,
    person: person.ref,
    signedAt: now.toISOString(),
    ...(note === undefined ? {} : { note }),
  });
  return { release: summarizeRelease(release), signoff };
}

export async function computeReleaseMetricsReport(context: AppContext, input: unknown, now: Date) {
  const query = resolveReleaseQuery(context, input, now);
  const releases = await readReleases(context, query.services, query.window);
  const flags = await listFeatureFlags(context.store, query.services && [...query.services]);
  const results = computeReleaseMetrics({
    releases,
    flags,
    window: query.window,
    scope: query.scope,
  });
  return {
    scope: query.scope,
    window: toReportWindow(query.window, query.timeZone),
    timeZone: query.timeZone,
    results,
  };
}

export function listReleaseMetricDefinitions() {
  return RELEASE_METRIC_DEFINITIONS;
}

export async function checkReleaseAntiPatterns(context: AppContext, input: unknown, now: Date) {
  const query = resolveReleaseQuery(context, input, now);
  const services = query.services;
  // The releases first: reading them may rebuild them, in a transaction the other reads would wait on.
  const releases = await readReleases(context, services);
  const [deployments, pullRequests, signoffs] = await Promise.all([
    loadDetectedDeployments(context),
    queryRecords(context.store, 'pull-request'),
    listSignoffsOnItem(context.store, ROLLBACK_PLAN_ITEM),
  ]);
  const repositories =
    services &&
    new Set(
      context.workspace.model.services
        .filter((service) => services.has(normalizeRef(service.ref, 'service')))
        .flatMap((service) => service.repositories.map((repo) => normalizeRef(repo, 'repository'))),
    );
  const antiPatterns = detectReleaseAntiPatterns({
    releases,
    signoffs,
    pullRequests: repositories
      ? pullRequests.filter((pr) => repositories.has(normalizeRef(pr.repository, 'repository')))
      : pullRequests,
    deployments: services
      ? deployments.filter((d) => services.has(normalizeRef(d.service, 'service')))
      : deployments,
    window: query.window,
    timeZone: query.timeZone,
  });
  return {
    scope: query.scope,
    window: toReportWindow(query.window, query.timeZone),
    timeZone: query.timeZone,
    antiPatterns,
  };
}

export { importFeatureFlagPayload, importFeatureFlags } from './release-flag-import.js';
