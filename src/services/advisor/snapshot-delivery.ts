/** Builds the delivery part of the advisor snapshot from the services. */
import type { DeliveryPart } from '../../advisor/snapshot.js';
import type { AppContext } from '../context.js';

export async function buildDeliveryPart(
  _context: AppContext,
  _asOf: string,
  _now: Date,
): Promise<DeliveryPart> {
  return {};
}
