/**
 * Reports: resolve the request (period, audience, item), build the document with the kind's builder,
 * render it to Markdown, HTML, PDF (headless Chromium) or JSON (the document model itself).
 */

import type { Viewer } from '../../domain/privacy.js';
import type { ReportDocument, ReportKind } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import { buildAssessmentReport } from './build-assessment.js';
import { buildBoardReport } from './build-board.js';
import { buildDecisionBriefReport } from './build-decision-brief.js';
import { buildMonthlyExecReport } from './build-monthly-exec.js';
import { buildOpsReviewReport } from './build-ops-review.js';
import { buildQuarterlyReport } from './build-quarterly.js';
import { buildRiskMemoReport } from './build-risk-memo.js';
import { buildWeeklyStaffReport } from './build-weekly-staff.js';
import type { ReportBuilder, ReportRequest } from './types.js';

export type { ReportRequest };

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

export type ReportFormat = 'md' | 'html' | 'pdf' | 'json';

export async function buildReport(
  _context: AppContext,
  _viewer: Viewer,
  _request: ReportRequest,
  _now: Date = new Date(),
): Promise<ReportDocument> {
  throw new Error('not built yet');
}
