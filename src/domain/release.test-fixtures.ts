/**
 * Builds releases for the pure tests: a successful production release of payments that shipped one
 * measured change, any field overridable. Test-only: no product code imports this file.
 */
import type { Release, ReleaseChanges } from './release.js';

/** Shipped changes of `lines` added lines, all from one commit. */
export function buildReleaseChanges(lines = 1, overrides: Partial<ReleaseChanges> = {}): ReleaseChanges {
  return {
    status: 'shipped',
    commits: ['git:a'],
    pullRequests: [],
    additions: lines,
    deletions: 0,
    linesChanged: lines,
    ...overrides,
  };
}

/** A release named `id` (its version too) that finished at `at`. */
export function buildRelease(id: string, at: string, overrides: Partial<Release> = {}): Release {
  return {
    id,
    service: 'service:default/payments',
    version: id,
    versionSource: 'commit',
    at,
    environment: 'production',
    result: 'success',
    commitSha: 'abc',
    hotfix: false,
    rolledBack: false,
    rolledBackBy: [],
    hotfixedBy: [],
    incidents: [],
    failed: false,
    changes: buildReleaseChanges(),
    ...overrides,
  };
}
