/**
 * Entity references: `kind:namespace/name`, the Backstage convention. In workspace files a reference may
 * be written short (`payments`, `default/payments`, `team:payments`); the field it appears in supplies the
 * kind and `default` is the namespace. Stored and presented references are always the full form.
 */
import { InputError } from './errors.js';

export const ENTITY_KINDS = [
  'team',
  'person',
  'service',
  'system',
  'domain',
  'repository',
  'dependency',
  'api',
  'resource',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const DEFAULT_NAMESPACE = 'default';

export interface EntityRef {
  kind: EntityKind;
  namespace: string;
  name: string;
}

/** Lower-case letters and digits, with single `-`, `_` or `.` between them; what a name or namespace may contain. */
export const NAME_PATTERN = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

const REF_PATTERN = /^(?:([a-z-]+):)?(?:([^/:]+)\/)?([^/:]+)$/;

export function parseEntityRef(text: string, defaultKind: EntityKind): EntityRef {
  const match = REF_PATTERN.exec(text.trim());
  if (!match) {
    throw new InputError(
      `"${text}" is not an entity reference; expected kind:namespace/name or a plain name`,
    );
  }
  const [, kind = defaultKind, namespace = DEFAULT_NAMESPACE, name = ''] = match;
  if (!isEntityKind(kind)) {
    throw new InputError(
      `"${text}" names the unknown kind "${kind}"; expected one of ${ENTITY_KINDS.join(', ')}`,
    );
  }
  if (kind !== defaultKind) {
    throw new InputError(`"${text}" refers to ${article(kind)} where ${article(defaultKind)} is expected`);
  }
  if (!NAME_PATTERN.test(namespace) || !NAME_PATTERN.test(name)) {
    throw new InputError(`"${text}" has a name outside lower-case letters, digits and dashes`);
  }
  return { kind, namespace, name };
}

/** The kind with its indefinite article: `a team`, `an api`. */
function article(kind: string): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

export function formatEntityRef(ref: EntityRef): string {
  return `${ref.kind}:${ref.namespace}/${ref.name}`;
}

/** Normalizes a short or full reference to its full string form. */
export function toRefString(text: string, kind: EntityKind): string {
  return formatEntityRef(parseEntityRef(text, kind));
}

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}
