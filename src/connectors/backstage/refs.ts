/**
 * Backstage entity references and their Sextant counterparts. A Backstage reference is
 * `[kind:][namespace/]name`; the field it sits in supplies the kind when it is left out, and the
 * namespace defaults to that of the entity it is written in (so a `User` in namespace `development`
 * writing `memberOf: [team-a]` means `group:development/team-a`). Kinds are case-insensitive.
 *
 * Backstage kinds become Sextant kinds: Group → team, User → person, Component → service, API → api,
 * and System, Domain and Resource keep their names.
 */
import { DEFAULT_NAMESPACE, type EntityKind, formatEntityRef, NAME_PATTERN } from '../../domain/refs.js';

export const KIND_TO_SEXTANT: Record<string, EntityKind> = {
  group: 'team',
  user: 'person',
  component: 'service',
  api: 'api',
  system: 'system',
  domain: 'domain',
  resource: 'resource',
};

export const SEXTANT_TO_KIND: Partial<Record<EntityKind, string>> = Object.fromEntries(
  Object.entries(KIND_TO_SEXTANT).map(([backstage, sextant]) => [sextant, backstage]),
);

export interface BackstageRef {
  /** Lower case. */
  kind: string;
  namespace: string;
  name: string;
}

const PATTERN = /^(?:([^:/]+):)?(?:([^:/]+)\/)?([^:/]+)$/;

/** Parses a reference in the context of a field's default kind and the writing entity's namespace. */
export function parseBackstageRef(
  text: string,
  defaultKind: string,
  defaultNamespace: string,
): BackstageRef | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, kind = defaultKind, namespace = defaultNamespace, name = ''] = match;
  return { kind: kind.toLowerCase(), namespace, name };
}

export function formatBackstageRef(ref: BackstageRef): string {
  return `${ref.kind}:${ref.namespace}/${ref.name}`;
}

/** Whether both the name and the namespace are valid Sextant names (they are never changed to fit). */
export function hasValidNames(ref: { namespace: string; name: string }): boolean {
  return NAME_PATTERN.test(ref.name) && NAME_PATTERN.test(ref.namespace);
}

/** The full Sextant reference of a Backstage entity of a mapped kind. */
export function toSextantRef(ref: BackstageRef): string | undefined {
  const kind = KIND_TO_SEXTANT[ref.kind];
  return kind === undefined ? undefined : formatEntityRef({ kind, namespace: ref.namespace, name: ref.name });
}

/**
 * How a reference is written in a workspace file: the short form where it is unambiguous (`team-a`,
 * `development/team-a`), prefixed with its kind where the field holds several kinds and this is not
 * the field's own (`resource:artists-db` in a service's `dependsOn`).
 */
export function toWorkspaceRefText(
  kind: EntityKind,
  ref: { namespace: string; name: string },
  fieldKind: EntityKind,
) {
  const short = ref.namespace === DEFAULT_NAMESPACE ? ref.name : `${ref.namespace}/${ref.name}`;
  return kind === fieldKind ? short : `${kind}:${short}`;
}
