/**
 * The demo's planning and governance files (OKRs, roadmap, capacity plan, experiments, maturity answers,
 * registers, decision records), each built by its own module from the demo organization and its observed
 * activity, so every name they use exists. Pure.
 */
import type { RecordType } from '../../domain/records/index.js';
import { buildBudgetFiles } from './budget-files.js';
import { buildCapacityFiles } from './capacity-files.js';
import { buildControlsFiles } from './controls-files.js';
import { buildDebtFiles } from './debt-files.js';
import { buildDecisionFiles } from './decision-files.js';
import { buildExperimentFiles } from './experiment-files.js';
import { buildMaturityFiles } from './maturity-files.js';
import { buildOkrFiles } from './okr-files.js';
import type { DemoOrg } from './org.js';
import { buildPeopleFiles } from './people-files.js';
import { buildPolicyFiles } from './policy-files.js';
import { buildRiskFiles } from './risk-files.js';
import { buildRoadmapFiles } from './roadmap-files.js';
import { buildVendorFiles } from './vendor-files.js';
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

export function buildPlanningFiles(inputs: PlanningInputs): DemoFile[] {
  return [
    ...buildOkrFiles(inputs),
    ...buildRoadmapFiles(inputs),
    ...buildCapacityFiles(inputs),
    ...buildDebtFiles(inputs),
    ...buildDecisionFiles(inputs),
    ...buildBudgetFiles(inputs),
    ...buildControlsFiles(inputs),
    ...buildPolicyFiles(inputs),
    ...buildRiskFiles(inputs),
    ...buildVendorFiles(inputs),
    ...buildExperimentFiles(inputs),
    ...buildMaturityFiles(inputs),
    ...buildPeopleFiles(inputs),
  ];
}
