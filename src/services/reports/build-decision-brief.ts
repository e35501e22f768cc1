/** The decision-brief report. */
import type { ReportDocument } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import type { ReportInput } from './types.js';

export async function buildDecisionBriefReport(
  _context: AppContext,
  _input: ReportInput,
): Promise<ReportDocument> {
  throw new Error('not built yet');
}
