/** The demo's registers/hiring.yaml and the ATS export it lists. Pure. */
import type { PlanningInputs } from './planning-files.js';
import type { DemoFile } from './yaml-files.js';

export function buildHiringFiles(_inputs: PlanningInputs): DemoFile[] {
  return [];
}
