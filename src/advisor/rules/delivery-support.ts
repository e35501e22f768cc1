/**
 * What the delivery rules share: how a figure becomes evidence, how numbers are said, who owns a scope,
 * and the statistical guards. Every rule judges a figure only when it stands on a minimum sample, and a
 * trend only when both periods do; a missing figure (too little data) is never judged.
 */
import type { DayWindow, DeliveryFigure, ScopeDelivery } from '../snapshot-delivery.js';
import type { EvidenceFigure } from '../types.js';

/** The role that owns an organization-wide delivery finding. */
export const VP_ENGINEERING = 'VP of Engineering';
/** The most records a finding lists. */
export const MAX_EVIDENCE_RECORDS = 20;

/** A figure as evidence, with its threshold, scope and window. */
export function toEvidence(
  metric: string,
  label: string,
  figure: DeliveryFigure,
  unit: string,
  extra: { threshold?: number; scope?: string; window?: DayWindow } = {},
): EvidenceFigure {
  return { metric, label, value: figure.value, unit, n: figure.n, ...extra };
}

/** `figure` when it stands on at least `minimum` records, else null (too little data to judge). */
export function judged(figure: DeliveryFigure | null, minimum: number): DeliveryFigure | null {
  return figure !== null && figure.n >= minimum ? figure : null;
}

export function uniqueRecords(...lists: string[][]): string[] {
  return [...new Set(lists.flat())].slice(0, MAX_EVIDENCE_RECORDS);
}

export function formatPercent(fraction: number): string {
  const percent = fraction * 100;
  return `${percent < 10 && percent > 0 ? percent.toFixed(1) : Math.round(percent)}%`;
}

export function formatDuration(seconds: number): string {
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 2 * 86_400) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
}

/** `the organization` or the team's name (`checkout`), for sentences. */
export function nameOf(subject: string): string {
  if (subject === 'org') return 'the organization';
  return subject.slice(subject.lastIndexOf('/') + 1);
}

/** `nameOf` to start a sentence with. */
export function titleName(subject: string): string {
  const name = nameOf(subject);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The team for a team scope; the VP of Engineering for the organization. */
export function ownerOf(scope: Pick<ScopeDelivery, 'owner'>): string {
  return scope.owner ?? VP_ENGINEERING;
}

/**
 * The scopes a threshold rule raises findings for: the organization when it breaches, and each team that
 * breaches while the organization does not, or breaches clearly worse than it (by `margin`, in the bad
 * direction), so one org-wide condition is one finding rather than one per team.
 */
export function selectBreaches(
  scopes: readonly ScopeDelivery[],
  read: (scope: ScopeDelivery) => DeliveryFigure | null,
  isBreach: (value: number) => boolean,
  isClearlyWorse: (team: number, org: number) => boolean,
): { scope: ScopeDelivery; figure: DeliveryFigure }[] {
  const org = scopes.find((scope) => scope.subject === 'org');
  const orgFigure = org ? read(org) : null;
  const orgBreaches = orgFigure !== null && isBreach(orgFigure.value);
  const found: { scope: ScopeDelivery; figure: DeliveryFigure }[] = [];
  for (const scope of scopes) {
    const figure = read(scope);
    if (figure === null || !isBreach(figure.value)) continue;
    if (scope.subject === 'org' || !orgBreaches || isClearlyWorse(figure.value, orgFigure.value)) {
      found.push({ scope, figure });
    }
  }
  return found;
}

/**
 * The z statistic of two proportions (`a` failures of `n` against `b` of `m`), pooled: how many standard
 * errors apart the two rates are. Zero when either side is empty or the pooled rate is 0 or 1.
 */
export function twoProportionZ(a: number, n: number, b: number, m: number): number {
  if (n === 0 || m === 0) return 0;
  const pooled = (a + b) / (n + m);
  const error = Math.sqrt(pooled * (1 - pooled) * (1 / n + 1 / m));
  return error === 0 ? 0 : (a / n - b / m) / error;
}

/** Items by key, in first-seen order (Map.groupBy needs Node 21). */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
