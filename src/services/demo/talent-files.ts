/** The demo's registers/talent-review.yaml. Pure. */
import type { PlanningInputs } from './planning-files.js';
import type { DemoFile } from './yaml-files.js';

export function buildTalentFiles(_inputs: PlanningInputs): DemoFile[] {
  return [];
}
