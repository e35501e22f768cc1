/**
 * Source services and escalation policies (`schema/oncall.ts`). Writes are idempotent on the id and
 * count only rows inserted or changed; reads return every row, ordered by name.
 */
import { asc } from 'drizzle-orm';
import type { EscalationPolicy, OncallService } from '../metrics/oncall/escalation.js';
import { escalationPolicies, oncallServices } from './schema/oncall.js';
import type { StoreSession } from './store.js';
import { upsertChangedRows } from './upsert-changed.js';

export async function upsertOncallServices(
  store: StoreSession,
  services: readonly OncallService[],
): Promise<number> {
  return upsertChangedRows(store, oncallServices, services, {
    compare: ['name', 'status', 'service', 'escalationPolicyId'],
  });
}

export async function upsertEscalationPolicies(
  store: StoreSession,
  policies: readonly EscalationPolicy[],
): Promise<number> {
  return upsertChangedRows(store, escalationPolicies, policies, { compare: ['name', 'levels'] });
}

export async function listOncallServices(store: StoreSession): Promise<OncallService[]> {
  const rows = await store.db
    .select()
    .from(oncallServices)
    .orderBy(asc(oncallServices.name), asc(oncallServices.id));
  return rows.map(({ ingestedAt: _ingestedAt, ...row }) => row);
}

export async function listEscalationPolicies(store: StoreSession): Promise<EscalationPolicy[]> {
  const rows = await store.db
    .select()
    .from(escalationPolicies)
    .orderBy(asc(escalationPolicies.name), asc(escalationPolicies.id));
  return rows.map(({ ingestedAt: _ingestedAt, ...row }) => row);
}
