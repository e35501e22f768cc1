/**
 * Learning from incidents in reports: postmortems published in the period, their action items open and
 * overdue by owner, recurring causes, and the on-call load of the period (source `/api/oncall?from=&to=`).
 */
import type { ReportBlock, ReportFigure } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import { computeIncidentMetricsReport } from '../incident-metrics.service.js';
import { computeOncallReport } from '../oncall.service.js';
import { listPostmortemActionItems, listPostmortems } from '../postmortems.service.js';
import type { ReportInput } from './types.js';

/** Postmortems published within the period. */
export async function buildPostmortemsPublishedBlocks(
  context: AppContext,
  input: ReportInput,
): Promise<ReportBlock[]> {
  const { from, to } = input.period;
  const postmortems = await listPostmortems(context, input.now);
  const published = postmortems.filter(
    (one) => one.published !== undefined && one.published >= from && one.published <= to,
  );
  return [
    {
      type: 'table',
      caption: 'Postmortems published in the period',
      columns: [
        { key: 'published', label: 'Published' },
        { key: 'title', label: 'Postmortem' },
        { key: 'severity', label: 'Severity' },
        { key: 'checklist', label: 'Checklist' },
        { key: 'open', label: 'Open actions', align: 'right' },
      ],
      rows: published.map((one) => ({
        published: one.published ?? '—',
        title: one.title,
        severity: one.incidentRecord?.severity ?? '—',
        checklist: `${one.score.passed}/${one.score.total}`,
        open: one.actionItems.open,
      })),
      empty: 'No postmortem was published in the period.',
    },
  ];
}

/** Postmortem action items still open, by owner, with how many are past due. */
export async function buildActionItemBlocks(context: AppContext, input: ReportInput): Promise<ReportBlock[]> {
  const items = await listPostmortemActionItems(context, {}, input.now);
  const open = items.filter((item) => item.status !== 'done');
  const overdue = open.filter((item) => item.daysOverdue !== undefined && item.daysOverdue > 0);
  const byOwner = new Map<string, { open: number; overdue: number; oldest: number }>();
  for (const item of open) {
    const owner = item.owner ?? 'no owner';
    const entry = byOwner.get(owner) ?? { open: 0, overdue: 0, oldest: 0 };
    entry.open += 1;
    if (item.daysOverdue !== undefined && item.daysOverdue > 0) {
      entry.overdue += 1;
      entry.oldest = Math.max(entry.oldest, item.daysOverdue);
    }
    byOwner.set(owner, entry);
  }
  const rows = [...byOwner.entries()]
    .sort((a, b) => b[1].overdue - a[1].overdue || b[1].open - a[1].open)
    .map(([owner, entry]) => ({
      owner,
      open: entry.open,
      overdue: entry.overdue,
      oldest: entry.overdue > 0 ? entry.oldest : null,
    }));
  const limit = input.audience === 'team' ? rows.length : 5;
  const figures: ReportFigure[] = [
    { label: 'Open action items', value: open.length, unit: 'count', direction: 'lower-is-better' },
    { label: 'Overdue action items', value: overdue.length, unit: 'count', direction: 'lower-is-better' },
  ];
  return [
    { type: 'figures', items: figures },
    {
      type: 'table',
      caption: 'Open postmortem action items by owner',
      columns: [
        { key: 'owner', label: 'Owner' },
        { key: 'open', label: 'Open', align: 'right' },
        { key: 'overdue', label: 'Overdue', align: 'right' },
        { key: 'oldest', label: 'Most days overdue', align: 'right', unit: 'days' },
      ],
      rows: rows.slice(0, limit),
      empty: 'Every postmortem action item is done.',
    },
  ];
}

/** Recurring incidents: the recurrence rate of the period and the causes that came back. */
export async function buildRecurrenceBlocks(context: AppContext, input: ReportInput): Promise<ReportBlock[]> {
  const { from, to } = input.period;
  const report = await computeIncidentMetricsReport(context, { from, to }, input.now);
  const recurrence = report.results.recurrence as {
    kind: string;
    value?: number;
    needs?: string;
    recurrences?: { incident?: string; cause?: string; previous?: string; [key: string]: unknown }[];
  };
  const path = `/api/metrics/incidents?from=${from}&to=${to}`;
  const blocks: ReportBlock[] = [
    {
      type: 'figures',
      items: [
        {
          label: 'Incidents repeating a known cause',
          value: recurrence.kind === 'value' ? (recurrence.value ?? null) : null,
          unit: 'fraction',
          direction: 'lower-is-better',
          source: { path, pointer: '/results/recurrence/value' },
          ...(recurrence.kind !== 'value' && recurrence.needs ? { note: recurrence.needs } : {}),
        },
      ],
    },
  ];
  const recurrences = recurrence.recurrences ?? [];
  if (recurrences.length > 0) {
    blocks.push({
      type: 'list',
      items: recurrences.map((one) =>
        Object.values(one)
          .filter((value) => typeof value === 'string')
          .join(' · '),
      ),
    });
  }
  return blocks;
}

/** The on-call load of the period: pages, pages per person-week, out-of-hours and sleep-hour pages. */
export async function buildOncallBlocks(context: AppContext, input: ReportInput): Promise<ReportBlock[]> {
  const { from, to } = input.period;
  const report = await computeOncallReport(context, { from, to }, input.now);
  const health = report.health as unknown as Record<string, unknown> & { kind: string; needs?: string };
  if (health.kind !== 'value') {
    return [
      { type: 'missing', what: 'on-call load', needs: health.needs ?? 'pages from PagerDuty or Opsgenie' },
    ];
  }
  const path = `/api/oncall?from=${from}&to=${to}`;
  const figure = (label: string, key: string, unit: string): ReportFigure => ({
    label,
    value: typeof health[key] === 'number' ? (health[key] as number) : null,
    unit,
    direction: 'lower-is-better',
    source: { path, pointer: `/health/${key}` },
  });
  return [
    {
      type: 'figures',
      items: [
        figure('Pages', 'pages', 'count'),
        {
          ...figure('Pages per person-week', 'pagesPerPersonWeek', 'ratio'),
          target: (health.target as number) ?? null,
        },
        figure('Pages out of hours', 'outOfHoursShare', 'fraction'),
        figure('Pages in sleep hours', 'sleepHourPages', 'count'),
      ],
    },
  ];
}
