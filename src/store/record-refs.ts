/**
 * Which fields of each observed record hold entity references, and of which kind. Sources write them
 * short (`payments`); the store keeps the full form (`service:default/payments`) so records join the
 * declared model by plain equality. Pure: the import mapper uses it to report bad references by line.
 */
import type { ObservedRecord, RecordType } from '../domain/records/index.js';
import { type EntityKind, toRefString } from '../domain/refs.js';

export const RECORD_REF_FIELDS: Record<RecordType, Readonly<Record<string, EntityKind>>> = {
  commit: { repository: 'repository', services: 'service' },
  'pull-request': { repository: 'repository' },
  review: {},
  deployment: { service: 'service', repository: 'repository' },
  incident: { service: 'service' },
  'work-item': { team: 'team', service: 'service' },
  'ci-run': { repository: 'repository' },
  tag: { repository: 'repository' },
  sprint: {},
};

/** The record with every reference in full form; throws InputError naming a reference that is not one. */
export function normalizeRecordRefs<T extends ObservedRecord>(type: RecordType, record: T): T {
  const normalized: Record<string, unknown> = { ...record };
  for (const [field, kind] of Object.entries(RECORD_REF_FIELDS[type])) {
    const value = normalized[field];
    if (typeof value === 'string') normalized[field] = toRefString(value, kind);
    else if (Array.isArray(value)) normalized[field] = value.map((item: string) => toRefString(item, kind));
  }
  return normalized as T;
}
