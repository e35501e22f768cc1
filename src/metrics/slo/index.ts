/** SLOs and error budgets: pure functions over per-minute SLI counts (see docs/slos.md). */
export * from './budget.js';
export * from './burn-rate.js';
export * from './policy.js';
export * from './samples.js';
export * from './series.js';
export * from './status.js';
