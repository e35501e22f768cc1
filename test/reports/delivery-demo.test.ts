/**
 * Scheduled delivery end to end on the synced demo: the digest built from the real services, sent by the
 * real scheduler on a hand-driven clock to a local Slack stand-in, a local SMTP server and a folder, and
 * logged so a restart sends nothing twice.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportSchedule } from '../../src/domain/report-schedule.js';
import { mayRead } from '../../src/services/access.service.js';
import type { AppContext } from '../../src/services/context.js';
import { buildDigest } from '../../src/services/digest.service.js';
import { listFindings } from '../../src/services/findings.service.js';
import { deliverSchedule, describeSchedules } from '../../src/services/report-delivery.service.js';
import { scheduleReports } from '../../src/services/report-scheduler.js';
import { listPeriodDeliveries } from '../../src/store/report-deliveries.repo.js';
import { buildManualClock } from '../support/manual-clock.js';
import { useSyncedDemo } from '../support/synced-demo.js';
import {
  type MailReceiver,
  startMailReceiver,
  startWebhookReceiver,
  type WebhookReceiver,
} from './delivery-receivers.js';

const WEBHOOK_ENV = 'SEXTANT_TEST_SLACK_WEBHOOK';
const QUICK_SLACK = { sleep: async () => {} };

let slack: WebhookReceiver;
let mail: MailReceiver;
// Receivers first: the SMTP URL must be in the environment before anything reads the configuration.
beforeAll(async () => {
  slack = await startWebhookReceiver();
  mail = await startMailReceiver();
  process.env[WEBHOOK_ENV] = slack.url;
  process.env.SEXTANT_SMTP_URL = mail.url;
});
afterAll(async () => {
  await slack.close();
  await mail.close();
});

describe('report delivery on the demo', () => {
  const demo = useSyncedDemo('sextant-delivery-');

  function withSchedules(schedules: ReportSchedule[]): AppContext {
    const { workspace } = demo.context;
    return {
      ...demo.context,
      workspace: { ...workspace, config: { ...workspace.config, reports: { schedules } } },
    };
  }

  function buildSchedule(overrides: Partial<ReportSchedule>): ReportSchedule {
    return {
      name: 'monday-digest',
      cron: '0 8 * * MON',
      report: 'digest',
      format: 'md',
      audience: 'exec',
      period: 'week',
      viewer: 'leader',
      targets: [
        { type: 'slack', webhookEnv: WEBHOOK_ENV },
        { type: 'email', to: ['vp@fernwood.example'], from: 'sextant@fernwood.example', attach: true },
        { type: 'dir', path: 'out/digests' },
      ],
      ...overrides,
    };
  }

  // Each digest reads the whole KPI scorecard and may run the advisor: about a minute each on a busy machine.
  const SLOW = 600_000;

  it(
    'builds the digest from the services, with people findings only for a role that may see them',
    async () => {
      const now = new Date('2026-11-23T07:00:00Z');
      const period = { label: '2026-W47', from: '2026-11-16', to: '2026-11-22' };
      const leader = { role: 'leader' as const, actor: 'test' };
      const viewer = { role: 'viewer' as const, actor: 'test' };
      const asLeader = await buildDigest(demo.context, { period, viewer: leader, since: null }, now);
      expect(asLeader.org).toBe('Fernwood Market');
      expect(asLeader.kpis.offTarget.length).toBeGreaterThan(0);
      expect(asLeader.kpis.offTarget.every((kpi) => kpi.value !== null)).toBe(true);
      expect(asLeader.incidents.total).toBe(
        asLeader.incidents.bySeverity.reduce((sum, entry) => sum + entry.count, 0),
      );
      expect(asLeader.deadlines.every((deadline) => deadline.due <= '2026-12-07')).toBe(true);
      const open = await listFindings(demo.context, leader, {});
      const high = open.filter((finding) => finding.severity === 'high' && finding.status !== 'snoozed');
      expect(
        asLeader.findings
          .filter((finding) => finding.severity === 'high')
          .map((finding) => finding.id)
          .sort(),
      ).toEqual(high.map((finding) => finding.id).sort());

      const asViewer = await buildDigest(demo.context, { period, viewer, since: null }, now);
      const all = await listFindings(demo.context, { role: 'admin', actor: 'test' }, {});
      const restricted = new Set(
        all.filter((finding) => finding.capability && !mayRead(viewer, finding.capability)).map((f) => f.id),
      );
      expect(asLeader.findings.some((finding) => restricted.has(finding.id))).toBe(true);
      expect(asViewer.findings.some((finding) => restricted.has(finding.id))).toBe(false);
    },
    SLOW,
  );

  it(
    'fires at the cron time, retries only the failed target, and sends nothing again after a restart',
    async () => {
      const schedule = buildSchedule({});
      const context = withSchedules([schedule]);
      slack.requests.length = 0;
      mail.messages.length = 0;
      slack.script.push({ status: 404, body: 'no_service' });
      // Sunday evening in Berlin: the last Monday 08:00 is a week old, so nothing is caught up.
      const { clock, advanceTo } = buildManualClock('2026-11-22T19:00:00Z');
      const first = scheduleReports(context, { clock, slack: QUICK_SLACK });
      expect(first.statuses()[0]).toMatchObject({
        state: 'scheduled',
        nextRunAt: '2026-11-23T07:00:00.000Z',
      });
      advanceTo('2026-11-23T06:59:59Z');
      await first.idle();
      expect(mail.messages).toHaveLength(0);

      advanceTo('2026-11-23T07:00:00Z');
      await first.idle();
      expect(first.statuses()[0]).toMatchObject({
        state: 'failed',
        lastPeriod: '2026-W47',
        consecutiveFailures: 1,
        lastError: `slack:${WEBHOOK_ENV}: The Slack webhook refused the message. Slack answered 404: no_service`,
        nextRunAt: '2026-11-23T07:01:00.000Z',
      });
      expect(mail.messages).toHaveLength(1);
      expect(mail.messages[0]?.raw).toMatch(
        /^Content-Disposition: attachment; filename=monday-digest-2026-W47\.md\r?$/m,
      );
      const written = await readFile(path.join(demo.dir, 'out/digests/monday-digest-2026-W47.md'), 'utf8');
      expect(written).toMatch(/^# Fernwood Market: Digest, 2026-W47\n/);

      advanceTo('2026-11-23T07:01:00Z');
      await first.idle();
      expect(first.statuses()[0]).toMatchObject({
        state: 'succeeded',
        consecutiveFailures: 0,
        lastError: null,
        nextRunAt: '2026-11-30T07:00:00.000Z',
      });
      expect(slack.requests).toHaveLength(2);
      const payload = slack.requests[1]?.body as { blocks: { type: string; text?: { text: string } }[] };
      expect(payload.blocks[0]?.text?.text).toBe('Fernwood Market: Digest, 2026-W47');
      expect(payload.blocks.length).toBeLessThanOrEqual(50);
      expect(mail.messages).toHaveLength(1);
      await first.stop();

      // The server restarts an hour later: the 08:00 firing is caught up, and every target is already sent.
      clock.now = () => new Date('2026-11-23T08:00:00Z');
      const second = scheduleReports(context, { clock, slack: QUICK_SLACK });
      await second.idle();
      expect(second.statuses()[0]).toMatchObject({ state: 'succeeded', lastPeriod: '2026-W47' });
      await second.stop();
      expect(slack.requests).toHaveLength(2);
      expect(mail.messages).toHaveLength(1);
      const rows = await listPeriodDeliveries(demo.store, 'monday-digest', '2026-W47');
      expect(rows.map((row) => [row.target, row.status, row.attempts]).sort()).toEqual([
        ['dir:out/digests', 'sent', 1],
        ['email:vp@fernwood.example', 'sent', 1],
        [`slack:${WEBHOOK_ENV}`, 'sent', 2],
      ]);
      expect((await readdir(path.join(demo.dir, 'out/digests'))).sort()).toEqual([
        'monday-digest-2026-W47.md',
      ]);
    },
    SLOW,
  );

  it(
    'delivers a report kind by hand for a chosen period and lists the schedule with its next run',
    async () => {
      const schedule = buildSchedule({
        name: 'staff-pack',
        report: 'weekly-staff',
        format: 'html',
        targets: [{ type: 'dir', path: 'out/reports' }],
      });
      const context = withSchedules([schedule]);
      const run = await deliverSchedule(
        context,
        schedule,
        { period: '2026-W46' },
        new Date('2026-11-23T07:00:00Z'),
      );
      expect(run).toEqual({
        schedule: 'staff-pack',
        period: '2026-W46',
        outcomes: [{ target: 'dir:out/reports', status: 'sent', error: null }],
      });
      const html = await readFile(path.join(demo.dir, 'out/reports/staff-pack-2026-W46.html'), 'utf8');
      expect(html).toContain('2026-W46');
      const again = await deliverSchedule(context, schedule, { period: '2026-W46' });
      expect(again.outcomes).toEqual([{ target: 'dir:out/reports', status: 'skipped', error: null }]);
      const [listed] = await describeSchedules(context, new Date('2026-11-24T12:00:00Z'));
      expect(listed).toMatchObject({ name: 'staff-pack', nextRunAt: '2026-11-30T07:00:00.000Z' });
      expect(listed?.last.map((row) => [row.period, row.status])).toEqual([['2026-W46', 'sent']]);
    },
    SLOW,
  );
});
