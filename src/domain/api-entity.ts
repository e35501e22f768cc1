/**
 * An API: the contract a service offers (`providesApis`) and others call (`consumesApis`). The shape
 * follows the Backstage `API` kind so descriptors convert both ways. `type` is open (openapi, asyncapi,
 * graphql, grpc, trpc, other…), as it is in Backstage.
 */
import { z } from 'zod';
import { nameSchema, refTextSchema } from './primitives.js';
import { LIFECYCLES, type Lifecycle } from './service.js';

export const API_TYPES_KNOWN = ['openapi', 'asyncapi', 'graphql', 'grpc', 'trpc', 'other'] as const;

export const apiSchema = z.strictObject({
  name: nameSchema,
  namespace: nameSchema.optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  /** The definition language, e.g. openapi, asyncapi, graphql, grpc or other. */
  type: z.string().min(1),
  lifecycle: z.enum(LIFECYCLES).default('production'),
  owner: refTextSchema,
  system: refTextSchema.optional(),
  /** The definition itself, inline, or the URL (or relative path) it can be read from. */
  definition: z.string().min(1).optional(),
});
export type ApiSpec = z.output<typeof apiSchema>;

export interface Api {
  ref: string;
  name: string;
  title: string;
  description: string | null;
  type: string;
  lifecycle: Lifecycle;
  owner: string;
  system: string | null;
  definition: string | null;
}
