/**
 * The GitLab connector's pure half: REST and webhook payloads → domain records with stable
 * `gitlab:<project path>…` ids. One file per family; this one is the entry point.
 */
export * from './ci-status.js';
export * from './map-deployments.js';
export * from './map-merge-requests.js';
export * from './map-pipelines.js';
export * from './map-webhooks.js';
export * from './outcome.js';
export * from './project.js';
export { toInstant } from './time.js';
