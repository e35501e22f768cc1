/**
 * Advisor rules over the delivery part of the snapshot: delivery, quality, reliability, security and
 * engineering health (docs/advisor/delivery.md lists each with its thresholds).
 */
import type { AdvisorSnapshot } from '../snapshot.js';
import type { AdvisorRule } from '../types.js';
import { CHANGE_RULES } from './delivery-change.js';
import { ENGINEERING_HEALTH_RULES } from './delivery-engineering-health.js';
import { releaseRollbackRule } from './delivery-releases.js';
import { INCIDENT_RULES } from './delivery-reliability.js';
import { REVIEW_RULES } from './delivery-review.js';
import { SERVICE_HEALTH_RULES } from './delivery-service-health.js';

export const DELIVERY_RULES: readonly AdvisorRule<AdvisorSnapshot>[] = [
  ...CHANGE_RULES,
  releaseRollbackRule,
  ...REVIEW_RULES,
  ...INCIDENT_RULES,
  ...SERVICE_HEALTH_RULES,
  ...ENGINEERING_HEALTH_RULES,
];
