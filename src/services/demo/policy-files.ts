/**
 * The demo's framework adoption (registers/policies.yaml): about a quarter of the catalog's procedures,
 * with a realistic mix of statuses, owned by the demo's leaders and team leads, evidence dated relative to
 * the day the data ends. One procedure's newest evidence is older than the staleness limit (the disaster
 * recovery drill), one review is past its date (the penetration test), and one partial procedure has no
 * evidence yet (security training). Entries whose owner or team the organization lacks are left out.
 */
import { stringify } from 'yaml';
import type { AdoptionStatus } from '../../domain/policy.js';
import type { PlanningInputs } from './planning-files.js';
import { addDays } from './time.js';
import type { DemoFile } from './yaml-files.js';

/** An owner: a role in the demo organization, or the lead of a team (`lead:team`). */
type Owner = string;

interface Entry {
  procedure: string;
  status: AdoptionStatus;
  owner?: Owner;
  teams?: string[];
  /** Evidence link, title, and age in days before the day the data ends. */
  evidence?: [link: string, title: string, age: number];
  /** Next review, in days from the day the data ends (negative: already past). */
  review?: number;
  note?: string;
}

const VP = 'VP Engineering';
const STAFF = 'Chief of Staff, Engineering';
const PRINCIPAL = 'Principal Engineer';
const PLATFORM = 'Director of Engineering, Platform';
const OPERATIONS = 'Director of Engineering, Operations';
const COMMERCE = 'Director of Engineering, Commerce';
const TPM = 'Technical Program Manager';
const WIKI = 'https://wiki.fernwood.example';

const ENTRIES: Entry[] = [
  {
    procedure: 'tech.scalability.performance-bar.slo-targets',
    status: 'adopted',
    owner: 'lead:reliability-enablement',
    teams: ['reliability-enablement', 'platform-engineering'],
    evidence: ['model/services.yaml', 'SLOs declared per service', 20],
    review: 70,
  },
  {
    procedure: 'tech.scalability.performance-bar.load-test-calendar',
    status: 'planned',
    owner: PLATFORM,
    review: 40,
    note: 'First load tests before the spring sale.',
  },
  {
    procedure: 'tech.scalability.performance-bar.architecture-review',
    status: 'adopted',
    owner: PRINCIPAL,
    evidence: [`${WIKI}/architecture/review-board`, 'Review board charter', 35],
    review: 90,
  },
  {
    procedure: 'tech.scalability.performance-bar.infrastructure-as-code',
    status: 'partial',
    owner: 'lead:platform-engineering',
    teams: ['platform-engineering'],
    evidence: [`${WIKI}/platform/terraform-layout`, 'Terraform module layout', 60],
    review: 30,
    note: 'The warehouse hosts are still configured by hand.',
  },
  {
    procedure: 'tech.debt.managed-debt.debt-register',
    status: 'adopted',
    owner: PRINCIPAL,
    evidence: ['registers/debt.yaml', 'Debt register', 10],
    review: 60,
  },
  {
    procedure: 'tech.debt.managed-debt.reserved-capacity',
    status: 'adopted',
    owner: COMMERCE,
    teams: ['storefront', 'checkout', 'payments'],
    evidence: ['capacity.yaml', 'Capacity targets per team', 25],
    review: 35,
  },
  {
    procedure: 'tech.debt.managed-debt.ownership-in-goals',
    status: 'not-adopted',
    owner: VP,
    note: 'Debt stays in team objectives, not in individual reviews.',
  },
  {
    procedure: 'tech.reliability.availability.incident-response',
    status: 'adopted',
    owner: OPERATIONS,
    evidence: [`${WIKI}/operations/incident-runbook`, 'Incident runbook', 45],
    review: 45,
  },
  {
    procedure: 'tech.reliability.availability.on-call',
    status: 'adopted',
    owner: 'lead:reliability-enablement',
    evidence: [`${WIKI}/operations/on-call`, 'On-call handbook', 30],
    review: 60,
  },
  {
    procedure: 'tech.reliability.availability.disaster-recovery',
    status: 'partial',
    owner: PLATFORM,
    evidence: [`${WIKI}/platform/dr-drill-spring`, 'Spring recovery drill', 250],
    review: 20,
    note: 'The autumn drill was postponed.',
  },
  {
    procedure: 'tech.reliability.availability.chaos-testing',
    status: 'planned',
    owner: 'lead:reliability-enablement',
    review: 100,
  },
  {
    procedure: 'tech.security.secure-by-default.audits-and-pentests',
    status: 'adopted',
    owner: PLATFORM,
    evidence: [`${WIKI}/security/pentest-2026`, 'External penetration test report', 80],
    review: -12,
  },
  {
    procedure: 'tech.security.secure-by-default.compliance',
    status: 'adopted',
    owner: STAFF,
    evidence: ['registers/controls.yaml', 'Control register', 15],
    review: 40,
  },
  {
    procedure: 'tech.security.secure-by-default.security-training',
    status: 'partial',
    owner: STAFF,
    review: 50,
    note: 'Awareness training booked; secure coding course not chosen yet.',
  },
  {
    procedure: 'tech.product-quality.quality-bar.release-readiness',
    status: 'adopted',
    owner: COMMERCE,
    teams: ['storefront', 'checkout'],
    evidence: [`${WIKI}/delivery/release-checklist`, 'Release checklist', 12],
    review: 75,
  },
  {
    procedure: 'tech.product-quality.quality-bar.ab-testing',
    status: 'adopted',
    owner: 'lead:ranking-ml',
    teams: ['ranking-ml'],
    evidence: [`${WIKI}/ranking/experiment-guide`, 'Ranking experiment guide', 40],
    review: 55,
  },
  {
    procedure: 'tech.architecture.intentional-architecture.documentation',
    status: 'adopted',
    owner: PRINCIPAL,
    evidence: [`${WIKI}/architecture/c4`, 'C4 diagrams', 50],
    review: 40,
  },
  {
    procedure: 'people.talent.attract-and-keep.onboarding',
    status: 'adopted',
    owner: STAFF,
    evidence: [`${WIKI}/people/onboarding-90-days`, '30/60/90-day plan', 90],
    review: 30,
  },
  {
    procedure: 'people.engagement.engaging-workplace.pulse-surveys',
    status: 'partial',
    owner: VP,
    evidence: [`${WIKI}/people/pulse-q3`, 'Q3 pulse results', 55],
    review: 37,
    note: 'Results are not yet shared back team by team.',
  },
  { procedure: 'people.succession.continuity.critical-roles', status: 'planned', owner: VP, review: 60 },
  {
    procedure: 'people.collaboration.cross-functional.syncs',
    status: 'adopted',
    owner: STAFF,
    evidence: ['model/rituals.yaml', 'Leadership rituals', 5],
    review: 90,
  },
  {
    procedure: 'ops.budget.stewardship.annual-plan',
    status: 'adopted',
    owner: STAFF,
    evidence: ['registers/budget-2026.yaml', 'Budget 2026', 30],
    review: 70,
  },
  {
    procedure: 'ops.budget.stewardship.variance-review',
    status: 'adopted',
    owner: TPM,
    evidence: [`${WIKI}/finance/variance-october`, 'October variance notes', 22],
    review: 8,
  },
  {
    procedure: 'ops.delivery-process.improvement.pipelines',
    status: 'adopted',
    owner: 'lead:platform-engineering',
    teams: ['platform-engineering'],
    evidence: [`${WIKI}/platform/pipeline-templates`, 'Pipeline templates', 14],
    review: 90,
  },
  {
    procedure: 'ops.global-alignment.one-way-of-working.leadership-council',
    status: 'not-applicable',
    note: 'One leadership staff meeting already covers every location.',
  },
  {
    procedure: 'ops.risk.managed-risk.register',
    status: 'partial',
    owner: OPERATIONS,
    evidence: [`${WIKI}/operations/risk-review`, 'Risk review notes', 40],
    review: 25,
  },
  {
    procedure: 'ops.communication.transparent-reporting.communication-plan',
    status: 'adopted',
    owner: STAFF,
    evidence: ['model/rituals.yaml', 'Leadership rituals', 5],
    review: 90,
  },
  {
    procedure: 'ops.strategy.aligned-roadmap.multi-year-roadmap',
    status: 'adopted',
    owner: VP,
    evidence: ['roadmap.yaml', 'Roadmap', 18],
    review: 60,
  },
  {
    procedure: 'ops.vendors.vendor-management.lock-in',
    status: 'not-adopted',
    owner: PLATFORM,
    note: 'Lock-in is weighed at selection only.',
  },
  {
    procedure: 'culture.innovation.experimentation.blameless-reviews',
    status: 'adopted',
    owner: OPERATIONS,
    evidence: ['postmortems', 'Postmortems', 8],
    review: 80,
  },
  {
    procedure: 'culture.autonomy.empowered-teams.decision-rights',
    status: 'adopted',
    owner: VP,
    evidence: ['model/decision-rights.yaml', 'Decision rights', 3],
    review: 120,
  },
  {
    procedure: 'culture.accountability.owned-commitments.goals',
    status: 'partial',
    owner: TPM,
    evidence: [`${WIKI}/planning/okr-process`, 'OKR process', 28],
    review: 35,
  },
];

