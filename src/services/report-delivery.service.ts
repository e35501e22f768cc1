/**
 * One run of a report schedule: build the report or digest for a period once, then hand it to every
 * target not yet served for that period, and log each attempt in `report_deliveries`. The log makes a
 * run idempotent: a target already marked sent for the period is skipped, so a retry or a restart sends
 * only what is missing. Delivery is at least once: a crash between sending and logging sends again.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Cron } from 'croner';
import { readConfig, readNamedSecret } from '../config.js';
import { shiftDayKey } from '../domain/day-keys.js';
import { NotFoundError } from '../domain/errors.js';
import type { Viewer } from '../domain/privacy.js';
import { type DeliveryTarget, type ReportSchedule, targetKey } from '../domain/report-schedule.js';
import { toDayKey } from '../metrics/calendar.js';
import {
  digestSubject,
  renderDigestHtml,
  renderDigestMarkdown,
  renderDigestText,
} from '../reports/digest.js';
import type { ReportDocument, ReportPeriod } from '../reports/document.js';
import { defaultPeriod, parsePeriod } from '../reports/period.js';
import { reportToSlackMessage, type SlackMessage, toSlackMessage } from '../reports/slack-blocks.js';
import {
  type DeliveryRow,
  listLatestDeliveries,
  listPeriodDeliveries,
  readLastSentAt,
  recordDeliveryAttempt,
} from '../store/report-deliveries.repo.js';
import type { AppContext } from './context.js';
import { sendEmail } from './delivery/email.js';
import { type PostOptions, postSlackMessage } from './delivery/slack.js';
import { buildDigest } from './digest.service.js';
import { buildReport, renderReport } from './reports/index.js';

export type { DeliveryRow, ReportSchedule };

export interface DeliveryOutcome {
  target: string;
  /** `skipped`: already sent for this period by an earlier run. */
  status: 'sent' | 'skipped' | 'failed';
  error: string | null;
}

export interface ScheduleRun {
  schedule: string;
  period: string;
  outcomes: DeliveryOutcome[];
}

export interface DeliverOptions {
  /** The period to deliver (`2026-W47` …); without it, the last complete one before `firedAt`. */
  period?: string;
  /** The instant the schedule fired: the period is decided by its local day, so a retry keeps it. */
  firedAt?: Date;
  slack?: PostOptions;
}

export function findSchedule(context: AppContext, name: string): ReportSchedule {
  const schedule = context.workspace.config.reports.schedules.find((candidate) => candidate.name === name);
  if (!schedule) {
    const names = context.workspace.config.reports.schedules.map((candidate) => candidate.name);
    throw new NotFoundError(
      `No report schedule named "${name}" in sextant.yaml${names.length > 0 ? ` (there are: ${names.join(', ')})` : ' (reports.schedules is empty)'}`,
    );
  }
  return schedule;
}

/** The period a run reports on: the one asked for, or the last complete one before the firing day. */
export function resolveRunPeriod(
  context: AppContext,
  schedule: ReportSchedule,
  options: DeliverOptions,
  now: Date,
) {
  const { timezone, fiscalYearStart } = context.workspace.config;
  if (options.period) return parsePeriod(options.period, fiscalYearStart);
  const day = toDayKey(options.firedAt ?? now, timezone);
  if (schedule.period === 'day') {
    const yesterday = shiftDayKey(day, -1);
    return parsePeriod(`${yesterday}..${yesterday}`, fiscalYearStart);
  }
  return defaultPeriod(schedule.period, day, fiscalYearStart);
}

export async function deliverSchedule(
  context: AppContext,
  schedule: ReportSchedule,
  options: DeliverOptions = {},
  now: Date = new Date(),
): Promise<ScheduleRun> {
  const period = resolveRunPeriod(context, schedule, options, now);
  const done = new Set(
    (await listPeriodDeliveries(context.store, schedule.name, period.label))
      .filter((row) => row.status === 'sent')
      .map((row) => row.target),
  );
  const pending = schedule.targets.filter((target) => !done.has(targetKey(target)));
  const outcomes: DeliveryOutcome[] = schedule.targets
    .filter((target) => done.has(targetKey(target)))
    .map((target) => ({ target: targetKey(target), status: 'skipped', error: null }));
  if (pending.length === 0) return { schedule: schedule.name, period: period.label, outcomes };

  let content: Content;
  try {
    content = await buildContent(context, schedule, period, now);
  } catch (error) {
    // Logged against every pending target, so the failure shows in `report schedules` and the health.
    for (const target of pending) await record(context, schedule, period, target, now, error);
    throw error;
  }
  for (const target of pending) {
    try {
      await send(context, schedule, target, content, options);
      await record(context, schedule, period, target, new Date(), null);
      outcomes.push({ target: targetKey(target), status: 'sent', error: null });
    } catch (error) {
      await record(context, schedule, period, target, new Date(), error);
      outcomes.push({ target: targetKey(target), status: 'failed', error: messageOf(error) });
    }
  }
  return { schedule: schedule.name, period: period.label, outcomes };
}

