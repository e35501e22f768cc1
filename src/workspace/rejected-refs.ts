/**
 * References inside items that failed their schema. Such an item is not part of the model, but a typo
 * in one of its references is still worth reporting now rather than after the next fix, so that one
 * run lists every problem. Only references written as strings are checked; anything else already has
 * a schema issue of its own.
 */
import type { EntityKind } from '../domain/refs.js';
import type { ListKey, Rejected } from './model-files.js';
import { kindOf, type RefIndex, resolveRef } from './ref-index.js';
import type { PathSegment } from './yaml-source.js';

/** Where each list holds references, `*` standing for every item of a list. */
type Kinds = EntityKind | readonly [EntityKind, ...EntityKind[]];

const REFERENCE_FIELDS: Record<ListKey, [pattern: string, kind: Kinds][]> = {
  teams: [
    ['lead', 'person'],
    ['services.*', 'service'],
    ['interactions.*.with', 'team'],
  ],
  people: [
    ['manager', 'person'],
    ['teams.*', 'team'],
    ['teams.*.team', 'team'],
  ],
  domains: [['owner', 'team']],
  systems: [
    ['owner', 'team'],
    ['domain', 'domain'],
  ],
  services: [
    ['owner', 'team'],
    ['system', 'system'],
    ['repositories.*', 'repository'],
    ['dependsOn.*', ['service', 'resource']],
    ['providesApis.*', 'api'],
    ['consumesApis.*', 'api'],
  ],
  repositories: [],
  apis: [
    ['owner', 'team'],
    ['system', 'system'],
  ],
  resources: [
    ['owner', 'team'],
    ['system', 'system'],
    ['dependsOn.*', ['resource', 'service']],
  ],
  dependencies: [
    ['provider', 'team'],
    ['consumer', 'team'],
    ['services.*', 'service'],
  ],
};

export function checkRejectedReferences(index: RefIndex, rejected: readonly Rejected[]): void {
  for (const { list, item, source, at } of rejected) {
    for (const [pattern, kind] of REFERENCE_FIELDS[list]) {
      for (const { value, path } of valuesAt(item, pattern.split('.'), [])) {
        if (typeof value !== 'string' || value === '') continue;
        const of = typeof kind === 'string' ? kind : kindOf(value, kind);
        resolveRef(index, of, value, source, [...at, ...path]);
      }
    }
  }
}

function valuesAt(
  value: unknown,
  pattern: readonly string[],
  path: PathSegment[],
): { value: unknown; path: PathSegment[] }[] {
  const [head, ...rest] = pattern;
  if (head === undefined) return [{ value, path }];
  if (head === '*') {
    if (!Array.isArray(value)) return [];
    return value.flatMap((item, i) => valuesAt(item, rest, [...path, i]));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return valuesAt((value as Record<string, unknown>)[head], rest, [...path, head]);
}
