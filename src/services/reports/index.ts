/**
 * Reports: resolve the request (period, audience, item), build the document with the kind's builder,
 * render it to Markdown, HTML, PDF (headless Chromium) or JSON (the document model itself).
 */

import { InputError, NotFoundError } from '../../domain/errors.js';
import type { Viewer } from '../../domain/privacy.js';
import { toDayKey } from '../../metrics/calendar.js';
import {
  forAudience,
  REPORT_AUDIENCES,
  REPORT_KINDS,
  type ReportAudience,
  type ReportDocument,
  type ReportKind,
} from '../../reports/document.js';
import { renderHtml } from '../../reports/html.js';
import { renderMarkdown } from '../../reports/markdown.js';
import { defaultPeriod, type PeriodGrain, parsePeriod } from '../../reports/period.js';
import { type AppContext, withReadCache } from '../context.js';
import { buildAssessmentReport } from './build-assessment.js';
import { buildBoardReport } from './build-board.js';
import { buildDecisionBriefReport } from './build-decision-brief.js';
import { buildMonthlyExecReport } from './build-monthly-exec.js';
import { buildOpsReviewReport } from './build-ops-review.js';
import { buildQuarterlyReport } from './build-quarterly.js';
import { buildRiskMemoReport } from './build-risk-memo.js';
import { buildWeeklyStaffReport } from './build-weekly-staff.js';
import { printPdf } from './pdf.js';
import type { ReportBuilder, ReportRequest } from './types.js';

export type { ReportAudience, ReportDocument, ReportKind, ReportRequest };
export { REPORT_AUDIENCES, REPORT_KINDS };

export const REPORT_BUILDERS: Record<ReportKind, ReportBuilder> = {
  'weekly-staff': buildWeeklyStaffReport,
  'ops-review': buildOpsReviewReport,
  'monthly-exec': buildMonthlyExecReport,
  quarterly: buildQuarterlyReport,
  board: buildBoardReport,
  'risk-memo': buildRiskMemoReport,
  'decision-brief': buildDecisionBriefReport,
  assessment: buildAssessmentReport,
};

export interface ReportKindInfo {
  kind: ReportKind;
  title: string;
  /** The period a report covers without `--period`: the last complete one of this grain. */
  grain: PeriodGrain;
  /** What `item` names, for the kinds about one item. */
  item: 'risk' | 'decision' | null;
  audience: ReportAudience;
}

export const REPORT_KIND_INFO: Record<ReportKind, ReportKindInfo> = {
  'weekly-staff': info('weekly-staff', 'Weekly leadership staff pack', 'week', null, 'team'),
  'ops-review': info('ops-review', 'Operational excellence review', 'week', null, 'team'),
  'monthly-exec': info('monthly-exec', 'Monthly executive report', 'month', null, 'exec'),
  quarterly: info('quarterly', 'Quarterly engineering review', 'quarter', null, 'exec'),
  board: info('board', 'Board update', 'quarter', null, 'exec'),
  'risk-memo': info('risk-memo', 'Risk memo', 'month', 'risk', 'exec'),
  'decision-brief': info('decision-brief', 'Decision brief', 'month', 'decision', 'exec'),
  assessment: info('assessment', '30-60-90 assessment', 'quarter', null, 'team'),
};

function info(
  kind: ReportKind,
  title: string,
  grain: PeriodGrain,
  item: ReportKindInfo['item'],
  audience: ReportAudience,
): ReportKindInfo {
  return { kind, title, grain, item, audience };
}

export type ReportFormat = 'md' | 'html' | 'pdf' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['md', 'html', 'pdf', 'json'];

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
};

/** The kinds with the period each would cover today, for `GET /api/reports`. */
export function listReportKinds(context: AppContext, now: Date = new Date()) {
  const today = toDayKey(now, context.workspace.config.timezone);
  const fiscalYearStart = context.workspace.config.fiscalYearStart;
  return {
    kinds: REPORT_KINDS.map((kind) => {
      const kindInfo = REPORT_KIND_INFO[kind];
      return { ...kindInfo, defaultPeriod: defaultPeriod(kindInfo.grain, today, fiscalYearStart) };
    }),
    formats: REPORT_FORMATS,
    audiences: REPORT_AUDIENCES,
  };
}

export function assertReportKind(kind: string): ReportKind {
  if ((REPORT_KINDS as readonly string[]).includes(kind)) return kind as ReportKind;
  throw new NotFoundError(`No report kind ${kind}; expected one of ${REPORT_KINDS.join(', ')}`);
}

export async function buildReport(
  context: AppContext,
  viewer: Viewer,
  request: ReportRequest,
  now: Date = new Date(),
): Promise<ReportDocument> {
  const kind = assertReportKind(request.kind);
  const kindInfo = REPORT_KIND_INFO[kind];
  const { timezone, fiscalYearStart } = context.workspace.config;
  const period =
    request.period === undefined || request.period === ''
      ? defaultPeriod(kindInfo.grain, toDayKey(now, timezone), fiscalYearStart)
      : parsePeriod(request.period, fiscalYearStart);
  const audience = request.audience ?? kindInfo.audience;
  if (!(REPORT_AUDIENCES as readonly string[]).includes(audience)) {
    throw new InputError('Unknown audience', [
      {
        path: 'audience',
        message: 'not an audience',
        found: JSON.stringify(audience),
        expected: 'exec or team',
      },
    ]);
  }
  const item = request.item?.trim() || null;
  if (kindInfo.item && !item) {
    throw new InputError(`The ${kind} report is about one ${kindInfo.item}`, [
      { path: 'item', message: `name the ${kindInfo.item} (its id)`, found: 'nothing' },
    ]);
  }
  // Builders read the same records for many figures: one read cache for the whole report.
  const document = await REPORT_BUILDERS[kind](withReadCache(context), {
    kind,
    period,
    audience,
    item,
    viewer,
    now,
  });
  return forAudience(document, audience);
}

/** The document in a format: text for md/html/json, bytes for pdf. */
export async function renderReport(document: ReportDocument, format: ReportFormat): Promise<string | Buffer> {
  switch (format) {
    case 'md':
      return renderMarkdown(document);
    case 'html':
      return renderHtml(document);
    case 'json':
      return `${JSON.stringify(document, null, 2)}\n`;
    case 'pdf':
      return printPdf(renderHtml(document), { title: `${document.title} — ${document.period.label}` });
  }
}
