/**
 * What each field of a record type looks like in a flat file, read off the zod schema so the import
 * format can never drift from the record definitions: its kind decides how a CSV cell is parsed.
 */
import type { z } from 'zod';
import { RECORD_SCHEMAS, type RecordType } from '../../domain/records/index.js';

/** `list`: `;`-separated text in CSV; `json`: a JSON cell in CSV (arrays of objects). */
export type FieldKind = 'text' | 'number' | 'boolean' | 'list' | 'json';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** Must be present: neither optional nor defaulted. */
  required: boolean;
  /** Allowed values of an enumeration. */
  values?: readonly string[];
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
}

function readDef(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function describeField(name: string, schema: z.ZodType): FieldSpec {
  let current = schema;
  let required = true;
  for (;;) {
    const def = readDef(current);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
      required = false;
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      current = def.in;
    } else {
      break;
    }
  }
  const def = readDef(current);
  if (def.type === 'number') return { name, kind: 'number', required };
  if (def.type === 'boolean') return { name, kind: 'boolean', required };
  if (def.type === 'array') {
    const element = def.element ? readDef(def.element).type : 'unknown';
    return { name, kind: element === 'string' ? 'list' : 'json', required };
  }
  if (def.type === 'enum' && def.entries)
    return { name, kind: 'text', required, values: Object.values(def.entries) };
  return { name, kind: 'text', required };
}

const cache = new Map<RecordType, FieldSpec[]>();

/** The fields of a record type in schema order. */
export function listRecordFields(type: RecordType): FieldSpec[] {
  let fields = cache.get(type);
  if (!fields) {
    const shape = RECORD_SCHEMAS[type].shape as Record<string, z.ZodType>;
    fields = Object.entries(shape).map(([name, schema]) => describeField(name, schema));
    cache.set(type, fields);
  }
  return fields;
}
