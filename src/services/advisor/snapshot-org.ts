/** Builds the org part of the advisor snapshot from the services. */
import type { OrgPart } from '../../advisor/snapshot.js';
import type { AppContext } from '../context.js';

export async function buildOrgPart(_context: AppContext, _asOf: string, _now: Date): Promise<OrgPart> {
  return {};
}
