/**
 * The planning and governance files besides the OKRs, each read by its own module. The OKRs are read first
 * (index.ts) because the others link to their ids. Add a part here as `name: reader`.
 */
import { readArchitectureReviews } from './architecture-reviews.js';
import { readBudgetRegister } from './budget.js';
import { readCapacity } from './capacity.js';
import { readControls } from './controls.js';
import { readDebt } from './debt.js';
import { readDecisions } from './decisions.js';
import { readExperiments } from './experiments.js';
import { readHiring } from './hiring.js';
import { readMaturity } from './maturity.js';
import { readOnboarding } from './onboarding.js';
import type { PartReader } from './part.js';
import { readPolicies } from './policies.js';
import { readRisks } from './risks.js';
import { readRoadmap } from './roadmap.js';
import { readSurveys } from './surveys.js';
import { readTalentReview } from './talent-review.js';
import { readVendors } from './vendors.js';

export const GOVERNANCE_PARTS = {
  roadmap: readRoadmap,
  policies: readPolicies,
  capacity: readCapacity,
  debt: readDebt,
  budget: readBudgetRegister,
  controls: readControls,
  decisions: readDecisions,
  architectureReviews: readArchitectureReviews,
  risks: readRisks,
  vendors: readVendors,
  experiments: readExperiments,
  maturity: readMaturity,
  hiring: readHiring,
  onboarding: readOnboarding,
  talentReview: readTalentReview,
  surveys: readSurveys,
} satisfies Record<string, PartReader<unknown>>;
