/**
 * The advisor's findings: run every rule over a snapshot of the organization, keep each finding's
 * lifecycle (new, acknowledged, snoozed until a day with a reason, resolved) across runs, and read them
 * under the viewer's role. The same condition keeps its finding: a re-run updates, never duplicates.
 *
 * A run reads the stored findings, merges and writes them in one transaction, under an advisory lock so two
 * runs (a report's `ensureAdvisorRun` and a scheduled one) never interleave: a run that fails part way
 * leaves the findings as the previous run left them.
 */
import { performance } from 'node:perf_hooks';
import { checkRules, type RuleError, runRules, severityRank } from '../advisor/engine.js';
import { mergeRun } from '../advisor/lifecycle.js';
import { ADVISOR_RULES } from '../advisor/rules/index.js';
import type { FindingDraft, FindingSeverity, FindingStatus } from '../advisor/types.js';
import { InputError, NotFoundError } from '../domain/errors.js';
import type { Viewer } from '../domain/privacy.js';
import type { Scope } from '../metrics/result.js';
import {
  findStoredFinding,
  latestAdvisorRun,
  listIngestRuns,
  listStoredFindings,
  recordAdvisorRun,
  saveFindings,
} from '../store/index.js';
import { authorize, mayRead } from './access.service.js';
import { buildAdvisorSnapshot } from './advisor/snapshot.js';
import type { AppContext } from './context.js';
import { endOfDayInstant, resolveAdvisorDay } from './findings-days.js';
import { type Finding, presentFinding } from './findings-present.js';
import { parseScope } from './metrics/query.js';
import { resolveScopeServices } from './release-records.js';

export type { RuleError } from '../advisor/engine.js';
export { FINDING_SEVERITIES, FINDING_STATUSES } from '../advisor/types.js';
export { parseFindingFilter } from './findings-filter.js';
export type { Finding } from './findings-present.js';
export { type AdvisorRuleInfo, listAdvisorRules } from './findings-rules.js';
export {
  acknowledgeFinding,
  reopenFinding,
  resolveFinding,
  snoozeFinding,
} from './findings-transitions.js';
export type { FindingDraft, FindingSeverity, FindingStatus };

export interface AdvisorRunSummary {
  asOf: string;
  rules: number;
  raised: number;
  opened: number;
  updated: number;
  cleared: number;
  reopened: number;
  /** Rules that threw, and drafts that broke their rule's declaration. */
  errors: RuleError[];
  /** Drafts dropped because they carried no figure and no record. */
  withoutEvidence: number;
  durationMs: number;
}

export interface FindingFilter {
  status?: readonly FindingStatus[];
  severity?: readonly FindingSeverity[];
  /** A concern (`tech.reliability`) or a whole area (`tech`). */
  concern?: string;
  subject?: string;
  /** Include resolved findings (default: only open ones: new, acknowledged, snoozed). */
  all?: boolean;
  /** Findings about the scope (`team:NAME` …) or one of its services; the org scope keeps every one. */
  scope?: string;
  /** Findings seen on this day (YYYY-MM-DD) or later. */
  from?: string;
  /** Findings first seen on this day or before. */
  to?: string;
}

const OPEN_STATUSES: readonly FindingStatus[] = ['new', 'acknowledged', 'snoozed'];

