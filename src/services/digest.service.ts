/**
 * The digest of a period (reports/digest.ts), read under the schedule's viewer role: the KPI scorecard,
 * the advisor's findings, incidents, dependencies and OKRs come from their own services, so the digest
 * shows the very figures the API and the reports show. People findings appear only when the role may
 * see them. Deadlines look two weeks ahead of the day the digest is built.
 */
import { shiftDayKey } from '../domain/day-keys.js';
import { NotFoundError } from '../domain/errors.js';
import { type IncidentStatus, isOpenStatus } from '../domain/incident-lifecycle.js';
import type { Viewer } from '../domain/privacy.js';
import { SEVERITIES } from '../domain/records/incident.js';
import { toDayKey } from '../metrics/calendar.js';
import type { Digest, DigestDeadline, DigestFinding, DigestIncidents, DigestKpi } from '../reports/digest.js';
import { mayRead } from './access.service.js';
import type { AppContext } from './context.js';
import { listDependencyStates } from './dependencies.service.js';
import { ensureAdvisorRun, listFindings } from './findings.service.js';
import { listIncidents } from './incidents.service.js';
import { readKpiScorecard } from './kpis.service.js';
import { listOkrs } from './okrs.service.js';

export type { Digest };

/** The period a digest covers: first and last local day, inclusive. */
export interface DeliveryPeriod {
  label: string;
  from: string;
  to: string;
}

/** How far ahead deadlines are listed, and how often a check-in key result expects a check-in. */
const LOOKAHEAD_DAYS = 14;
const CHECK_IN_EVERY_DAYS = 7;

export interface DigestInput {
  period: DeliveryPeriod;
  viewer: Viewer;
  /** When the previous digest of the schedule went out: findings first seen since then are new. */
  since: Date | null;
  title?: string;
}

export async function buildDigest(context: AppContext, input: DigestInput, now: Date): Promise<Digest> {
  const timeZone = context.workspace.config.timezone;
  const today = toDayKey(now, timeZone);
  const [kpis, findings, incidents, deadlines] = await Promise.all([
    readOffTargetKpis(context, input, now),
    readDigestFindings(context, input, today, now),
    readIncidents(context, input.period, now),
    readDeadlines(context, today, now),
  ]);
  return {
    org: context.workspace.config.org.name,
    title: input.title ?? 'Digest',
    period: { label: input.period.label, from: input.period.from, to: input.period.to },
    since: input.since?.toISOString() ?? null,
    generatedAt: now.toISOString(),
    viewerRole: input.viewer.role,
    kpis,
    findings,
    incidents,
    deadlines,
  };
}

async function readOffTargetKpis(
  context: AppContext,
  input: DigestInput,
  now: Date,
): Promise<Digest['kpis']> {
  const scorecard = await readKpiScorecard(context, input.viewer, { asOf: input.period.to }, now);
  const offTarget: DigestKpi[] = scorecard.kpis
    .filter((card) => card.status === 'off-target')
    .map((card) => ({
      id: card.id,
      title: card.title,
      unit: card.unit,
      value: card.value,
      previous: card.trend.at(-2)?.value ?? null,
      target: card.target.value,
      targetText: card.target.text,
      trendDirection: card.trendDirection,
      owner: card.owner,
      periodLabel: card.period.label,
    }));
  return {
    offTarget,
    onTarget: scorecard.counts['on-target'],
    noData: scorecard.counts['no-data'],
    withheld: scorecard.counts.withheld,
  };
}

/** Open findings that are high, or first seen since the last digest; snoozed ones stay quiet. */
async function readDigestFindings(
  context: AppContext,
  input: DigestInput,
  today: string,
  now: Date,
): Promise<DigestFinding[]> {
  await ensureAdvisorRun(context, { asOf: today }, now);
  const sinceDay = input.since ? toDayKey(input.since, context.workspace.config.timezone) : input.period.from;
  const open = await listFindings(context, input.viewer, {});
  return open
    .filter((finding) => finding.status !== 'snoozed' && finding.status !== 'resolved')
    .filter((finding) => finding.capability === undefined || mayRead(input.viewer, finding.capability))
    .map((finding) => ({
      id: finding.id,
      severity: finding.severity,
      title: finding.title,
      subject: finding.subject,
      owner: finding.owner,
      isNew: finding.firstSeen >= sinceDay,
    }))
    .filter((finding) => finding.isNew || finding.severity === 'high')
    .sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

function rank(finding: DigestFinding): number {
  const severity = { high: 0, medium: 1, low: 2 }[finding.severity];
  return severity * 2 + (finding.isNew ? 0 : 1);
}

async function readIncidents(
  context: AppContext,
  period: DeliveryPeriod,
  now: Date,
): Promise<DigestIncidents> {
  const list = await listIncidents(context, { since: period.from, until: period.to }, now);
  const counts = new Map<string, number>(SEVERITIES.map((severity) => [severity, 0]));
  for (const incident of list.items) counts.set(incident.severity, (counts.get(incident.severity) ?? 0) + 1);
  return {
    total: list.items.length,
    bySeverity: [...counts].map(([severity, count]) => ({ severity, count })),
    open: list.items.filter((incident) => isOpenStatus(incident.status as IncidentStatus)).length,
  };
}

/** Dependencies needed within the look-ahead (or overdue) and check-in key results due for a check-in. */
async function readDeadlines(context: AppContext, today: string, now: Date): Promise<DigestDeadline[]> {
  const horizon = shiftDayKey(today, LOOKAHEAD_DAYS);
  const dependencies = await listDependencyStates(context, { asOf: today }, now);
  const deadlines: DigestDeadline[] = dependencies.items
    .filter((item) => item.open && item.neededBy !== null && item.neededBy <= horizon)
    .map((item) => ({
      kind: 'dependency',
      due: item.neededBy as string,
      title: `${item.consumer} needs ${item.what} from ${item.provider}`,
      owner: item.provider,
      overdue: item.overdue,
    }));
  deadlines.push(...(await readCheckInsDue(context, today, horizon, now)));
  return deadlines.sort((a, b) => a.due.localeCompare(b.due) || a.title.localeCompare(b.title));
}

async function readCheckInsDue(
  context: AppContext,
  today: string,
  horizon: string,
  now: Date,
): Promise<DigestDeadline[]> {
  let okrs: Awaited<ReturnType<typeof listOkrs>>;
  try {
    okrs = await listOkrs(context, {}, now);
  } catch (error) {
    // A workspace without OKR files has no check-ins to wait for.
    if (error instanceof NotFoundError) return [];
    throw error;
  }
  const quarterStart = new Map(okrs.quarters.map((quarter) => [quarter.quarter, quarter.from]));
  const due: DigestDeadline[] = [];
  for (const objective of okrs.objectives) {
    for (const keyResult of objective.keyResults) {
      if (keyResult.source !== 'check-ins') continue;
      const last = keyResult.checkIns
        .map((checkIn) => checkIn.date)
        .sort()
        .at(-1);
      const start = last ?? quarterStart.get(objective.quarter) ?? today;
      const next = shiftDayKey(start, CHECK_IN_EVERY_DAYS);
      if (next > horizon) continue;
      due.push({
        kind: 'okr-check-in',
        due: next,
        title: `${keyResult.id} ${keyResult.title}`,
        owner: keyResult.owner,
        overdue: next < today,
      });
    }
  }
  return due;
}
