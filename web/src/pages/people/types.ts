/**
 * The shapes of the people endpoints' answers, as far as the People page reads them. A figure about a
 * group is either shown (with its size) or withheld by the server; the page never works out a withheld one.
 */

export type Withheld = { kind: 'suppressed'; reason: 'small-group' | 'complement'; minimum: number };
export type GroupFigure<T> = ({ kind: 'shown'; n: number } & T) | Withheld;
export type Tagged<T> =
  | ({ kind: 'value' } & T)
  | { kind: 'insufficient-data'; n?: number; needs: string | number };

export interface HiringFunnel {
  from: string;
  to: string;
  scope: string;
  stageOrder: string[];
  funnel: GroupFigure<{
    stages: {
      stage: string;
      figure: GroupFigure<{
        conversion: Tagged<{ value: number; decided: number; movedOn: number }> | null;
        medianDaysInStage: Tagged<{ days: number; n: number }>;
        inStage: number;
      }>;
    }[];
    bottleneck:
      | Tagged<{
          stage: string;
          conversion: number;
          decided: number;
          slowest: { stage: string; medianDays: number } | null;
        }>
      | { kind: 'suppressed' };
    offerAcceptance: GroupFigure<{
      rate: Tagged<{ value: number; accepted: number; declined: number; pending: number }>;
    }>;
  }>;
}

export interface Position {
  id: string;
  role: string;
  level: string;
  team: string;
  opened: string;
  targetDate: string;
  budgeted: boolean;
  priority: string;
  status: string;
  hiringManager: string | null;
}

export interface HiringPlan {
  from: string;
  to: string;
  byStatus: { open: number; filled: number; cancelled: number };
  unbudgeted: number;
  attainment: Tagged<{ value: number; filledOnPlan: number; due: number; target: number }>;
  overdue: {
    id: string;
    role: string;
    team: string;
    priority: string;
    targetDate: string;
    daysOverdue: number;
  }[];
  timeToFill: {
    positions: {
      id: string;
      level: string;
      opened: string;
      filled: string;
      days: number;
      target: number;
      withinTarget: boolean;
    }[];
    median: Tagged<{ days: number; n: number }>;
  };
  positions: Position[];
}

export interface TalentGrid {
  cycle: { id: string; date: string } | null;
  ratingsSource: string;
  team: string | null;
  boxes: {
    id: string;
    name: string;
    performance: 'low' | 'medium' | 'high';
    potential: 'low' | 'medium' | 'high';
    advice: string;
    people: { ref: string; name: string }[];
  }[];
  unplaced: { person: { ref: string; name: string }; reasons: string[] }[];
  unmappedRatings: { rating: string; people: number }[];
}

export interface LeaverFigure {
  count: number;
  annualizedRate: number;
}

export type AttritionFigure =
  | GroupFigure<{
      averageHeadcount: number;
      leavers: { all: LeaverFigure } & Partial<
        Record<'regrettable' | 'nonRegrettable' | 'voluntary' | 'involuntary' | 'unclassified', LeaverFigure>
      >;
    }>
  | { kind: 'insufficient-data'; needs: string };

export interface Window {
  from: string;
  to: string;
}

export interface AttritionSummary {
  window: Window;
  minimum: number;
  scope: AttritionFigure;
  trend: { quarter: string; window: Window; figure: AttritionFigure }[];
  breakdown: {
    by: 'team' | 'tenure';
    cells: { key: string; label: string; figure: AttritionFigure }[];
  } | null;
}

export type PromotionFigure =
  | GroupFigure<{ averageHeadcount: number; promotions: number; annualizedRate: number }>
  | { kind: 'insufficient-data'; needs: string };

export interface PromotionSummary {
  window: Window;
  minimum: number;
  scope: PromotionFigure;
  trend: { quarter: string; window: Window; figure: PromotionFigure }[];
}

export interface SurveyHeader {
  id: string;
  kind: string;
  title: string;
  opens: string;
  closes: string;
}

export interface SurveyListEntry extends SurveyHeader {
  status: 'upcoming' | 'open' | 'closed';
  items: number;
  respondents: GroupFigure<Record<never, never>>;
}

export type ItemFigure =
  | {
      kind: 'value';
      answered: number;
      mean: number;
      favourable: number | null;
      change: number | null;
    }
  | { kind: 'insufficient-data'; needs: number };

export interface SurveyItemResult {
  id: string;
  text: string;
  area: string | null;
  min: number;
  max: number;
  figure: ItemFigure;
}

export type EnpsFigure =
  | {
      kind: 'value';
      answered: number;
      score: number;
      promoters: number;
      passives: number;
      detractors: number;
      change: number | null;
    }
  | { kind: 'insufficient-data'; needs: number };

export interface SurveyGroup {
  key: string;
  figure: GroupFigure<{ items: SurveyItemResult[]; enps: EnpsFigure | null }>;
}

export interface SurveyResults {
  survey: SurveyHeader;
  previous: SurveyHeader | null;
  scope: string;
  minimum: number;
  groups: SurveyGroup[];
}

export type CohortState =
  | { kind: 'open'; closesOn: string }
  | GroupFigure<{
      medianDaysToFirstPullRequest: Tagged<{ days: number; n: number }>;
      productiveWithin: {
        days: number;
        value: number;
        numerator: number;
        denominator: number;
        target: number;
        meetsTarget: boolean;
      };
    }>;

export interface OnboardingCohort {
  fiscalYear: number;
  quarters: { quarter: string; from: string; to: string; state: CohortState }[];
  year: CohortState;
  asOf: string;
  observedFrom: string | null;
  note: string | null;
}
