/**
 * GitLab pipeline and job statuses → CiRun results. Only finished runs are records: `success` →
 * success, `failed` → failure, `canceled` → cancelled. `skipped` never ran, and `created`,
 * `waiting_for_resource`, `preparing`, `pending`, `running`, `manual` and `scheduled` have not finished
 * (the next sync or webhook brings them once they have); all are ignored. Any other status is reported
 * as malformed rather than guessed.
 */
import type { CiRun } from '../../domain/records/ci-run.js';

const RESULTS: Record<string, CiRun['result']> = {
  success: 'success',
  failed: 'failure',
  canceled: 'cancelled',
};

const NOT_RECORDED = new Set([
  'skipped',
  'created',
  'waiting_for_resource',
  'preparing',
  'pending',
  'running',
  'manual',
  'scheduled',
]);

export type CiStatus =
  | { kind: 'result'; result: CiRun['result'] }
  | { kind: 'ignored' }
  | { kind: 'unknown' };

export function readCiStatus(status: string): CiStatus {
  const result = RESULTS[status];
  if (result) return { kind: 'result', result };
  return NOT_RECORDED.has(status) ? { kind: 'ignored' } : { kind: 'unknown' };
}

export const KNOWN_CI_STATUSES = [...Object.keys(RESULTS), ...NOT_RECORDED];

const MERGE_REQUEST_REF = /^refs\/merge-requests\/\d+\/(head|merge|train)$/;

/**
 * A CiRun's `pipeline` names what runs are compared within. GitLab has one pipeline definition per
 * project, so runs are told apart by the ref they ran for (`main`, a release branch, a tag), and all
 * merge request pipelines (refs `refs/merge-requests/<iid>/head`) are one pipeline, `merge-requests`,
 * instead of one per MR. Jobs use the same rule on their ref, which is their pipeline's.
 */
export function toPipelineName(ref: string): string {
  return MERGE_REQUEST_REF.test(ref) ? 'merge-requests' : ref;
}

/** The branch a run built: its ref, unless that is a tag or a merge request ref. */
export function toBranch(ref: string, tag: boolean | null | undefined): string | undefined {
  return tag || MERGE_REQUEST_REF.test(ref) ? undefined : ref;
}
