/**
 * GitHub payload → domain records, pure. Every record has source `github` and a key built from the
 * lower-cased repository full name: `owner/name#12` (pull request or incident issue),
 * `owner/name#12/review/<id>`, `owner/name/commit/<sha>`, `owner/name/deployment/<id>`,
 * `owner/name/release/<id>`, `owner/name/run/<id>[/attempt/<n>]` and `owner/name/job/<id>`.
 * One concept per file; this module gathers them.
 */
export * from './map-commits.js';
export * from './map-deployments.js';
export * from './map-issues.js';
export * from './map-pull-requests.js';
export * from './map-runs.js';
export * from './map-webhook.js';
export * from './mapped.js';
export * from './repository.js';
