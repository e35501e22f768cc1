/**
 * OKRs (okrs/<quarter>.yaml, docs/governance/okrs.md): each key result with its current value, progress and
 * status on "today" (the local day of `now` in the workspace time zone), the cascade with roll-ups, and the
 * lint of the files. Metric-linked values are read from the store; lint needs the files alone.
 */
import { z } from 'zod';
import { shiftDayKey } from '../domain/day-keys.js';
import { InputError, NotFoundError } from '../domain/errors.js';
import type { Objective, OkrQuarter, Okrs } from '../domain/okr.js';
import { isQuarter } from '../domain/okr-quarter.js';
import { dateSchema } from '../domain/primitives.js';
import { buildCascade, type CascadeNode } from '../governance/okr-cascade.js';
import { lintOkrs as lintObjectives, type OkrLintFinding } from '../governance/okr-lint.js';
import { expectedProgress, type KrAssessment, type RollUp, rollUp } from '../governance/okr-status.js';
import { startOfLocalDay, toDayKey } from '../metrics/calendar.js';
import { type AppContext, withReadCache } from './context.js';
import { type HistoryPoint, type KeyResultView, keyResultHistory, viewKeyResult } from './okr-reading.js';
import type { WorkspaceContext } from './workspace.service.js';

export { type CheckInResult, checkInKeyResult } from './okr-check-in.js';
export type { CascadeNode, HistoryPoint, KeyResultView, OkrLintFinding, RollUp };

/** What the OKR views take (`quarter`, `asOf`), for interfaces that declare inputs. */
export const okrQuerySchema = z.strictObject({
  quarter: z.string().refine(isQuarter, 'a fiscal quarter as YYYY-QN, e.g. 2026-Q4').optional(),
  /** Judge progress on this local day instead of today (`YYYY-MM-DD`). */
  asOf: dateSchema.optional(),
});

export interface ObjectiveView {
  id: string;
  title: string;
  quarter: string;
  level: Objective['level'];
  owner: string;
  team: string | null;
  parent: string | null;
  teams: string[];
  services: string[];
  rollUp: RollUp;
  keyResults: KeyResultView[];
  at: string;
}

export interface OkrList {
  today: string;
  quarters: (OkrQuarter & { expected: number })[];
  objectives: ObjectiveView[];
}

export async function listOkrs(context: AppContext, input: unknown, clock: Date): Promise<OkrList> {
  context = withReadCache(context);
  const { okrs, quarters, today, now } = await select(context, input, clock);
  const objectives: ObjectiveView[] = [];
  for (const objective of okrs.objectives)
    objectives.push(await viewObjective(context, objective, okrs, today, now));
  return { today, quarters, objectives };
}

export type OkrDetail =
  | { kind: 'objective'; today: string; objective: ObjectiveView; children: string[] }
  | { kind: 'key-result'; today: string; keyResult: KeyResultView; history: HistoryPoint[] };

/** One objective (with its key results) or one key result with its weekly history. */
export async function showOkr(
  context: AppContext,
  id: string,
  input: unknown,
  clock: Date,
): Promise<OkrDetail> {
  context = withReadCache(context);
  const { okrs, today, now } = await select(context, withoutQuarter(input), clock);
  const objective = okrs.objectives.find((candidate) => candidate.id === id);
  if (objective) {
    const children = okrs.objectives.filter((child) => child.parent === id).map((child) => child.id);
    return {
      kind: 'objective',
      today,
      objective: await viewObjective(context, objective, okrs, today, now),
      children,
    };
  }
  for (const owner of okrs.objectives) {
    const kr = owner.keyResults.find((candidate) => candidate.id === id);
    if (!kr) continue;
    const quarter = quarterOf(okrs, owner.quarter);
    return {
      kind: 'key-result',
      today,
      keyResult: await viewKeyResult(context, kr, quarter, today, now),
      history: await keyResultHistory(context, kr, quarter, today, now),
    };
  }
  throw new NotFoundError(`No objective or key result ${id} in okrs/`);
}

export interface OkrTree {
  today: string;
  quarters: (OkrQuarter & { expected: number })[];
  roots: CascadeNode[];
}

