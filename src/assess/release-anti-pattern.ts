/** The shape every release anti-pattern check answers in: whether it is present, and the records that show it. */

export const RELEASE_ANTI_PATTERNS = [
  'friday-deployments',
  'big-bang-releases',
  'long-lived-release-branches',
  'no-rollback-plan',
] as const;
export type ReleaseAntiPatternId = (typeof RELEASE_ANTI_PATTERNS)[number];

export interface ReleaseAntiPattern<D extends object = object> {
  id: ReleaseAntiPatternId;
  title: string;
  detected: boolean;
  /** One or two sentences with the figures behind the verdict. */
  summary: string;
  /** Ids of the records (releases, deployments, pull requests) that show it. */
  evidence: string[];
  details: D;
}

/** `part ÷ whole` as a fraction, or null when there is nothing to divide. */
export function toShare(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function formatPercent(share: number | null): string {
  return share === null ? 'n/a' : `${Math.round(share * 100)}%`;
}
