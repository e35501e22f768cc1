/** Reading registers/onboarding.yaml: 30-60-90 onboarding plans and their check-ins. Absent files give an empty value. */
import type { PartReader } from './part.js';

// biome-ignore lint/complexity/noBannedTypes: replaced by the domain type when the reader is written
export type OnboardingRegister = {};

export const readOnboarding: PartReader<OnboardingRegister> = async () => ({
  value: {},
  issues: [],
  files: [],
});
