import { z } from 'zod';
import { instantSchema, refTextSchema } from '../primitives.js';
import { recordBase } from './common.js';

/** One file a commit touched, from `--numstat` with renames detected; binary files count no lines. */
export const commitFileSchema = z.strictObject({
  path: z.string().min(1),
  /** The path before a rename or copy. */
  oldPath: z.string().min(1).optional(),
  additions: z.number().int().nonnegative(),
  deletions: z.number().int().nonnegative(),
  binary: z.boolean().optional(),
});
export type CommitFile = z.output<typeof commitFileSchema>;

/** A commit in the graph. Times are instants; the offsets keep the author's and committer's local clocks. */
export const commitSchema = z.strictObject({
  ...recordBase,
  repository: refTextSchema,
  sha: z.string().regex(/^[0-9a-f]{7,64}$/, 'a hexadecimal commit id'),
  parents: z.array(z.string().regex(/^[0-9a-f]{7,64}$/)).default([]),
  authorName: z.string(),
  authorEmail: z.string(),
  authoredAt: instantSchema,
  authorOffsetMinutes: z.number().int().min(-1080).max(1080).default(0),
  committerName: z.string(),
  committerEmail: z.string(),
  committedAt: instantSchema,
  committerOffsetMinutes: z.number().int().min(-1080).max(1080).default(0),
  subject: z.string().default(''),
  additions: z.number().int().nonnegative().default(0),
  deletions: z.number().int().nonnegative().default(0),
  filesChanged: z.number().int().nonnegative().default(0),
  files: z.array(commitFileSchema).default([]),
  /** Services whose paths the commit touches, when the source knows them. */
  services: z.array(refTextSchema).default([]),
});
export type Commit = z.output<typeof commitSchema>;
