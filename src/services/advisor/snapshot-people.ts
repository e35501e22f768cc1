/** Builds the people part of the advisor snapshot from the services. */
import type { PeoplePart } from '../../advisor/snapshot.js';
import type { AppContext } from '../context.js';

export async function buildPeoplePart(_context: AppContext, _asOf: string, _now: Date): Promise<PeoplePart> {
  return {};
}
