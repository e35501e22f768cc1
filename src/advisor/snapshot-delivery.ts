/**
 * The delivery part of the advisor snapshot (filled by services/advisor/snapshot-delivery.ts): delivery,
 * quality, reliability, security and engineering-health figures, already computed by the metric engine
 * and the reliability services. Plain data, so the rules stay pure and their tests hand-made.
 *
 * A figure is `null` when its metric had too little data (the metric said `insufficient-data`): a rule
 * never judges a missing figure. Every figure keeps its sample size and a few of its records, so a finding
 * can show what it stands on.
 */

/** Local calendar days, both inclusive (`YYYY-MM-DD`). */
export interface DayWindow {
  from: string;
  to: string;
}

/** One metric reading: its value, how many records it stands on, and (some of) those records. */
export interface DeliveryFigure {
  value: number;
  n: number;
  /** The records behind the figure, at most 20 (deployments, incidents, pull requests …). */
  recordIds: string[];
}

/** The same figure over the snapshot's window and the window before it, for trends. */
export interface FigurePair {
  current: DeliveryFigure | null;
  previous: DeliveryFigure | null;
}

/** The figures of one scope: the organization or one team. */
export interface ScopeDelivery {
  /** `org` or a team reference. */
  subject: string;
  /** Who acts on the scope: the team itself, or null for the organization. */
  owner: string | null;
  /** Failed production deployments ÷ production deployments (fraction). */
  changeFailureRate: FigurePair;
  /** Median change lead time (seconds). */
  leadTime: FigurePair;
  /** Successful production deployments in the window (count). */
  deployments: FigurePair;
  /** Pull requests merged without a review by someone else (fraction). */
  mergedWithoutReview: DeliveryFigure | null;
  /** Successful CI runs ÷ finished CI runs (fraction). */
  buildSuccessRate: DeliveryFigure | null;
  /** Share of commits whose CI both failed and passed (fraction). */
  flakyBuilds: DeliveryFigure | null;
  /** Median pipeline duration (seconds). */
  buildDuration: DeliveryFigure | null;
  /** Work in progress ÷ weekly throughput (ratio, weeks of work open). */
  wipToThroughput: DeliveryFigure | null;
  /** Releases rolled back ÷ releases (fraction). */
  rollbackRate: DeliveryFigure | null;
  /** Hotfix releases per 30 days (n = hotfixes). */
  hotfixesPerMonth: DeliveryFigure | null;
  /** On-call pages per person on call per week (n = pages). */
  pagesPerPersonWeek: DeliveryFigure | null;
  /** Share of pages outside working hours (fraction, n = pages). */
  outOfHoursShare: DeliveryFigure | null;
}

/** Production deployments and failed ones on one weekday (1 = Monday … 7 = Sunday, workspace time zone). */
export interface WeekdayOutcome {
  weekday: number;
  deployments: number;
  failed: number;
  /** The failed deployments, at most 20. */
  failedIds: string[];
}

/** How a domain's production deployments fared by weekday over the snapshot's two windows together. */
export interface DomainWeekdays {
  /** `domain:default/commerce`. */
  subject: string;
  owner: string | null;
  window: DayWindow;
  weekdays: WeekdayOutcome[];
}

/** A team's median time to first review over consecutive periods, oldest first. */
export interface ReviewTrend {
  subject: string;
  owner: string | null;
  periods: { window: DayWindow; figure: DeliveryFigure | null }[];
}

export interface SeverityFigure {
  severity: string;
  figure: DeliveryFigure | null;
}

/** A postmortem that is due and missing, or an open postmortem action item past its due day. */
export interface MissingPostmortem {
  incident: string;
  severity: string;
  dueDay: string;
}

export interface OverdueActionItem {
  incident: string;
  title: string;
  owner: string | null;
  due: string;
  daysOverdue: number;
}

export interface IncidentDelivery {
  /** Median time to resolve, per severity (seconds); only the severities the rules judge. */
  timeToResolve: SeverityFigure[];
  /** Incidents repeating an earlier one's root cause within 90 days ÷ incidents (fraction). */
  recurrence: DeliveryFigure | null;
  /** Postmortems required, due and not published, among incidents resolved in the window. */
  missingPostmortems: MissingPostmortem[];
  /** Open postmortem action items past their due day, now. */
  overdueActionItems: OverdueActionItem[];
}

/** One declared SLO over its own rolling window, at the snapshot's instant. */
export interface SloDelivery {
  /** The service reference (`service:default/checkout-api`). */
  subject: string;
  owner: string | null;
  tier: number;
  slo: string;
  /** The objective, as a fraction (0.999). */
  objective: number;
  attainment: number;
  /** Error budget left (fraction of the budget; negative once overspent). */
  budgetRemaining: number | null;
  /** Valid events the attainment stands on. */
  n: number;
  window: DayWindow;
  recordId: string;
}

/** Open vulnerabilities past their remediation SLA now, for one owning team (or none). */
export interface OverdueVulnerabilities {
  /** The owning team, or `org` for findings no team owns. */
  subject: string;
  owner: string | null;
  bySeverity: { severity: string; count: number; slaDays: number | null; maxDaysOverdue: number }[];
  recordIds: string[];
}

export interface DeliveryPart {
  /** The snapshot's window (the last 12 weeks up to `asOf`) and the 12 weeks before it. */
  window: DayWindow;
  previousWindow: DayWindow;
  /** The organization first, then each team with figures. */
  scopes: ScopeDelivery[];
  domainWeekdays: DomainWeekdays[];
  reviewTrends: ReviewTrend[];
  incidents: IncidentDelivery;
  slos: SloDelivery[];
  vulnerabilities: OverdueVulnerabilities[];
}
