/**
 * The demo's people files: the hiring plan and its ATS export, onboarding plans, the talent review and the
 * surveys with their responses, each built by its own module from the demo organization. Pure.
 */
import { buildHiringFiles } from './hiring-files.js';
import { buildOnboardingFiles } from './onboarding-files.js';
import type { PlanningInputs } from './planning-files.js';
import { buildSurveyFiles } from './survey-files.js';
import { buildTalentFiles } from './talent-files.js';
import type { DemoFile } from './yaml-files.js';

export function buildPeopleFiles(inputs: PlanningInputs): DemoFile[] {
  return [
    ...buildHiringFiles(inputs),
    ...buildOnboardingFiles(inputs),
    ...buildTalentFiles(inputs),
    ...buildSurveyFiles(inputs),
  ];
}
