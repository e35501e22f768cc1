/** The answers the registers page reads, as far as it shows them. */

export interface Named {
  ref: string;
  name: string;
}

export interface Assessment {
  likelihood: number;
  impact: number;
  score: number;
  level: 'low' | 'medium' | 'high' | 'critical' | string;
  assessed?: boolean;
}

export interface Risk {
  id: string;
  title: string;
  category: string;
  status: string;
  owner: Named | null;
  teams: string[];
  reviewDate: string | null;
  reviewOverdue: boolean;
  inherent: Assessment;
  residual: Assessment;
  mitigations: { action: string; due: string | null; status: string; overdue: boolean }[];
  overdueMitigations: number;
  indicators: { metric: { title: string }; status: string }[];
  breachedIndicators: number;
}

export interface RiskList {
  asOf: string;
  counts: { total: number; reviewOverdue: number; overdueMitigations: number; breachedIndicators: number };
  items: Risk[];
  total: number;
  registerTotal: number;
}

export interface HeatMap {
  asOf: string;
  /** `inherent[likelihood - 1][impact - 1]`: how many risks sit there. */
  inherent: number[][];
  residual: number[][];
  inherentIds: string[][][];
  residualIds: string[][][];
  total: number;
  byLevel: { inherent: Record<string, number>; residual: Record<string, number> };
}

export interface Debt {
  id: string;
  title: string;
  teams: string[];
  services: string[];
  owner: string | null;
  ownerName: string | null;
  reviewDate: string | null;
  status: string;
  score: { impact: number; costOfDelay: number; effort: number; risk: number };
  priority: number;
  /** Null for debt that is resolved. */
  rank: number | null;
  reviewOverdue: boolean;
  daysOverdue: number;
}

export interface DebtSpend {
  team: string;
  target: number;
  total:
    | { kind: 'value'; actual: number; target: number; deviation: number; debtItems: number; n: number }
    | { kind: string; needs?: string };
}

export interface DebtList {
  asOf: string;
  overdue: string[];
  spend: { window: { from: string; to: string }; teams: DebtSpend[] };
  items: Debt[];
  total: number;
  registerTotal: number;
}

export interface Decision {
  id: string;
  title: string;
  status: string;
  date: string | null;
  deciders: Named[];
  teams: string[];
  tags: string[];
  supersededBy: string | null;
  waitingDays: number | null;
}

export interface DecisionList {
  today: string;
  waitLimitDays: number;
  counts: Record<string, number>;
  waiting: string[];
  items: Decision[];
  total: number;
  registerTotal: number;
}

export interface Review {
  id: string;
  title: string;
  submitter: Named | null;
  team: string | null;
  submitted: string;
  adr: { id: string; title: string; status: string } | null;
  state: string;
  decided: string | null;
  waitingDays: number | null;
  daysToDecision: number | null;
  unanswered: string[];
  concerns: number;
  openConditions: number;
  overdueConditions: number;
}

export interface ReviewList {
  today: string;
  pending: { id: string; waitingDays: number }[];
  items: Review[];
  total: number;
  registerTotal: number;
}

export interface Vendor {
  id: string;
  name: string;
  category: string;
  owner: Named | null;
  teams: string[];
  reviewDate: string | null;
  reviewOverdue: boolean;
  contract: {
    annualCost: number;
    currency: string;
    end: string | null;
    renewal: string | null;
    noticeDays: number;
    autoRenew: boolean;
  };
  renewal: {
    renewal: string;
    noticeDeadline: string;
    daysToRenewal: number;
    daysToNotice: number;
    noticePassed: boolean;
  } | null;
  slaMisses: number;
  latestScore: number | null;
  lockIn: { level: string; reasons: string[] } | null;
}

export interface VendorList {
  asOf: string;
  annualCost: Record<string, number>;
  items: Vendor[];
  total: number;
  registerTotal: number;
}

export interface Renewal {
  vendor: { id: string; name: string; category: string };
  owner: Named | null;
  renewal: string;
  noticeDeadline: string;
  daysToRenewal: number;
  daysToNotice: number;
  noticePassed: boolean;
  annualCost: number;
  currency: string;
  autoRenew: boolean;
}

export interface RenewalList {
  asOf: string;
  days: number;
  items: Renewal[];
  total: number;
}

export interface Variance {
  amount: number;
  percent: number;
  flag: 'on-plan' | 'over' | 'under' | string;
}

export interface BudgetCategory {
  category: string;
  plan: number;
  months: {
    month: string;
    closed: boolean;
    plan: number;
    actual: number | null;
    variance: Variance | null;
  }[];
  yearToDate: { plan: number; actual: number; variance: Variance };
  forecast: { amount: number; variance: Variance } | null;
  notes: string[];
}

export interface Budget {
  year: number;
  currency: string;
  tolerance: number;
  asOf: string;
  months: string[];
  closedMonths: string[];
  categories: BudgetCategory[];
  total: {
    plan: number;
    yearToDate: { plan: number; actual: number; variance: Variance };
    forecast: { amount: number; variance: Variance } | null;
  };
}

export interface Control {
  id: string;
  framework: string;
  control: string;
  title: string;
  owner: string | null;
  teams: string[];
  state: string;
  evidence: {
    title: string;
    collected: string | null;
    freshUntil: string | null;
    state: string;
    ageDays: number | null;
  }[];
  reviewed: string | null;
  nextReview: string | null;
  reviewOverdue: boolean;
}

export interface Readiness {
  frameworks: {
    framework: string;
    title: string;
    controls: number;
    fresh: number;
    stale: number;
    missing: number;
    readyPercent: number;
    gaps: { id: string; title: string; state: string }[];
    untracked: number;
  }[];
}
