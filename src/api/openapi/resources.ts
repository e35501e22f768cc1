/** Every documented resource, in the order the document lists them. */
import type { ResourceDoc } from './operation.js';
import { ACCESS_RESOURCES } from './resources-access.js';
import { ADVICE_RESOURCES } from './resources-advice.js';
import { DELIVERY_RESOURCES } from './resources-delivery.js';
import { GOVERNANCE_RESOURCES } from './resources-governance.js';
import { ORG_RESOURCES } from './resources-org.js';
import { PEOPLE_RESOURCES } from './resources-people.js';
import { WEBHOOK_RESOURCES } from './resources-webhooks.js';

export const API_RESOURCES: readonly ResourceDoc[] = [
  ...ACCESS_RESOURCES,
  ...ORG_RESOURCES,
  ...DELIVERY_RESOURCES,
  ...GOVERNANCE_RESOURCES,
  ...ADVICE_RESOURCES,
  ...PEOPLE_RESOURCES,
  ...WEBHOOK_RESOURCES,
];
