/** Builds the advisor snapshot for one day: each part from its services, read as the local operator. */
import type { AdvisorSnapshot } from '../../advisor/snapshot.js';
import { type AppContext, withReadCache } from '../context.js';
import { buildDeliveryPart } from './snapshot-delivery.js';
import { buildOrgPart } from './snapshot-org.js';
import { buildPeoplePart } from './snapshot-people.js';

/** `asOf` is the last local day covered; `now` the instant for figures that need one (end of that day). */
export async function buildAdvisorSnapshot(
  context: AppContext,
  asOf: string,
  now: Date,
): Promise<AdvisorSnapshot> {
  const cached = withReadCache(context);
  const delivery = await buildDeliveryPart(cached, asOf, now);
  const org = await buildOrgPart(cached, asOf, now);
  const people = await buildPeoplePart(cached, asOf, now);
  return { asOf, now: now.toISOString(), model: context.workspace.model, delivery, org, people };
}
