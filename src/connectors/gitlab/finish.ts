/** The last step of every mapper: the candidate record checked against its domain schema. */
import type { z } from 'zod';
import type { Mapped } from './outcome.js';
import { toIssues } from './outcome.js';
import { toRecordId } from './project.js';

export function finishRecord<S extends z.ZodType>(
  schema: S,
  candidate: z.input<S> & { key: string },
): Mapped<z.output<S>> {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { kind: 'record', record: parsed.data };
  return { kind: 'issues', issues: toIssues(toRecordId(candidate.key), parsed.error, candidate) };
}
