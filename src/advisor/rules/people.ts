/**
 * Advisor rules over the people part of the snapshot: hiring, onboarding, succession and retention,
 * attrition and equity, surveys and developer experience. Every finding carries the capability a viewer
 * needs to see it (docs/advisor/people.md).
 */
import type { AdvisorSnapshot } from '../snapshot.js';
import type { AdvisorRule } from '../types.js';
import { ATTRITION_RULES } from './people-attrition.js';
import { DX_RULES } from './people-dx.js';
import { HIRING_RULES } from './people-hiring.js';
import { ONBOARDING_RULES } from './people-onboarding.js';
import { SURVEY_RULES } from './people-surveys.js';
import { TALENT_RULES } from './people-talent.js';

export const PEOPLE_RULES: readonly AdvisorRule<AdvisorSnapshot>[] = [
  ...HIRING_RULES,
  ...ONBOARDING_RULES,
  ...TALENT_RULES,
  ...ATTRITION_RULES,
  ...SURVEY_RULES,
  ...DX_RULES,
];
