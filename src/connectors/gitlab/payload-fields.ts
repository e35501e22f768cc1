/** Field schemas shared by the GitLab payload schemas: only what Sextant reads, unknown fields pass. */
import { z } from 'zod';
import { isGitLabTime, toInstant } from './time.js';

/** An instant in any of GitLab's formats, read as ISO 8601 UTC. */
export const timeField = z
  .string()
  .refine(isGitLabTime, 'a GitLab time, e.g. 2019-06-28T05:21:43.743Z or 2016-08-12 15:23:28 UTC')
  .transform((text) => toInstant(text) as string);

/** GitLab sends `null` for absent values; both read as undefined. */
export const optionalTime = timeField.nullish().transform((value) => value ?? undefined);
export const optionalText = z
  .string()
  .nullish()
  .transform((value) => value || undefined);

export const idField = z.number().int().positive();
export const shaField = z.string().regex(/^[0-9a-f]{7,64}$/, 'a hexadecimal commit id');

export const userField = z.object({ id: z.number().int().optional(), username: z.string().min(1) });
