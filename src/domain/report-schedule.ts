/**
 * The `reports` section of sextant.yaml: which reports and digests `sextant serve` sends on its own,
 * when (a cron expression read in the workspace time zone), to whom and how. Secrets never live here:
 * a Slack target names the environment variable that holds its webhook URL, and e-mail goes through the
 * SMTP server of `SEXTANT_SMTP_URL`. See docs/reports/delivery.md.
 */
import { Cron } from 'croner';
import { z } from 'zod';
import { nameSchema } from './primitives.js';
import { VIEWER_ROLES } from './privacy.js';

/** The kinds of report Sextant builds (src/reports/document.ts re-exports them for the report builders). */
export const REPORT_KINDS = [
  'weekly-staff',
  'ops-review',
  'monthly-exec',
  'quarterly',
  'board',
  'risk-memo',
  'decision-brief',
  'assessment',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** What a schedule may send: any report kind, or the digest. */
export const SCHEDULED_REPORTS = ['digest', ...REPORT_KINDS] as const;
export type ScheduledReport = (typeof SCHEDULED_REPORTS)[number];

export const DELIVERY_FORMATS = ['md', 'html', 'pdf', 'json'] as const;
export type DeliveryFormat = (typeof DELIVERY_FORMATS)[number];

/** The span a run reports on: the last complete one of these before the day the schedule fires. */
export const DELIVERY_PERIODS = ['day', 'week', 'month', 'quarter'] as const;
export type DeliveryPeriodUnit = (typeof DELIVERY_PERIODS)[number];

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

const cronSchema = z.string().superRefine((pattern, context) => {
  try {
    // Parsing only: a Cron without a callback schedules nothing.
    new Cron(pattern);
  } catch (error) {
    context.addIssue({
      code: 'custom',
      message: `a cron expression such as "0 8 * * MON" (${error instanceof Error ? error.message : error})`,
    });
  }
});

const dirTargetSchema = z.strictObject({
  type: z.literal('dir'),
  /** Folder the file is written to, relative to the workspace. */
  path: z.string().min(1),
});
const slackTargetSchema = z.strictObject({
  type: z.literal('slack'),
  /** Name of the environment variable holding the incoming-webhook URL (never the URL itself). */
  webhookEnv: z.string().regex(ENV_NAME, 'an environment variable name such as "SLACK_STAFF_WEBHOOK"'),
});
const emailTargetSchema = z.strictObject({
  type: z.literal('email'),
  to: z.array(z.email()).min(1),
  from: z.email(),
  /** Attach the report (in the schedule's format) to the e-mail. */
  attach: z.boolean().default(false),
});
export const deliveryTargetSchema = z.discriminatedUnion('type', [
  dirTargetSchema,
  slackTargetSchema,
  emailTargetSchema,
]);
export type DeliveryTarget = z.output<typeof deliveryTargetSchema>;

export const scheduleSchema = z
  .strictObject({
    name: nameSchema,
    /** Five or six fields, read in the workspace time zone: `0 8 * * MON` is Mondays at 08:00. */
    cron: cronSchema,
    /** A report kind, or `digest` (KPIs off target, findings, incidents, deadlines). */
    report: z.enum(SCHEDULED_REPORTS),
    format: z.enum(DELIVERY_FORMATS).default('md'),
    audience: z.enum(['exec', 'team']).default('exec'),
    period: z.enum(DELIVERY_PERIODS).default('week'),
    /** The role the report is read as: people findings appear only when this role may see them. */
    viewer: z.enum(VIEWER_ROLES).default('leader'),
    /** For `risk-memo` and `decision-brief`: the risk, decision or ADR id. */
    item: z.string().min(1).optional(),
    targets: z.array(deliveryTargetSchema).min(1, 'at least one target: dir, slack or email'),
  })
  .superRefine((schedule, context) => {
    if (schedule.report === 'digest' && schedule.format === 'pdf') {
      context.addIssue({ code: 'custom', path: ['format'], message: 'a digest is md, html or json' });
    }
    const needsItem = schedule.report === 'risk-memo' || schedule.report === 'decision-brief';
    if (needsItem && schedule.item === undefined) {
      context.addIssue({ code: 'custom', path: ['item'], message: `a ${schedule.report} needs an item id` });
    }
    const keys = new Set<string>();
    schedule.targets.forEach((target, index) => {
      const key = targetKey(target);
      if (keys.has(key)) {
        context.addIssue({ code: 'custom', path: ['targets', index], message: `${key} is listed twice` });
      }
      keys.add(key);
    });
  });
export type ReportSchedule = z.output<typeof scheduleSchema>;

export const reportScheduleSchema = z.strictObject({
  schedules: z
    .array(scheduleSchema)
    .default([])
    .superRefine((schedules, context) => {
      const seen = new Set<string>();
      schedules.forEach((schedule, index) => {
        if (seen.has(schedule.name)) {
          context.addIssue({
            code: 'custom',
            path: [index, 'name'],
            message: `another schedule is already named "${schedule.name}"`,
          });
        }
        seen.add(schedule.name);
      });
    }),
});
export type ReportsConfig = z.output<typeof reportScheduleSchema>;

/** How a target is named in the delivery log: stable across restarts, unique within a schedule. */
export function targetKey(target: DeliveryTarget): string {
  if (target.type === 'dir') return `dir:${target.path}`;
  if (target.type === 'slack') return `slack:${target.webhookEnv}`;
  return `email:${[...target.to].sort().join(',')}`;
}
