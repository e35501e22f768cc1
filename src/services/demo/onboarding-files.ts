/** The demo's registers/onboarding.yaml. Pure. */
import type { PlanningInputs } from './planning-files.js';
import type { DemoFile } from './yaml-files.js';

export function buildOnboardingFiles(_inputs: PlanningInputs): DemoFile[] {
  return [];
}
