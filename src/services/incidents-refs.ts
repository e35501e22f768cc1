/**
 * Turning what a person types into the references incidents store: an incident id (`INC-7` is short for
 * Sextant's own `sextant:INC-7`; any other source is written `source:key`), and services and people, which
 * must be declared in the workspace so the incident joins the organization model.
 */
import { InputError } from '../domain/errors.js';
import type { OrgModel } from '../domain/model.js';
import { type EntityKind, toRefString } from '../domain/refs.js';

/** The source of incidents declared through Sextant itself. */
export const SEXTANT_SOURCE = 'sextant';

export function toIncidentId(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new InputError('An incident id is needed, e.g. INC-7 or pagerduty:Q1ABC');
  return trimmed.includes(':') ? trimmed : `${SEXTANT_SOURCE}:${trimmed}`;
}

/** The full reference of a declared service or person; an InputError naming the field otherwise. */
export function resolveDeclaredRef(
  model: OrgModel,
  kind: 'service' | 'person',
  text: string,
  field: string,
): string {
  let ref: string;
  try {
    ref = toRefString(text, kind as EntityKind);
  } catch (error) {
    throw new InputError(`Invalid ${field}`, [
      { path: field, message: (error as Error).message, found: JSON.stringify(text) },
    ]);
  }
  const declared = kind === 'service' ? model.services : model.people;
  if (declared.some((entity) => entity.ref === ref)) return ref;
  const examples = declared
    .slice(0, 3)
    .map((entity) => entity.ref.split('/').at(-1))
    .join(', ');
  throw new InputError(`Unknown ${kind} "${text}"`, [
    {
      path: field,
      message: `no ${kind} ${ref} is declared in the workspace`,
      found: JSON.stringify(text),
      expected:
        declared.length > 0 ? `a declared ${kind}, e.g. ${examples}` : `a ${kind} declared in the workspace`,
    },
  ]);
}
