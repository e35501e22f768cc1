/** The demo's surveys/*.yaml and their response files. Pure. */
import type { PlanningInputs } from './planning-files.js';
import type { DemoFile } from './yaml-files.js';

export function buildSurveyFiles(_inputs: PlanningInputs): DemoFile[] {
  return [];
}
