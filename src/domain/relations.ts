/**
 * Relations between entities always come in pairs, one name for each direction, so that a relation can be
 * read from either end without guessing its inverse: `ownerOf` on the team is `ownedBy` on the service.
 * The pair names follow the Backstage catalog where one exists.
 */
export const RELATION_PAIRS = {
  ownedBy: 'ownerOf',
  ownerOf: 'ownedBy',
  partOf: 'hasPart',
  hasPart: 'partOf',
  dependsOn: 'dependencyOf',
  dependencyOf: 'dependsOn',
  memberOf: 'hasMember',
  hasMember: 'memberOf',
  reportsTo: 'managerOf',
  managerOf: 'reportsTo',
  providesTo: 'consumesFrom',
  consumesFrom: 'providesTo',
  interactsWith: 'interactsWith',
  storedIn: 'stores',
  stores: 'storedIn',
} as const;

export type RelationType = keyof typeof RELATION_PAIRS;

export interface Relation {
  source: string;
  type: RelationType;
  target: string;
}

export function inverseOf(type: RelationType): RelationType {
  return RELATION_PAIRS[type];
}

/** Returns the relation and its inverse, the form in which relations are stored. */
export function withInverse(relation: Relation): [Relation, Relation] {
  return [relation, { source: relation.target, type: inverseOf(relation.type), target: relation.source }];
}
