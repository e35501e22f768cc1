/**
 * Shared pieces of the org rules: who should act on a team or service, and how the org health
 * assessment's results become findings. The assessment already decided what is wrong and how badly; a rule
 * built with `fromOrgHealth` adds the leader's wording, the reasons and the actions, and groups the
 * assessment's results by subject so one condition on one subject is one finding.
 */
import type { OrgModel } from '../../domain/model.js';
import type { AdvisorSnapshot } from '../snapshot.js';
import type { OrgHealthIssue } from '../snapshot-org.js';
import type { AdvisorRule, EvidenceFigure, FindingDraft, FindingSeverity } from '../types.js';

export type OrgRule = AdvisorRule<AdvisorSnapshot>;

const RANK: Record<FindingSeverity, number> = { high: 0, medium: 1, low: 2 };

export function worst(severities: readonly FindingSeverity[]): FindingSeverity {
  return [...severities].sort((a, b) => RANK[a] - RANK[b])[0] ?? 'low';
}

/** The lead of a team, else the team itself; a service's owning team's lead; else the fallback role. */
export function ownerOf(model: Pick<OrgModel, 'teams' | 'services'>, ref: string, fallback: string): string {
  const service = model.services.find((candidate) => candidate.ref === ref);
  const teamRef = service ? service.owner : ref;
  const team = model.teams.find((candidate) => candidate.ref === teamRef);
  if (team) return team.lead ?? team.ref;
  return fallback;
}

export function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}

export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** How an assessment metric reads as an evidence figure; `threshold` names the metric it is compared with. */
interface MetricLabel {
  label: string;
  unit: string;
  share?: boolean;
  threshold?: string;
}

const METRIC_LABELS: Record<string, MetricLabel> = {
  truckFactor: { label: 'Truck factor', unit: 'people', threshold: 'truckFactorFloor' },
  commits: { label: 'Commits in the window', unit: 'commits' },
  authors: { label: 'Authors in the window', unit: 'people' },
  topAuthorShare: { label: 'Files mainly written by the top author', unit: '%', share: true },
  topAuthorCommitShare: { label: 'Commits by the top author', unit: '%', share: true },
  load: { label: 'Cognitive load (intrinsic + extraneous)', unit: 'points', threshold: 'capacity' },
  intrinsic: { label: 'Intrinsic load', unit: 'points' },
  extraneous: { label: 'Extraneous load', unit: 'points' },
  assessments: { label: 'Assessments on record', unit: 'assessments' },
  rising: { label: 'Rising every assessment (1 = yes)', unit: 'flag' },
  services: { label: 'Services owned', unit: 'services', threshold: 'max' },
  managers: { label: 'Managers', unit: 'people', threshold: 'maxManagers' },
  teams: { label: 'Teams the person is split across', unit: 'teams', threshold: 'maxTeams' },
  smallestAllocation: { label: 'Smallest allocation', unit: 'FTE' },
  headcount: { label: 'Headcount', unit: 'people', threshold: 'max' },
  fte: { label: 'Full-time equivalents', unit: 'FTE' },
  directReports: { label: 'Direct reports', unit: 'people' },
  days: { label: 'Days collaborating', unit: 'days', threshold: 'maxDays' },
  serviceCalls: { label: 'Undeclared service calls', unit: 'calls', threshold: 'declaredCalls' },
  reverseDeclared: { label: 'Dependencies declared the other way', unit: 'dependencies' },
  outsideShare: {
    label: 'Commits outside its own services',
    unit: '%',
    share: true,
    threshold: 'outsideLimit',
  },
  outsideCommits: { label: 'Commits outside its own services', unit: 'commits' },
  outsideServices: { label: 'Other teams’ services worked in', unit: 'services' },
  partnerCommits: { label: 'Commits in declared partners’ services', unit: 'commits' },
  ownerShare: { label: 'Commits by the owning team', unit: '%', share: true },
  ownerCommits: { label: 'Commits by the owning team', unit: 'commits' },
  openBlocking: { label: 'Open blocking dependencies it provides', unit: 'dependencies' },
  consumers: { label: 'Teams waiting on it', unit: 'teams' },
  shareOfOpenBlocking: { label: 'Share of all open blocking dependencies', unit: '%', share: true },
  overdue: { label: 'Of them overdue', unit: 'dependencies' },
  pages: { label: 'Pages in the window', unit: 'pages' },
  topResponderPages: { label: 'Pages answered by one person', unit: 'pages' },
  topResponderShare: { label: 'Share of pages answered by one person', unit: '%', share: true },
  responders: { label: 'People answering pages', unit: 'people' },
};

