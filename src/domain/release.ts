/**
 * Releases: what went out to production, derived from the observed records after each ingest and stored.
 *
 * How a release is identified (per service): every production deployment that is not itself a rollback
 * is one release, and its id is that deployment's record id (`source:key`), stable across re-reads. A
 * rollback redeploys something already released, so it is evidence against the release it undoes rather
 * than a release of its own. A hotfix deployment is a release (marked as a hotfix). The release's name
 * (its version) is, in order: the tag or GitHub release the deployment names; a tag on the deployed
 * commit in the service's repository; the ref the deployment names; else `sha-` and the short commit.
 */
import { z } from 'zod';
import type { Deployment } from './records/deployment.js';

export type VersionSource = 'release' | 'tag' | 'ref' | 'commit';

/** The change set of a release, from the commits it first shipped (deployed changes). */
export interface ReleaseChanges {
  /** `shipped`: measured; `baseline`: the service's first deployment (history unknown); `unknown-commit`:
   * its commit is not in the graph; `not-shipped`: the deployment failed, nothing reached users. */
  status: 'shipped' | 'baseline' | 'unknown-commit' | 'not-shipped';
  commits: string[];
  pullRequests: string[];
  additions: number;
  deletions: number;
  /** Additions plus deletions. */
  linesChanged: number;
}

export interface Release {
  id: string;
  service: string;
  version: string;
  versionSource: VersionSource;
  /** When the deployment finished (ISO instant). */
  at: string;
  environment: string;
  result: Deployment['result'];
  commitSha: string;
  repository?: string;
  /** This release repairs an earlier one (`hotfixFor`, or an unplanned deployment). */
  hotfix: boolean;
  hotfixFor?: string;
  /** Undone later: its result says so, or a later deployment rolled it back. */
  rolledBack: boolean;
  rolledBackBy: string[];
  hotfixedBy: string[];
  /** Incidents attributed to this release. */
  incidents: string[];
  /** Did not reach users, was rolled back, needed a hotfix or caused an incident. */
  failed: boolean;
  changes: ReleaseChanges;
  /** Seconds from the newest change it carried to the deployment finishing; absent without measured changes. */
  leadTimeSeconds?: number;
  /** The version this service ran before, which a rollback would return to. */
  previous?: { id: string; version: string };
}

/** A deployment a release's story names: its own, and those that rolled it back or hotfixed it. */
export interface ReleaseDeployment {
  id: string;
  role: 'release' | 'rollback' | 'hotfix';
  environment: string;
  finishedAt: string;
  result: Deployment['result'];
  commitSha: string;
}

/** A release as stored after an ingest, with the deployments `releases show` lists beside it. */
export interface StoredRelease {
  release: Release;
  related: ReleaseDeployment[];
}

/** A sign-off on one checklist item of one release. */
export interface ReleaseSignoff {
  releaseId: string;
  item: string;
  person: string;
  signedAt: string;
  note?: string;
}

export const signoffInputSchema = z.strictObject({
  item: z.string().min(1),
  by: z.string().min(1, 'the person signing off, e.g. "ana-lopez" or "person:default/ana-lopez"'),
  note: z.string().trim().min(1).max(2000).optional(),
});
export type SignoffInput = z.input<typeof signoffInputSchema>;

/** A feature flag as imported from a flag system's export. */
export const featureFlagSchema = z.strictObject({
  key: z.string().min(1).max(300),
  service: z.string().min(1),
  created: z.iso.datetime({ offset: true }).or(z.iso.date()),
  removed: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  owner: z.string().min(1).optional(),
});
export type FeatureFlagInput = z.input<typeof featureFlagSchema>;

export interface FeatureFlag {
  key: string;
  service: string;
  createdAt: string;
  removedAt?: string;
  owner?: string;
}