export async function okrTree(context: AppContext, input: unknown, clock: Date): Promise<OkrTree> {
  context = withReadCache(context);
  const { okrs, quarters, today, now } = await select(context, input, clock);
  const assessments = new Map<string, KrAssessment>();
  for (const objective of okrs.objectives) {
    const quarter = quarterOf(okrs, objective.quarter);
    for (const kr of objective.keyResults) {
      const view = await viewKeyResult(context, kr, quarter, today, now);
      assessments.set(kr.id, toAssessment(view));
    }
  }
  const expected = new Map(quarters.map((quarter) => [quarter.quarter, quarter.expected]));
  return { today, quarters, roots: buildCascade(okrs.objectives, assessments, expected) };
}

export interface OkrLint {
  today: string;
  findings: OkrLintFinding[];
}

export async function lintOkrs(context: WorkspaceContext, input: unknown, clock: Date): Promise<OkrLint> {
  const { okrs, today } = await select(context, input, clock);
  const fiscalYearStart = context.workspace.config.fiscalYearStart;
  return { today, findings: lintObjectives(okrs.objectives, { today, fiscalYearStart }) };
}

/**
 * The OKRs asked for, and the day they are judged on: `asOf` (the end of that local day) or the local day
 * of `clock`.
 */
async function select(context: WorkspaceContext, input: unknown, clock: Date) {
  const parsed = okrQuerySchema.safeParse(input ?? {});
  if (!parsed.success)
    throw new InputError(
      'Invalid OKR query',
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
        found: JSON.stringify((input as Record<string, unknown>)?.[String(issue.path[0])]),
      })),
    );
  const all = (await context.workspace.governance()).okrs;
  const timeZone = context.workspace.config.timezone;
  const { asOf } = parsed.data;
  const now =
    asOf === undefined ? clock : new Date(startOfLocalDay(shiftDayKey(asOf, 1), timeZone).getTime() - 1);
  const today = asOf ?? toDayKey(now, timeZone);
  const wanted = parsed.data.quarter;
  if (wanted !== undefined && !all.quarters.some((quarter) => quarter.quarter === wanted))
    throw new NotFoundError(`No OKRs for ${wanted}: okrs/${wanted}.yaml does not exist`);
  const keep = <T extends { quarter: string }>(items: readonly T[]) =>
    items.filter((item) => wanted === undefined || item.quarter === wanted);
  const okrs: Okrs = { quarters: keep(all.quarters), objectives: keep(all.objectives), ids: all.ids };
  const quarters = okrs.quarters.map((quarter) => ({
    ...quarter,
    expected: expectedProgress(quarter, today),
  }));
  return { okrs, quarters, today, now };
}

function withoutQuarter(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const { quarter: _quarter, ...rest } = input as Record<string, unknown>;
  return rest;
}

async function viewObjective(
  context: AppContext,
  objective: Objective,
  okrs: Okrs,
  today: string,
  now: Date,
): Promise<ObjectiveView> {
  const quarter = quarterOf(okrs, objective.quarter);
  const keyResults: KeyResultView[] = [];
  for (const kr of objective.keyResults)
    keyResults.push(await viewKeyResult(context, kr, quarter, today, now));
  return {
    id: objective.id,
    title: objective.title,
    quarter: objective.quarter,
    level: objective.level,
    owner: objective.owner,
    team: objective.team,
    parent: objective.parent,
    teams: objective.teams,
    services: objective.services,
    rollUp: rollUp(keyResults.map(toAssessment), [], expectedProgress(quarter, today)),
    keyResults,
    at: `${objective.at.file}:${objective.at.line}`,
  };
}

function toAssessment(view: KeyResultView): KrAssessment {
  if (view.status === 'not-started' || view.status === 'no-data')
    return { status: view.status, why: view.why ?? '', expected: view.expected };
  return { status: view.status, progress: view.progress ?? 0, expected: view.expected };
}

function quarterOf(okrs: Okrs, quarter: string): OkrQuarter {
  const found = okrs.quarters.find((candidate) => candidate.quarter === quarter);
  if (!found) throw new Error(`no quarter ${quarter} among the OKR files`);
  return found;
}
