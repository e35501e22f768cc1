/** The store's public API: open it, then read and write through the repositories. */

export * from './access.repo.js';
export * from './actors.repo.js';
export * from './authorship.repo.js';
export * from './cost-actuals.repo.js';
export * from './cursors.repo.js';
export * from './docs-commits.repo.js';
export * from './findings.repo.js';
export * from './hiring.repo.js';
export * from './ingest-runs.repo.js';
export * from './kpi-scorecards.repo.js';
export * from './metric-facts.repo.js';
export * from './metric-facts-query.repo.js';
export { DEFAULT_MIGRATIONS_FOLDER } from './migrations.js';
export * from './model.repo.js';
export { type OpenStoreOptions, openStore } from './open.js';
export * from './org-activity.repo.js';
export { describeDatabaseUrl } from './postgres.js';
export { normalizeRecordRefs, RECORD_REF_FIELDS } from './record-refs.js';
export * from './records.repo.js';
export * from './records-query.repo.js';
export * as storeSchema from './schema/index.js';
export type * from './store.js';
export * from './surveys.repo.js';
export * from './users.repo.js';
