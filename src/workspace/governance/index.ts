/**
 * Reading every planning and governance file: OKRs first (the other files link to their ids), then the
 * roadmap, capacity plan, experiments, maturity answers, registers and decision records, all at once. The
 * result is all or nothing: every issue of every file is reported together.
 */
import type { Issue } from '../../domain/errors.js';
import { collectOkrIds, readOkrs } from './okrs.js';
import type { GovernanceReadContext, PartRead, PartReader } from './part.js';
import { GOVERNANCE_PARTS } from './parts.js';

type Parts = typeof GOVERNANCE_PARTS;

export type Governance = { okrs: Awaited<ReturnType<typeof readOkrs>>['value'] } & {
  [K in keyof Parts]: Parts[K] extends PartReader<infer T> ? T : never;
};

export type { GovernanceDirectory, GovernanceReadContext, PartRead } from './part.js';

export async function readGovernance(context: GovernanceReadContext): Promise<PartRead<Governance>> {
  const okrs = await readOkrs(context);
  const linked: GovernanceReadContext = {
    ...context,
    directory: { ...context.directory, okrIds: collectOkrIds(okrs.value) },
  };
  const names = Object.keys(GOVERNANCE_PARTS) as (keyof Parts)[];
  const readers: Record<string, PartReader<unknown>> = GOVERNANCE_PARTS;
  const reads = await Promise.all(names.map((name) => (readers[name] as PartReader<unknown>)(linked)));
  const issues: Issue[] = [...okrs.issues];
  const files: string[] = [...okrs.files];
  const value: Record<string, unknown> = { okrs: okrs.value };
  names.forEach((name, index) => {
    const read = reads[index] as PartRead<unknown>;
    value[name] = read.value;
    issues.push(...read.issues);
    files.push(...read.files);
  });
  return { value: value as Governance, issues, files };
}
