/**
 * The Backstage descriptor format (`apiVersion: backstage.io/v1alpha1`), as far as Sextant reads it: the
 * envelope every entity has and the spec of each kind it maps. Unknown fields are allowed, as they are in
 * Backstage (links, tags, profile pictures…); what is not mapped is simply not read.
 */
import { z } from 'zod';

export const BACKSTAGE_API_VERSION = 'backstage.io/v1alpha1';

/** Annotations Sextant writes on export and reads back, for what Backstage has no field for. */
export const ANNOTATIONS = {
  teamType: 'sextant.io/team-type',
  role: 'sextant.io/role',
  tier: 'sextant.io/tier',
} as const;

const text = z.string().min(1);
const refList = z.array(text).default([]);

export const envelopeSchema = z.object({
  apiVersion: z.string().regex(/^backstage\.io\//, 'a backstage.io/… API version'),
  kind: text,
  metadata: z.object({
    name: text,
    namespace: text.optional(),
    title: z.string().optional(),
    description: z.string().optional(),
    annotations: z.record(z.string(), z.string()).default({}),
  }),
  spec: z.record(z.string(), z.unknown()).default({}),
});
export type Envelope = z.output<typeof envelopeSchema>;

const profileSchema = z
  .object({ displayName: z.string().optional(), email: z.string().optional() })
  .default({});

export const SPEC_SCHEMAS = {
  Component: z.object({
    type: text,
    lifecycle: text,
    owner: text,
    system: text.optional(),
    subcomponentOf: text.optional(),
    providesApis: refList,
    consumesApis: refList,
    dependsOn: refList,
  }),
  API: z.object({
    type: text,
    lifecycle: text,
    owner: text,
    system: text.optional(),
    /** Inline text, or a placeholder such as `$text: https://…` naming where it is. */
    definition: z.union([z.string(), z.record(z.string(), z.unknown())]).optional(),
  }),
  System: z.object({ owner: text, domain: text.optional() }),
  Domain: z.object({ owner: text }),
  Resource: z.object({ type: text, owner: text, system: text.optional(), dependsOn: refList }),
  Group: z.object({
    type: text,
    profile: profileSchema,
    parent: text.optional(),
    children: refList,
    members: refList,
  }),
  User: z.object({ profile: profileSchema, memberOf: refList }),
} as const;

export type MappedKind = keyof typeof SPEC_SCHEMAS;
export type SpecOf<K extends MappedKind> = z.output<(typeof SPEC_SCHEMAS)[K]>;

export function isMappedKind(kind: string): kind is MappedKind {
  return Object.hasOwn(SPEC_SCHEMAS, kind);
}
