/**
 * The org part of the advisor snapshot: organization design, dependencies, knowledge, planning and the
 * registers, as plain data copied from what the services already computed (services/advisor/
 * snapshot-org.ts). Each field is `null` when its source does not exist in the workspace (no register, no
 * plan, no OKR quarter): a rule over a `null` field raises nothing. Days are local `YYYY-MM-DD`.
 */

/** One result of the org health assessment (assess/org-health), as its service reported it. */
export interface OrgHealthIssue {
  /** The assessment's rule: `hero-culture`, `cognitive-load`, `matrix-management`, … */
  rule: string;
  /** Which check of that rule fired: `truck-factor-one`, `assessed-load`, … */
  check: string;
  severity: 'high' | 'medium' | 'low';
  subject: string;
  title: string;
  detail: string;
  metrics: Record<string, number>;
  records: string[];
  recommendation: string;
}

export interface OrgHealthPart {
  /** Days of commit and page evidence the assessment read. */
  windowDays: number;
  issues: OrgHealthIssue[];
}

export interface DependencyFact {
  ref: string;
  provider: string;
  consumer: string;
  what: string;
  type: string;
  status: string;
  risk: string;
  neededBy: string | null;
  open: boolean;
  daysOverdue: number | null;
  daysToNeededBy: number | null;
  services: string[];
}

export interface KeyResultFact {
  id: string;
  title: string;
  owner: string | null;
  status: 'on-track' | 'at-risk' | 'off-track' | 'not-started' | 'no-data' | string;
  /** Share of the way from baseline to target, or null without a reading. */
  progress: number | null;
  current: number | null;
  target: number;
  unit: string;
  /** The catalog metric it reads, or null for a key result kept by check-ins. */
  metric: string | null;
}

export interface ObjectiveFact {
  id: string;
  title: string;
  owner: string | null;
  team: string | null;
  keyResults: KeyResultFact[];
}

export interface OkrPart {
  quarter: string;
  /** Share of the quarter elapsed on the as-of day (0 to 1). */
  elapsed: number;
  objectives: ObjectiveFact[];
  /** Check-ins the OKR linter finds missing for too long, by key result. */
  staleCheckIns: { objective: string; keyResult: string; message: string }[];
}

export interface InitiativeFact {
  id: string;
  title: string;
  owner: string | null;
  teams: string[];
  target: string;
  /** Days past target with work still open, when the initiative is slipping. */
  daysLate: number | null;
  /** Forecast finish beyond target, when a forecast says it will slip. */
  forecast: string | null;
  slipping: boolean;
  openItems: number | null;
  reason: string;
}

export interface CapacityCategoryFact {
  actual: number;
  target: number;
  items: number;
}

export interface TeamCapacityFact {
  team: string;
  /** Work items the shares stand on. */
  n: number;
  categories: Record<string, CapacityCategoryFact>;
}

export interface CapacityPart {
  window: { from: string; to: string };
  /** Items a team needs before its split is judged. */
  minimumItems: number;
  teams: TeamCapacityFact[];
}

export interface RiskFact {
  id: string;
  title: string;
  status: string;
  owner: string | null;
  teams: string[];
  services: string[];
  reviewDate: string;
  reviewOverdue: boolean;
  residual: { score: number; level: string };
  mitigations: number;
  overdueMitigations: { action: string; owner: string | null; due: string }[];
  breachedIndicators: {
    metric: string;
    scope: string;
    value: number;
    threshold: number;
    bad: string;
    n: number;
  }[];
}

export interface DebtFact {
  id: string;
  title: string;
  status: string;
  owner: string | null;
  teams: string[];
  services: string[];
  priority: number;
  rank: number | null;
  reviewDate: string;
  daysOverdue: number;
}

export interface VendorFact {
  id: string;
  name: string;
  owner: string | null;
  annualCost: number | null;
  currency: string | null;
  autoRenew: boolean | null;
  daysToRenewal: number | null;
  daysToNotice: number | null;
  renewal: string | null;
  /** The last scorecard's day, or null when it was never scored. */
  lastScored: string | null;
  reviewDate: string | null;
  reviewOverdue: boolean;
  /** Per SLA: months measured and months missed. */
  slas: { name: string; months: number; missed: number }[];
}

export interface ControlFact {
  id: string;
  title: string;
  owner: string;
  teams: string[];
  services: string[];
  evidence: 'fresh' | 'stale' | 'missing';
  /** Age of the oldest stale evidence item in days, or null. */
  staleDays: number | null;
  nextReview: string | null;
  reviewOverdue: boolean;
}

export interface BudgetCategoryFact {
  category: string;
  plan: number;
  forecast: number;
  /** Forecast over (+) or under (−) plan in percent; null when the plan is zero. */
  forecastPercent: number | null;
  yearToDatePercent: number | null;
}

export interface BudgetPart {
  year: number;
  currency: string;
  /** Percent a category may drift from plan before it is flagged. */
  tolerance: number;
  categories: BudgetCategoryFact[];
  total: { plan: number; forecast: number; forecastPercent: number | null };
}

export interface DecisionFact {
  id: string;
  title: string;
  status: string;
  tags: string[];
  deciders: string[];
  waitingDays: number | null;
}

export interface DecisionsPart {
  /** Days an ADR may stay proposed. */
  waitLimitDays: number;
  decisions: DecisionFact[];
}

export interface ArchitectureReviewFact {
  id: string;
  title: string;
  team: string | null;
  state: string;
  waitingDays: number | null;
  unanswered: number;
  overdueConditions: number;
  adr: string | null;
}

export interface DecisionAreaFact {
  id: string;
  title: string;
  /** People the decider resolves to (a role nobody holds resolves to none). */
  deciders: number;
  decidedBy: string;
}

export interface DecisionRightsPart {
  areas: DecisionAreaFact[];
  /** ADR tags used by two or more decisions for which no decision area answers. */
  uncoveredTopics: { topic: string; decisions: string[] }[];
}

export interface RitualFact {
  name: string;
  title: string;
  owner: string | null;
  pack: string | null;
  every: string;
}

export interface ExperimentFact {
  id: string;
  title: string;
  owner: string | null;
  status: string;
  /** Last day of the experiment window. */
  ended: string;
  /** Days since the window ended without a decision, or null when decided or still running. */
  daysUndecided: number | null;
}

export interface FrameworkPart {
  total: number;
  adopted: number;
  unrecorded: number;
  adoptedShare: number | null;
  /** Concerns with nothing adopted or partly adopted yet. */
  uncoveredConcerns: { id: string; title: string; total: number }[];
  staleEvidence: { procedure: string; owner: string | null; ageDays: number }[];
  overdueReviews: { procedure: string; owner: string | null; daysOverdue: number }[];
}

export interface OrgPart {
  orgHealth: OrgHealthPart | null;
  dependencies: DependencyFact[] | null;
  okrs: OkrPart | null;
  roadmap: InitiativeFact[] | null;
  capacity: CapacityPart | null;
  risks: RiskFact[] | null;
  debt: DebtFact[] | null;
  vendors: VendorFact[] | null;
  controls: ControlFact[] | null;
  budget: BudgetPart | null;
  decisions: DecisionsPart | null;
  architectureReviews: ArchitectureReviewFact[] | null;
  decisionRights: DecisionRightsPart | null;
  rituals: RitualFact[] | null;
  experiments: ExperimentFact[] | null;
  framework: FrameworkPart | null;
}