/** Thresholds the assessment does not report itself but applies (assess/org-health/thresholds.ts). */
const IMPLIED_THRESHOLDS: Record<string, number> = {
  truckFactorFloor: 2,
  maxManagers: 1,
  maxTeams: 2,
  declaredCalls: 0,
  outsideLimit: 0.5,
};

/** Bounds the assessment reports beside the measured figure; shown as thresholds, not as figures. */
const BOUNDS = new Set(['capacity', 'max', 'min', 'maxDays']);

export function toFigures(issue: OrgHealthIssue, windowDays: number): EvidenceFigure[] {
  return Object.entries(issue.metrics)
    .filter(([key]) => !BOUNDS.has(key))
    .map(([key, value]) => {
      const known = METRIC_LABELS[key] ?? { label: key, unit: 'count' };
      const scale = (n: number) => (known.share ? percent(n) : n);
      const bound = known.threshold
        ? (issue.metrics[known.threshold] ?? IMPLIED_THRESHOLDS[known.threshold])
        : undefined;
      const figure: EvidenceFigure = {
        metric: `org-health.${issue.rule}.${key}`,
        label: known.label,
        value: scale(value),
        unit: known.unit,
        scope: issue.subject,
      };
      if (bound !== undefined) figure.threshold = scale(bound);
      if (key === 'commits' || key === 'pages') figure.n = value;
      if (key === 'commits' || key === 'pages') figure.label = `${known.label} (${windowDays} days)`;
      return figure;
    });
}

export interface OrgHealthRuleSpec {
  id: string;
  title: string;
  concern: string;
  severity: FindingSeverity;
  description: string;
  /** The assessment rule and the checks of it this advisor rule carries. */
  source: { rule: string; checks: readonly string[] };
  /** Subjects of these kinds only (`service`, `team`, `person`). */
  subjectKinds?: readonly string[];
  headline: (issues: readonly OrgHealthIssue[]) => string;
  why: string;
  actions: readonly string[];
  fallbackOwner: string;
  /** Who should act when it is not the subject's team lead (e.g. a person's line manager). */
  owner?: (snapshot: AdvisorSnapshot, subject: string) => string | null;
}

/** An advisor rule over the org health assessment: one finding per subject, at its worst severity. */
export function fromOrgHealth(spec: OrgHealthRuleSpec): OrgRule {
  return {
    id: spec.id,
    title: spec.title,
    concern: spec.concern,
    severity: spec.severity,
    description: spec.description,
    evaluate(snapshot) {
      const part = snapshot.org.orgHealth;
      if (!part) return [];
      const bySubject = new Map<string, OrgHealthIssue[]>();
      for (const issue of part.issues) {
        if (issue.rule !== spec.source.rule || !spec.source.checks.includes(issue.check)) continue;
        if (spec.subjectKinds && !spec.subjectKinds.includes(issue.subject.split(':')[0] ?? '')) continue;
        bySubject.set(issue.subject, [...(bySubject.get(issue.subject) ?? []), issue]);
      }
      return [...bySubject].map(([subject, issues]): FindingDraft => {
        const severity = worst(issues.map((issue) => issue.severity));
        const capped = RANK[severity] < RANK[spec.severity] ? spec.severity : severity;
        return {
          rule: spec.id,
          subject,
          severity: capped,
          title: spec.headline(issues),
          summary: issues.map((issue) => issue.detail).join(' '),
          why: spec.why,
          actions: unique([...spec.actions, ...issues.map((issue) => issue.recommendation)]).slice(0, 4),
          owner: spec.owner?.(snapshot, subject) ?? ownerOf(snapshot.model, subject, spec.fallbackOwner),
          evidence: {
            figures: issues.flatMap((issue) => toFigures(issue, part.windowDays)),
            records: unique(issues.flatMap((issue) => issue.records)),
          },
          concern: spec.concern,
        };
      });
    },
  };
}
