/**
 * What a mapping run produces besides the entries: what was defaulted, what was not kept, and the
 * problems that rejected an entity, each against the descriptor (file:line) it came from.
 */
import type { z } from 'zod';
import type { apiSchema } from '../../domain/api-entity.js';
import type { Issue } from '../../domain/errors.js';
import type { PersonInput } from '../../domain/person.js';
import type { resourceSchema } from '../../domain/resource.js';
import type { domainSchema, serviceSchema, systemSchema } from '../../domain/service.js';
import type { TeamInput } from '../../domain/team.js';
import type { Entity, Located, Skipped } from './entities.js';
import { locateField } from './parse.js';
import { toSextantRef } from './refs.js';

export interface Imported<T> extends Located {
  /** The full Sextant reference, e.g. `service:default/artist-lookup`. */
  ref: string;
  spec: T;
}

/** A value Sextant needs that the descriptor did not give, and what was used instead. */
export interface Defaulted extends Located {
  ref: string;
  field: string;
  value: string;
  reason: string;
}

/** Something in a descriptor that has no place in the workspace. */
export interface NotKept extends Located {
  ref: string;
  field: string;
  reason: string;
}

export interface CatalogEntries {
  teams: Imported<TeamInput>[];
  people: Imported<PersonInput>[];
  domains: Imported<z.input<typeof domainSchema>>[];
  systems: Imported<z.input<typeof systemSchema>>[];
  services: Imported<z.input<typeof serviceSchema>>[];
  apis: Imported<z.input<typeof apiSchema>>[];
  resources: Imported<z.input<typeof resourceSchema>>[];
}
export type EntryList = keyof CatalogEntries;

export interface CatalogMapping extends CatalogEntries {
  skipped: Skipped[];
  defaulted: Defaulted[];
  notKept: NotKept[];
  /** Entities rejected for bad or unmappable input, one issue per problem, at file:line of the field. */
  issues: Issue[];
}

export const NAME_EXPECTED =
  'lower-case letters and digits joined by single dashes, dots or underscores; rename it in Backstage first';

/** The findings about one entity: kept aside until the entity is known to be imported. */
export class EntityReport {
  readonly problems: Issue[] = [];
  readonly defaulted: Defaulted[] = [];
  readonly notKept: NotKept[] = [];
  readonly ref: string;

  constructor(readonly entity: Entity) {
    this.ref = toSextantRef(entity.ref) ?? entity.id;
  }

  problem(field: (string | number)[], message: string, found: string, expected: string): void {
    this.problems.push({
      ...locateField(this.entity.descriptor, field),
      record: this.entity.id,
      path: field.join('.'),
      message: `${field.join('.')} ${message}`,
      found: JSON.stringify(found),
      expected,
    });
  }

  default(field: string, value: string, reason: string): void {
    this.defaulted.push({ ...this.at(), ref: this.ref, field, value, reason });
  }

  lose(field: string, reason: string): void {
    this.notKept.push({ ...this.at(), ref: this.ref, field, reason });
  }

  private at(): Located {
    return { file: this.entity.file, line: this.entity.line };
  }
}

/** `{ key: value }`, or nothing when the value is undefined: entries carry only what was given. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** `{ key: values }`, or nothing for an empty list. */
export function nonEmpty<K extends string, V>(key: K, values: V[]): { [P in K]?: V[] } {
  return (values.length === 0 ? {} : { [key]: values }) as { [P in K]?: V[] };
}
