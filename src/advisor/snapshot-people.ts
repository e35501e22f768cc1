/**
 * The people part of the advisor snapshot (filled by services/advisor/snapshot-people.ts from the people
 * services, read as the local operator). It keeps only figures the services already let through: a group
 * figure the services withheld (under MIN_GROUP_SIZE, or by complement) is simply absent here, so a rule
 * can never put it into a finding. It holds no compensation and no rating: the rules point to the talent
 * review for those. Each section is `null` when its source has no data at all.
 */

/** A number over a group, with how many people, applications or respondents it stands on (always ≥ 5). */
export interface CountedValue {
  value: number;
  n: number;
}

export interface HiringPosition {
  id: string;
  role: string;
  team: string;
  priority: 'critical' | 'standard';
  targetDate: string;
  daysOverdue: number;
}

export interface HiringFacts {
  window: { from: string; to: string };
  /** Share of due critical positions filled on plan; null when none was due. */
  attainment: {
    value: number;
    filledOnPlan: number;
    due: number;
    target: number;
    positions: string[];
  } | null;
  /** Open positions past their target date, most overdue first. */
  overdue: HiringPosition[];
  timeToFill: {
    median: CountedValue | null;
    positions: { id: string; level: string; days: number; target: number; withinTarget: boolean }[];
  };
  /** The funnel, when it covers at least MIN_GROUP_SIZE applications. */
  funnel: {
    applications: number;
    /** Only the stages shown (each at least MIN_GROUP_SIZE applications). */
    stages: {
      stage: string;
      reached: number;
      conversion: CountedValue | null;
      medianDays: CountedValue | null;
    }[];
    /** The lowest-converting stage, and the slowest one, when shown. */
    bottleneck: { stage: string; conversion: number; decided: number; slowest: string | null } | null;
    /** Offers accepted ÷ offers decided, when at least MIN_GROUP_SIZE offers were extended. */
    offerAcceptance: { rate: number; accepted: number; declined: number; offers: number } | null;
  } | null;
  /** Interviewers with a calibration figure (n ≥ 5 compared scorecards). */
  calibration: {
    interviewer: string;
    name: string;
    deviation: number;
    n: number;
    flag: 'high' | 'low' | 'calibrated';
  }[];
}

export interface OnboardingPlanFacts {
  person: string;
  name: string;
  /** The new hire's manager (people.yaml), who owns the plan. */
  manager: string | null;
  start: string;
  dayOfPlan: number;
  phase: string;
  /** Checkpoints (30, 60, 90) overdue on the day. */
  overdue: number[];
  latestStatus: { status: 'on-track' | 'at-risk' | 'off-track'; date: string } | null;
  firstPullRequest: { days: number; recordIds: string[] } | null;
}

export interface OnboardingFacts {
  plans: OnboardingPlanFacts[];
  /** Closed fiscal quarters shown (at least MIN_GROUP_SIZE hires each). */
  cohorts: { quarter: string; hires: number; productiveShare: number; within: number; target: number }[];
}

export interface TalentFacts {
  roles: number;
  rolesWithoutSuccessor: {
    role: string;
    title: string;
    holder: string;
    holderName: string;
    services: string[];
  }[];
  /** Critical services only one person knows; null when the git history was not assessed. */
  soleExperts: { service: string; expert: string; roles: string[] }[] | null;
  flightRisks: {
    person: string;
    name: string;
    severity: 'critical' | 'elevated';
    aggravations: string[];
    holds: string[];
    onlySuccessorOf: string[];
  }[];
  /** Coverage over critical roles; null under MIN_GROUP_SIZE roles. */
  coverage: { roles: number; readyNow: number; readyNowRatio: number; withSuccessor: number } | null;
}

export interface LeaverCounts {
  count: number;
  annualizedRate: number;
  refs: string[];
}

export interface AttritionGroupFacts {
  key: string;
  label: string;
  /** People on staff on any day of the window (at least MIN_GROUP_SIZE). */
  n: number;
  averageHeadcount: number;
  all: LeaverCounts;
  regrettable: LeaverCounts | null;
}

export interface AttritionFacts {
  window: { from: string; to: string };
  org: AttritionGroupFacts | null;
  /** Team cells shown by the service's protected breakdown. */
  teams: AttritionGroupFacts[];
  promotions: {
    n: number;
    count: number;
    annualizedRate: number;
    quarters: { quarter: string; n: number; count: number; days: number }[];
  } | null;
  /** Promotion comparisons of analysed groups (group and rest both at least MIN_GROUP_SIZE); never pay. */
  equity: {
    dimension: string;
    group: string;
    n: number;
    promoted: number;
    rate: number;
    restN: number;
    restRate: number;
    p: number;
  }[];
}

export interface SurveyItemFacts {
  id: string;
  text: string;
  area: string | null;
  mean: number;
  answered: number;
  change: number | null;
}

export interface SurveyGroupFacts {
  /** `org` or a team reference. */
  scope: string;
  respondents: number;
  items: SurveyItemFacts[];
}

export interface SurveyRoundRef {
  id: string;
  title: string;
  closes: string;
}

export interface SurveyFacts {
  /** Closed rounds shown (at least MIN_GROUP_SIZE respondents), with the staff on the day they closed. */
  participation: (SurveyRoundRef & { kind: string; respondents: number; staff: number })[];
  enps: (SurveyRoundRef & { respondents: number; score: number; change: number | null }) | null;
  pulse: (SurveyRoundRef & { org: SurveyGroupFacts }) | null;
  /** The latest developer-experience round: the organization and every team shown. */
  dx: (SurveyRoundRef & { org: SurveyGroupFacts | null; teams: SurveyGroupFacts[] }) | null;
}

export interface DxAreaFacts {
  area: string;
  measure: {
    id: string;
    label: string;
    status: 'meets' | 'misses' | 'no-data';
    target: number;
    unit: string;
    value: number | null;
    n: number;
    recordIds: string[];
  } | null;
  survey: { kind: string; mean: number | null };
  reading: string;
  readingText: string;
}

export interface DxFacts {
  window: { from: string; to: string };
  survey: string | null;
  areas: DxAreaFacts[];
}

export interface PeoplePart {
  /** People on staff on the as-of day. */
  headcount: number;
  hiring: HiringFacts | null;
  onboarding: OnboardingFacts | null;
  talent: TalentFacts | null;
  attrition: AttritionFacts | null;
  surveys: SurveyFacts | null;
  dx: DxFacts | null;
}