export function buildPolicyFiles(inputs: PlanningInputs): DemoFile[] {
  const { org, asOf } = inputs;
  const current = (person: { endDate?: string }) => person.endDate === undefined || person.endDate >= asOf;
  const ownerName = (owner: Owner): string | undefined => {
    if (owner.startsWith('lead:'))
      return org.teams.find((team) => team.name === owner.slice(5))?.lead ?? undefined;
    return org.people.find((person) => person.role === owner && current(person))?.name;
  };
  const teamNames = new Set(org.teams.map((team) => team.name));
  const procedures = ENTRIES.flatMap((entry) => {
    const owner = entry.owner === undefined ? undefined : ownerName(entry.owner);
    if (entry.owner !== undefined && owner === undefined) return [];
    if (!(entry.teams ?? []).every((team) => teamNames.has(team))) return [];
    const [link, title, age] = entry.evidence ?? [];
    return [
      {
        procedure: entry.procedure,
        status: entry.status,
        ...(owner ? { owner } : {}),
        ...(entry.teams ? { teams: entry.teams } : {}),
        ...(link !== undefined && age !== undefined
          ? { evidence: [{ link, title, date: addDays(asOf, -age) }] }
          : {}),
        ...(entry.review !== undefined ? { review: addDays(asOf, entry.review) } : {}),
        ...(entry.note ? { note: entry.note } : {}),
      },
    ];
  });
  const header =
    '# Framework adoption: which procedures of the built-in framework are adopted, by whom, with what evidence.\n' +
    '# `sextant framework list` shows every procedure id; `sextant framework coverage` sums this file up.\n' +
    `# Generated by \`sextant demo\` (fictional organization), as of ${asOf}.\n`;
  return [
    { path: 'registers/policies.yaml', content: `${header}${stringify({ procedures }, { lineWidth: 0 })}` },
  ];
}
