/** Which observed actors map to no person, or to several: the list a leader fixes in people.yaml. */
import {
  buildIdentityIndex,
  type IdentitySystem,
  identitySystemOf,
  resolveActor,
} from '../metrics/identities.js';
import { listActorCounts } from '../store/index.js';
import type { AppContext } from './context.js';

export interface UnresolvedActor {
  system: IdentitySystem;
  actor: string;
  kind: 'unmatched' | 'ambiguous';
  /** For an ambiguous actor, the people it could be. */
  candidates: string[];
  records: number;
  /** Where the actor appears, e.g. `commit.authorEmail`. */
  fields: string[];
}

export interface IdentityReport {
  actors: number;
  matched: number;
  unresolved: UnresolvedActor[];
}

export async function listUnresolvedActors(context: AppContext): Promise<IdentityReport> {
  const index = buildIdentityIndex(context.workspace.model.people);
  const grouped = new Map<
    string,
    { system: IdentitySystem; actor: string; records: number; fields: Set<string> }
  >();
  for (const row of await listActorCounts(context.store)) {
    const system = identitySystemOf(row.source, row.type);
    const key = `${system}\u0000${row.actor.toLowerCase()}`;
    const entry = grouped.get(key) ?? { system, actor: row.actor, records: 0, fields: new Set<string>() };
    entry.records += row.records;
    entry.fields.add(`${row.type}.${row.field}`);
    grouped.set(key, entry);
  }
  const unresolved: UnresolvedActor[] = [];
  for (const entry of grouped.values()) {
    const resolution = resolveActor(index, { system: entry.system, id: entry.actor });
    if (resolution.kind === 'person') continue;
    unresolved.push({
      system: entry.system,
      actor: entry.actor,
      kind: resolution.kind,
      candidates: resolution.kind === 'ambiguous' ? resolution.people : [],
      records: entry.records,
      fields: [...entry.fields].sort(),
    });
  }
  unresolved.sort((a, b) => b.records - a.records || a.actor.localeCompare(b.actor));
  return { actors: grouped.size, matched: grouped.size - unresolved.length, unresolved };
}
