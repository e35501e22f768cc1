/** The answers the organization page reads: teams with their profile, services, org health, dependencies. */

export type TeamType = 'stream-aligned' | 'platform' | 'enabling' | 'complicated-subsystem';
export type InteractionMode = 'collaboration' | 'x-as-a-service' | 'facilitating';

export interface LoadAssessment {
  date: string;
  intrinsic: number;
  extraneous: number;
  total: number;
  capacity: number;
  status: string;
}

export interface TeamInteraction {
  mode: InteractionMode | string;
  with: string;
  since: string | null;
  until: string | null;
  purpose: string | null;
  state: string;
  days: number | null;
  flag: string | null;
}

export interface Team {
  ref: string;
  name: string;
  title: string | null;
  type: TeamType | string;
  mission: string | null;
  lead: string | null;
  members: { person: string; allocation: number }[];
  services: string[];
  profile: {
    size: { headcount: number; fte: number; range: [number, number]; status: string };
    services: number;
    load: LoadAssessment[];
    latestLoad: LoadAssessment | null;
    loadTrend: number | null;
    interactions: TeamInteraction[];
  };
}

export interface TeamList {
  asOf: string;
  notes: string[];
  items: Team[];
  total: number;
}

export interface Service {
  ref: string;
  name: string;
  title: string | null;
  owner: string | null;
  tier: number | null;
  lifecycle: string | null;
  dependsOn: string[];
}

export interface DependencyEdge {
  ref: string;
  name: string;
  from: string;
  to: string;
  what: string;
  type: string;
  status: string;
  risk: string;
  neededBy: string | null;
  open: boolean;
  overdue: boolean;
  daysToNeededBy: number | null;
}

export interface DependencyGraph {
  asOf: string;
  nodes: { team: string; provides: number; consumes: number; openBlockingConsumed: number }[];
  edges: DependencyEdge[];
}

export interface HiddenDependency {
  provider: string;
  consumer: string;
  services: { from: string; to: string }[];
  reverseDeclared: string[];
}

export interface OrgHealthFinding {
  id: string;
  rule: string;
  check: string;
  severity: string;
  subject: string;
  title: string;
  detail: string;
  recommendation: string;
}

export interface OrgHealth {
  asOf: string;
  window: { from: string; to: string; days: number };
  team: string | null;
  counts: Record<string, number>;
  findings: OrgHealthFinding[];
}

export interface ChartPerson {
  person: string;
  displayName: string;
  role: string | null;
  teams: string[];
  span: number;
  total: number;
  reports: ChartPerson[];
}

export interface OrgChart {
  asOf: string;
  roots: ChartPerson[];
}
