/** The whole store schema, as drizzle-kit reads it to generate migrations and as queries are typed by it. */

export * from './access.js';
export * from './authorship.js';
export * from './cost-actuals.js';
export * from './findings.js';
export * from './hiring.js';
export * from './incident-lifecycle.js';
export * from './kpi-scorecards.js';
export * from './meta.js';
export * from './metric-facts.js';
export * from './model.js';
export * from './oncall.js';
export * from './records.js';
export * from './releases.js';
export * from './report-deliveries.js';
export * from './slo.js';
export * from './surveys.js';
export * from './vulnerabilities.js';
