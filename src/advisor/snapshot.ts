/**
 * The snapshot the advisor reads: one day's view of the organization, built by the services from the
 * workspace and the store (services/advisor/snapshot.ts) and handed to the pure rules. Each part is
 * `null` when its source has no data at all; a rule over a missing part raises nothing.
 */
import type { OrgModel } from '../domain/model.js';
import type { DeliveryPart } from './snapshot-delivery.js';
import type { OrgPart } from './snapshot-org.js';
import type { PeoplePart } from './snapshot-people.js';

export interface AdvisorSnapshot {
  /** The last local day the snapshot covers (`YYYY-MM-DD`, workspace time zone). */
  asOf: string;
  /** The instant the snapshot was taken for (end of `asOf`). */
  now: string;
  model: OrgModel;
  /** Delivery, quality, reliability, security and engineering health (metrics, incidents, SLOs, …). */
  delivery: DeliveryPart;
  /** Organization design, dependencies, knowledge, planning and the registers. */
  org: OrgPart;
  /** Hiring, onboarding, talent, attrition and surveys (the advisor reads them as the local operator). */
  people: PeoplePart;
}

export type { DeliveryPart, OrgPart, PeoplePart };
