/** What a report builder receives: the request resolved (period parsed, item found) and the reader. */

import type { Viewer } from '../../domain/privacy.js';
import type { ReportAudience, ReportDocument, ReportKind, ReportPeriod } from '../../reports/document.js';
import type { AppContext } from '../context.js';

export interface ReportRequest {
  kind: ReportKind;
  /** `2026-W47`, `2026-11`, `2026-Q4`, `FROM..TO`; each kind has a default (the last complete period). */
  period?: string;
  audience?: ReportAudience;
  /** For `risk-memo` (a risk id) and `decision-brief` (a decision or ADR id). */
  item?: string;
}

export interface ReportInput {
  kind: ReportKind;
  period: ReportPeriod;
  audience: ReportAudience;
  item: string | null;
  viewer: Viewer;
  now: Date;
}

export type ReportBuilder = (context: AppContext, input: ReportInput) => Promise<ReportDocument>;
