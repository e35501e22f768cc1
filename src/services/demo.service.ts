/**
 * Creating the demo organization: generate it (pure and seeded), write its files, and check that what was
 * written is a valid workspace, the same way a user's files are checked.
 */
import { z } from 'zod';
import { InputError } from '../domain/errors.js';
import { dateSchema } from '../domain/primitives.js';
import { loadWorkspace } from '../workspace/index.js';
import { generateDemo, writeDemo } from './demo/index.js';

const optionsSchema = z.object({
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  asOf: dateSchema.optional(),
});

export interface DemoResult {
  dir: string;
  asOf: string;
  summary: ReturnType<typeof generateDemo>['summary'];
  totalRecords: number;
}

/** The Monday of the week containing `now`, in UTC: demo data ends there, so it looks current. */
export function defaultAsOf(now: Date): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

export async function createDemoWorkspace(
  dir: string,
  options: { seed: string | number; asOf?: string; now: Date },
): Promise<DemoResult> {
  const parsed = optionsSchema.safeParse({ seed: options.seed, asOf: options.asOf });
  if (!parsed.success) {
    throw new InputError(
      'Invalid demo options',
      parsed.error.issues.map((issue) => ({
        path: `--${issue.path.join('.') === 'asOf' ? 'as-of' : issue.path.join('.')}`,
        message: issue.message,
      })),
    );
  }
  const asOf = parsed.data.asOf ?? defaultAsOf(options.now);
  const output = generateDemo({ seed: parsed.data.seed, asOf });
  await writeDemo(dir, output);
  await loadWorkspace(dir);
  const totalRecords = Object.values(output.summary.records).reduce((sum, n) => sum + n, 0);
  return { dir, asOf, summary: output.summary, totalRecords };
}
