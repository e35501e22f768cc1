/**
 * From descriptors to checked Backstage entities: the envelope and the spec of each mapped kind
 * validated, every problem reported at file:line of its field against the entity, and each entity
 * taken once. `Location` entities (pointers to more files, possibly remote) and kinds Sextant has no
 * counterpart for are skipped with the reason; a second descriptor of the same entity is skipped in
 * favour of the first, so the outcome depends only on the order of the files.
 */
import type { z } from 'zod';
import type { Issue } from '../../domain/errors.js';
import { describeValue, readPath } from '../payload-issues.js';
import { envelopeSchema, isMappedKind, type MappedKind, SPEC_SCHEMAS, type SpecOf } from './descriptor.js';
import { type Descriptor, locateField } from './parse.js';
import { type BackstageRef, formatBackstageRef } from './refs.js';

export interface Located {
  file: string;
  line: number;
}

/** A descriptor left out on purpose, and why. */
export interface Skipped extends Located {
  entity: string;
  reason: string;
}

export interface Entity<K extends MappedKind = MappedKind> extends Located {
  kind: K;
  ref: BackstageRef;
  /** `component:default/artist-lookup`. */
  id: string;
  title: string | undefined;
  description: string | undefined;
  annotations: Record<string, string>;
  spec: SpecOf<K>;
  descriptor: Descriptor;
}

export interface ReadEntities {
  entities: Entity[];
  skipped: Skipped[];
  issues: Issue[];
}

export function readEntities(descriptors: readonly Descriptor[]): ReadEntities {
  const result: ReadEntities = { entities: [], skipped: [], issues: [] };
  const first = new Map<string, Entity>();
  for (const descriptor of descriptors) {
    const at = { file: descriptor.file, line: descriptor.line };
    const envelope = envelopeSchema.safeParse(descriptor.data);
    if (!envelope.success) {
      result.issues.push(...zodIssues(descriptor, undefined, [], envelope.error, descriptor.data));
      continue;
    }
    const { kind, metadata } = envelope.data;
    const ref = { kind: kind.toLowerCase(), namespace: metadata.namespace ?? 'default', name: metadata.name };
    const id = formatBackstageRef(ref);
    if (!isMappedKind(kind)) {
      const reason =
        kind === 'Location'
          ? 'a Location only points at more descriptor files; name those files to import them'
          : `Sextant has no counterpart for the kind ${kind}`;
      result.skipped.push({ ...at, entity: id, reason });
      continue;
    }
    const spec = SPEC_SCHEMAS[kind].safeParse(envelope.data.spec);
    if (!spec.success) {
      result.issues.push(...zodIssues(descriptor, id, ['spec'], spec.error, envelope.data.spec));
      continue;
    }
    const earlier = first.get(id);
    if (earlier) {
      result.skipped.push({
        ...at,
        entity: id,
        reason: `the same entity is described earlier, at ${earlier.file}:${earlier.line}; only the first description is read`,
      });
      continue;
    }
    const entity: Entity = {
      ...at,
      kind,
      ref,
      id,
      title: metadata.title,
      description: metadata.description,
      annotations: metadata.annotations,
      spec: spec.data,
      descriptor,
    };
    first.set(id, entity);
    result.entities.push(entity);
  }
  return result;
}

function zodIssues(
  descriptor: Descriptor,
  record: string | undefined,
  prefix: string[],
  error: z.ZodError,
  input: unknown,
): Issue[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((segment) => (typeof segment === 'symbol' ? '' : segment))];
    const found = readPath(input, issue.path);
    return {
      ...locateField(descriptor, path),
      ...(record === undefined ? {} : { record }),
      path: path.join('.'),
      message: found === undefined ? `${path.join('.')} is missing` : issue.message,
      found: describeValue(found),
      expected: expectedOf(issue),
    };
  });
}

function expectedOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `a ${issue.expected}`;
  if (issue.code === 'too_small') return 'a non-empty value';
  return issue.message;
}