export async function runAdvisor(
  context: AppContext,
  options: { asOf?: string } = {},
  now: Date = new Date(),
): Promise<AdvisorRunSummary> {
  const started = performance.now();
  const startedAt = new Date();
  const asOf = await resolveAdvisorDay(context, options.asOf, now);
  const snapshot = await buildAdvisorSnapshot(
    context,
    asOf,
    endOfDayInstant(asOf, context.workspace.config.timezone),
  );
  const ran = runRules(ADVISOR_RULES, snapshot);
  // A duplicated rule id would merge two conditions into one finding: say so in the run's errors.
  const result = { ...ran, errors: [...checkRules(ADVISOR_RULES), ...ran.errors] };
  const counts = await context.store.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(hashtext('sextant.advisor'))`);
    const stored = await listStoredFindings(tx);
    const merged = mergeRun(stored, result.drafts, {
      asOf,
      at: now.toISOString(),
      failedRules: result.failedRules,
    });
    await saveFindings(tx, merged.changed);
    await recordAdvisorRun(tx, {
      asOf,
      startedAt,
      finishedAt: new Date(),
      counts: {
        ...merged.counts,
        rules: result.rules,
        droppedWithoutEvidence: result.droppedWithoutEvidence,
        merged: result.merged,
      },
      errors: result.errors,
    });
    return merged.counts;
  });
  return {
    asOf,
    rules: result.rules,
    raised: counts.raised,
    opened: counts.opened,
    updated: counts.updated,
    cleared: counts.cleared,
    reopened: counts.reopened,
    errors: result.errors,
    withoutEvidence: result.droppedWithoutEvidence,
    durationMs: Math.round(performance.now() - started),
  };
}

/**
 * Runs the advisor for `asOf` unless a run for that day or a later one exists and nothing was ingested
 * since; what reports and digests call before they read findings.
 */
export async function ensureAdvisorRun(
  context: AppContext,
  options: { asOf?: string } = {},
  now: Date = new Date(),
): Promise<AdvisorRunSummary | null> {
  const asOf = await resolveAdvisorDay(context, options.asOf, now);
  const [run, [ingest]] = await Promise.all([
    latestAdvisorRun(context.store, { onOrAfter: asOf }),
    listIngestRuns(context.store, { limit: 1 }),
  ]);
  // The stored findings are the organization's current state. A run for that day or a later one since
  // the last ingest already holds them; a run for an earlier day (a report on a past week) would move
  // the lifecycle backwards, so it is never started from here.
  if (run && (!ingest || run.finishedAt >= ingest.finishedAt)) return null;
  return runAdvisor(context, { asOf }, now);
}

/** The findings the viewer may see, most severe first, then the longest standing. */
export async function listFindings(
  context: AppContext,
  viewer: Viewer,
  filter: FindingFilter = {},
): Promise<Finding[]> {
  const statuses = filter.status ?? (filter.all ? undefined : OPEN_STATUSES);
  const stored = await listStoredFindings(context.store, statuses ? { status: statuses } : {});
  const order = new Map(ADVISOR_RULES.map((rule, index) => [rule.id, index]));
  if (filter.from && filter.to && filter.from > filter.to)
    throw new InputError('Invalid findings filter', [
      { path: 'to', message: `expected a day on or after ${filter.from}`, found: JSON.stringify(filter.to) },
    ]);
  const inScope = scopeSubjects(context, filter.scope === undefined ? undefined : parseScope(filter.scope));
  return stored
    .filter((finding) => !finding.capability || mayRead(viewer, finding.capability))
    .filter((finding) => !inScope || inScope.has(finding.subject))
    .filter(
      (finding) =>
        (!filter.from || finding.lastSeen >= filter.from) && (!filter.to || finding.firstSeen <= filter.to),
    )
    .filter((finding) => !filter.severity || filter.severity.includes(finding.severity))
    .filter((finding) => !filter.concern || matchesConcern(finding.concern, filter.concern))
    .filter((finding) => !filter.subject || finding.subject === filter.subject)
    .sort(
      (a, b) =>
        severityRank(a.severity) - severityRank(b.severity) ||
        a.firstSeen.localeCompare(b.firstSeen) ||
        (order.get(a.rule) ?? order.size) - (order.get(b.rule) ?? order.size) ||
        a.subject.localeCompare(b.subject),
    )
    .map(presentFinding);
}

/** The subjects a scope covers: itself and its services; undefined for the org (every subject). */
function scopeSubjects(context: AppContext, scope: Scope | undefined): Set<string> | undefined {
  if (!scope || scope.kind === 'org') return undefined;
  if (scope.kind === 'team' && !context.workspace.model.teams.some((team) => team.ref === scope.ref))
    throw new NotFoundError(`No team ${scope.ref} is declared in the workspace`);
  return new Set([scope.ref, ...(resolveScopeServices(context, scope) ?? [])]);
}

/** One finding; a finding about people is read under its capability, and the read is audited. */
export async function readFinding(context: AppContext, viewer: Viewer, id: string): Promise<Finding> {
  const stored = await findStoredFinding(context.store, id);
  if (!stored)
    throw new NotFoundError(`No finding ${JSON.stringify(id)}; \`sextant findings --all\` lists them`);
  if (stored.capability)
    await authorize(context, viewer, stored.capability, { resource: 'findings', detail: { id } });
  return presentFinding(stored);
}

/** The latest advisor run, for a status line: its day, when it finished and how many rules failed. */
export async function readLatestAdvisorRun(context: AppContext) {
  const run = await latestAdvisorRun(context.store);
  if (!run) return null;
  return { asOf: run.asOf, finishedAt: run.finishedAt.toISOString(), counts: run.counts, errors: run.errors };
}

function matchesConcern(concern: string, wanted: string): boolean {
  return concern === wanted || concern.startsWith(`${wanted}.`);
}
