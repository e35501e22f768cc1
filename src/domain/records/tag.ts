import { z } from 'zod';
import { instantSchema, refTextSchema } from '../primitives.js';
import { recordBase } from './common.js';

/**
 * A git tag. An annotated tag has its own tagger and date, which is when a tag-based deployment happened;
 * a lightweight tag has neither, and the committer date of its commit stands in.
 */
export const tagSchema = z.strictObject({
  ...recordBase,
  repository: refTextSchema,
  name: z.string().min(1),
  /** The commit the tag points at (peeled through annotated tag objects). */
  sha: z.string().regex(/^[0-9a-f]{7,64}$/, 'a hexadecimal commit id'),
  annotated: z.boolean(),
  taggedAt: instantSchema.optional(),
  taggerEmail: z.string().optional(),
});
export type Tag = z.output<typeof tagSchema>;
