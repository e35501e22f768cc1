/**
 * DevLake's domain-layer vocabulary for CI/CD (`core/models/domainlayer/devops`): the standardized result,
 * status, type and environment strings every DevLake plugin maps its tool's values onto.
 */

export const DEVLAKE_SUCCESS = 'SUCCESS';
export const DEVLAKE_FAILURE = 'FAILURE';
export const DEVLAKE_DEPLOYMENT = 'DEPLOYMENT';
export const DEVLAKE_PRODUCTION = 'PRODUCTION';
export const DEVLAKE_STAGING = 'STAGING';
export const DEVLAKE_TESTING = 'TESTING';

/** `SUCCESS | FAILURE | SKIPPED | …`; DevLake keeps unknown strings, so the type stays open. */
export type DevLakeResult = 'SUCCESS' | 'FAILURE' | 'SKIPPED' | (string & {});

/** `PRODUCTION | STAGING | TESTING`, or empty when nothing says which. */
export type DevLakeEnvironment = 'PRODUCTION' | 'STAGING' | 'TESTING' | '' | (string & {});

/**
 * Results DevLake counts as a real run ("noneSkippedResult"): failed deployments are deployments too, so
 * they are generated (and later feed change failure rate); skipped or cancelled runs are not.
 */
export function isFinishedRun(result: string): boolean {
  return result === DEVLAKE_SUCCESS || result === DEVLAKE_FAILURE;
}
