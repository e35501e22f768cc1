/**
 * Big-bang releases: releases that carried far more change than their service usually ships at once.
 *
 * Rules and reasons:
 * - Size is lines changed (additions plus deletions) of the commits the release first shipped; releases
 *   without measured changes (a service's first deployment, an unknown commit, a failed deployment) have
 *   no size and are never flagged.
 * - A release is big-bang when its size reaches the absolute threshold (default 5,000 lines), or when its
 *   service has enough measured releases to compare (default 10) and the release lies beyond the far-out
 *   fence of the service's release sizes: the third quartile plus three times the interquartile range
 *   (Tukey). A fixed percentile such as the p90 would mark a tenth of every service's releases by
 *   construction, however steady the service; the fence marks only true outliers (about 1% on the demo).
 * - The service's sizes are taken from every release given (history included), the verdicts only for
 *   releases in the window, so one quiet month does not make an ordinary release look big.
 */
import type { Release } from '../domain/release.js';
import type { Window } from '../metrics/result.js';
import { percentile } from '../metrics/stats.js';
import { formatPercent, type ReleaseAntiPattern, toShare } from './release-anti-pattern.js';

export interface BigBangOptions {
  absoluteLines: number;
  minReleases: number;
  /** How many interquartile ranges above the third quartile the fence lies. */
  fenceIqr: number;
}

export const DEFAULT_BIG_BANG: BigBangOptions = { absoluteLines: 5000, minReleases: 10, fenceIqr: 3 };

export interface BigBangRelease {
  release: string;
  service: string;
  version: string;
  linesChanged: number;
  commits: number;
  reason: 'absolute' | 'relative';
  /** The service's fence and median release size, when it has enough releases to compare. */
  serviceFence?: number;
  serviceMedian?: number;
}

export interface BigBangDetails {
  thresholds: BigBangOptions;
  measured: number;
  releases: BigBangRelease[];
}

function measureFence(sizes: readonly number[], options: BigBangOptions) {
  const q1 = percentile(sizes, 0.25) ?? 0;
  const q3 = percentile(sizes, 0.75) ?? 0;
  return { serviceFence: q3 + options.fenceIqr * (q3 - q1), serviceMedian: percentile(sizes, 0.5) ?? 0 };
}

export function detectBigBangReleases(
  history: readonly Release[],
  window: Window,
  options: BigBangOptions = DEFAULT_BIG_BANG,
): ReleaseAntiPattern<BigBangDetails> {
  const sizes = new Map<string, number[]>();
  const measured = history.filter((release) => release.changes.status === 'shipped');
  for (const release of measured) {
    const list = sizes.get(release.service) ?? [];
    list.push(release.changes.linesChanged);
    sizes.set(release.service, list);
  }
  const from = window.from.getTime();
  const to = window.to.getTime();
  const inWindow = measured.filter((release) => {
    const at = Date.parse(release.at);
    return at >= from && at < to;
  });
  const flagged: BigBangRelease[] = [];
  for (const release of inWindow) {
    const size = release.changes.linesChanged;
    const serviceSizes = sizes.get(release.service) ?? [];
    const compare =
      serviceSizes.length >= options.minReleases ? measureFence(serviceSizes, options) : undefined;
    const relative = compare !== undefined && size > compare.serviceFence;
    const absolute = size >= options.absoluteLines;
    if (!relative && !absolute) continue;
    flagged.push({
      release: release.id,
      service: release.service,
      version: release.version,
      linesChanged: size,
      commits: release.changes.commits.length,
      reason: absolute ? 'absolute' : 'relative',
      ...(compare ?? {}),
    });
  }
  flagged.sort((a, b) => b.linesChanged - a.linesChanged);
  return {
    id: 'big-bang-releases',
    title: 'Big-bang releases',
    detected: flagged.length > 0,
    summary:
      inWindow.length === 0
        ? 'No release in the window has measured changes.'
        : `${flagged.length} of ${inWindow.length} measured releases (${formatPercent(toShare(flagged.length, inWindow.length))}) carried far more change than their service usually ships at once.`,
    evidence: flagged.map((entry) => entry.release),
    details: { thresholds: options, measured: inWindow.length, releases: flagged },
  };
}
