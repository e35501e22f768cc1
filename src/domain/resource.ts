/**
 * A resource: infrastructure a service needs to run, such as a database, a queue or a bucket. The shape
 * follows the Backstage `Resource` kind. Services name the resources they need in `dependsOn`
 * (`resource:artists-db`); a resource's own `dependsOn` names other resources, or services written
 * `service:name`.
 */
import { z } from 'zod';
import { nameSchema, refTextSchema } from './primitives.js';

export const resourceSchema = z.strictObject({
  name: nameSchema,
  namespace: nameSchema.optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  /** What it is: database, queue, bucket, cluster… */
  type: z.string().min(1),
  owner: refTextSchema,
  system: refTextSchema.optional(),
  dependsOn: z.array(refTextSchema).default([]),
});
export type ResourceSpec = z.output<typeof resourceSchema>;

export interface Resource {
  ref: string;
  name: string;
  title: string;
  description: string | null;
  type: string;
  owner: string;
  system: string | null;
  /** Full references to resources and services. */
  dependsOn: string[];
}