interface Content {
  subject: string;
  /** The file in the schedule's format, for `dir` targets and attachments. */
  file: { name: string; body: string | Buffer; contentType: string };
  slack: SlackMessage;
  text: string;
  html: string;
}

const CONTENT_TYPES = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json',
  pdf: 'application/pdf',
} as const;

async function buildContent(
  context: AppContext,
  schedule: ReportSchedule,
  period: ReportPeriod,
  now: Date,
): Promise<Content> {
  const viewer: Viewer = { role: schedule.viewer, actor: `report schedule ${schedule.name}` };
  const fileName = `${schedule.name}-${period.label.replace(/[^A-Za-z0-9-]+/g, '_')}.${schedule.format}`;
  const contentType = CONTENT_TYPES[schedule.format];
  if (schedule.report === 'digest') {
    const since = await readLastSentAt(context.store, schedule.name, period.label);
    const digest = await buildDigest(context, { period, viewer, since }, now);
    const body =
      schedule.format === 'html'
        ? renderDigestHtml(digest)
        : schedule.format === 'json'
          ? `${JSON.stringify(digest, null, 2)}\n`
          : renderDigestMarkdown(digest);
    return {
      subject: digestSubject(digest),
      file: { name: fileName, body, contentType },
      slack: toSlackMessage(digest),
      text: renderDigestText(digest),
      html: renderDigestHtml(digest),
    };
  }
  const document: ReportDocument = await buildReport(
    context,
    viewer,
    { kind: schedule.report, period: period.label, audience: schedule.audience, ...itemOf(schedule) },
    now,
  );
  const [body, text, html] = await Promise.all([
    renderReport(document, schedule.format),
    renderReport(document, 'md'),
    renderReport(document, 'html'),
  ]);
  return {
    subject: `${document.org}: ${document.title}, ${document.period.label}`,
    file: { name: fileName, body, contentType },
    slack: reportToSlackMessage(document),
    text: String(text),
    html: String(html),
  };
}

function itemOf(schedule: ReportSchedule): { item?: string } {
  return schedule.item === undefined ? {} : { item: schedule.item };
}

async function send(
  context: AppContext,
  schedule: ReportSchedule,
  target: DeliveryTarget,
  content: Content,
  options: DeliverOptions,
): Promise<void> {
  if (target.type === 'dir') {
    const folder = path.resolve(context.workspace.dir, target.path);
    await mkdir(folder, { recursive: true });
    const file = path.join(folder, content.file.name);
    // Written whole or not at all: a reader never sees half a report.
    await writeFile(`${file}.partial`, content.file.body);
    await rename(`${file}.partial`, file);
    return;
  }
  if (target.type === 'slack') {
    const url = readNamedSecret(target.webhookEnv);
    if (!url)
      throw new Error(`the environment variable ${target.webhookEnv} (the Slack webhook URL) is not set`);
    await postSlackMessage(url, content.slack, options.slack);
    return;
  }
  const smtpUrl = readConfig().smtpUrl;
  if (!smtpUrl)
    throw new Error(`SEXTANT_SMTP_URL is not set, so schedule ${schedule.name} cannot send e-mail`);
  await sendEmail(smtpUrl, {
    from: target.from,
    to: target.to,
    subject: content.subject,
    text: content.text,
    html: content.html,
    attachments: target.attach
      ? [{ filename: content.file.name, content: content.file.body, contentType: content.file.contentType }]
      : [],
  });
}

async function record(
  context: AppContext,
  schedule: ReportSchedule,
  period: ReportPeriod,
  target: DeliveryTarget,
  at: Date,
  error: unknown,
): Promise<void> {
  await recordDeliveryAttempt(context.store, {
    schedule: schedule.name,
    period: period.label,
    target: targetKey(target),
    status: error === null ? 'sent' : 'failed',
    at,
    error: error === null ? null : messageOf(error),
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface ScheduleDescription {
  name: string;
  cron: string;
  report: ReportSchedule['report'];
  format: ReportSchedule['format'];
  period: ReportSchedule['period'];
  viewer: ReportSchedule['viewer'];
  targets: string[];
  nextRunAt: string | null;
  /** The targets of the most recently attempted period, as logged. */
  last: DeliveryRow[];
}

/** Every schedule with its next firing (in the workspace time zone) and its latest logged deliveries. */
export async function describeSchedules(
  context: AppContext,
  now: Date = new Date(),
): Promise<ScheduleDescription[]> {
  const timezone = context.workspace.config.timezone;
  return Promise.all(
    context.workspace.config.reports.schedules.map(async (schedule) => ({
      name: schedule.name,
      cron: schedule.cron,
      report: schedule.report,
      format: schedule.format,
      period: schedule.period,
      viewer: schedule.viewer,
      targets: schedule.targets.map(targetKey),
      nextRunAt: new Cron(schedule.cron, { timezone }).nextRun(now)?.toISOString() ?? null,
      last: await listLatestDeliveries(context.store, schedule.name),
    })),
  );
}
