/**
 * Fernwood's eight teams as Team Topologies types: five stream-aligned teams, one platform team, one
 * enabling team and one complicated-subsystem team, with the interactions between them and quarterly
 * cognitive-load assessments. Dates are relative to the demo's `asOf` so the org always looks current.
 */
import type { TeamInput } from '../../domain/team.js';
import { buildTeamApi } from './team-apis.js';
import { addDays } from './time.js';

export type DirectorArea = 'commerce' | 'operations' | 'platform';

export interface TeamStaffing {
  name: string;
  /** Which director the team's manager (or, without one, its members) reports to. */
  area: DirectorArea;
  /** Whether an engineering manager leads the team; small specialist teams are led by a staff engineer. */
  hasManager: boolean;
  /** Individual contributors whose primary team this is (the manager and shared members come on top). */
  engineers: number;
  /** The title individual contributors carry. */
  craft: string;
  /** Jira project key. */
  project: string;
}

export const TEAM_STAFFING: TeamStaffing[] = [
  {
    name: 'storefront',
    area: 'commerce',
    hasManager: true,
    engineers: 6,
    craft: 'Software Engineer',
    project: 'SF',
  },
  {
    name: 'checkout',
    area: 'commerce',
    hasManager: true,
    engineers: 6,
    craft: 'Software Engineer',
    project: 'CHK',
  },
  {
    name: 'ranking-ml',
    area: 'commerce',
    hasManager: false,
    engineers: 4,
    craft: 'Machine Learning Engineer',
    project: 'ML',
  },
  {
    name: 'payments',
    area: 'operations',
    hasManager: true,
    engineers: 7,
    craft: 'Software Engineer',
    project: 'PAY',
  },
  {
    name: 'fulfilment',
    area: 'operations',
    hasManager: true,
    engineers: 8,
    craft: 'Software Engineer',
    project: 'FUL',
  },
  {
    name: 'customer-care',
    area: 'operations',
    hasManager: true,
    engineers: 6,
    craft: 'Software Engineer',
    project: 'CARE',
  },
  {
    name: 'platform-engineering',
    area: 'platform',
    hasManager: true,
    engineers: 5,
    craft: 'Platform Engineer',
    project: 'PLAT',
  },
  {
    name: 'reliability-enablement',
    area: 'platform',
    hasManager: false,
    engineers: 2,
    craft: 'Site Reliability Engineer',
    project: 'REL',
  },
];

/**
 * People who split their time: the second team gets `allocation`, the primary team the rest. They count
 * in both teams' headcount, which is how matrixed specialists show up in a real org chart.
 */
export const SHARED_MEMBERS = [
  { from: 'platform-engineering', to: 'reliability-enablement', allocation: 0.5 },
  { from: 'ranking-ml', to: 'storefront', allocation: 0.5 },
] as const;

/** Quarterly assessments, oldest first: [intrinsic, extraneous]. Fulfilment climbs past capacity. */
const COGNITIVE_LOAD: Record<string, readonly (readonly [number, number])[]> = {
  storefront: [
    [5, 3],
    [5, 3],
    [6, 3],
    [5, 3],
  ],
  checkout: [
    [5, 2],
    [6, 3],
    [6, 3],
    [6, 4],
  ],
  'ranking-ml': [
    [7, 2],
    [7, 2],
    [7, 1],
    [7, 2],
  ],
  payments: [
    [6, 3],
    [6, 3],
    [6, 2],
    [6, 2],
  ],
  fulfilment: [
    [6, 3],
    [7, 3],
    [7, 4],
    [8, 5],
  ],
  'customer-care': [
    [4, 3],
    [4, 3],
    [5, 3],
    [4, 2],
  ],
  'platform-engineering': [
    [6, 3],
    [6, 3],
    [7, 2],
    [6, 2],
  ],
  'reliability-enablement': [
    [5, 2],
    [5, 2],
    [5, 2],
    [5, 2],
  ],
};

const LOAD_NOTES: Record<string, string> = {
  fulfilment:
    'Five services including the legacy WMS adapter, two on-call rotations and the courier app migration; the team reports constant context switching.',
};

/** Days before asOf of the four quarterly assessments. */
const ASSESSMENT_AGES = [275, 184, 93, 6];

/**
 * Days before asOf each team was formed. Customer Care is the reorganization inside the data's year: it
 * was formed when the customer-facing services and their engineers moved out of fulfilment, so as-of views
 * before that day leave it out, and its assessments start with it.
 */
export const TEAM_AGES: Record<string, number> = {
  storefront: 2400,
  checkout: 2050,
  'ranking-ml': 820,
  payments: 1900,
  fulfilment: 2400,
  'customer-care': 190,
  'platform-engineering': 1500,
  'reliability-enablement': 520,
};
export const NEW_TEAM = 'customer-care';

/**
 * The collaboration that outlived its purpose: checkout and payments started working closely on stored
 * cards and one-click checkout this many days before asOf and never set an end or moved to
 * x-as-a-service (planted condition `stale-collaboration`).
 */
export const STALE_COLLABORATION = { team: 'checkout', with: 'payments', days: 260 } as const;

export function buildTeams(
  asOf: string,
  leads: Record<string, string>,
  services: Record<string, string[]>,
): TeamInput[] {
  const day = (daysBefore: number) => addDays(asOf, -daysBefore);
  const load = (team: string) =>
    (COGNITIVE_LOAD[team] ?? [])
      .map(([intrinsic, extraneous], index) => ({
        date: day(ASSESSMENT_AGES[index] ?? 0),
        intrinsic,
        extraneous,
        ...(index === 3 && LOAD_NOTES[team] ? { notes: LOAD_NOTES[team] } : {}),
      }))
      .filter((assessment) => assessment.date >= day(TEAM_AGES[team] ?? 0));
  const platformService = (since: number) => ({
    mode: 'x-as-a-service' as const,
    with: 'platform-engineering',
    since: day(since),
    purpose: 'CI, deployments, gateway and observability through the developer platform',
  });
  const team = (
    name: string,
    title: string,
    type: TeamInput['type'],
    mission: string,
    interactions: TeamInput['interactions'],
  ): TeamInput => ({
    name,
    title,
    type,
    mission,
    ...(leads[name] ? { lead: leads[name] } : {}),
    services: services[name] ?? [],
    interactions,
    cognitiveLoad: load(name),
    channels: [`#team-${name}`],
    api: buildTeamApi(name),
    ...(TEAM_AGES[name] === undefined ? {} : { since: day(TEAM_AGES[name]) }),
  });
  return [
    team(
      'storefront',
      'Storefront',
      'stream-aligned',
      'Shoppers find the groceries they want in seconds, on any device.',
      [
        platformService(900),
        {
          mode: 'collaboration',
          with: 'ranking-ml',
          since: day(260),
          until: day(120),
          purpose: 'Ship learned ranking on search results',
        },
        { mode: 'x-as-a-service', with: 'ranking-ml', since: day(120), purpose: 'Consume the ranking API' },
      ],
    ),
    team('checkout', 'Checkout', 'stream-aligned', 'Every basket becomes a paid order without friction.', [
      platformService(900),
      {
        mode: 'collaboration',
        with: STALE_COLLABORATION.with,
        since: day(STALE_COLLABORATION.days),
        purpose: 'Stored cards and one-click checkout',
      },
    ]),
    team(
      'ranking-ml',
      'Ranking & ML',
      'complicated-subsystem',
      'Own the ranking and recommendation models so product teams can use them as a service.',
      [platformService(700)],
    ),
    team(
      'payments',
      'Payments',
      'stream-aligned',
      'Money moves correctly: charges, refunds, settlement and invoices.',
      [platformService(900)],
    ),
    team(
      'fulfilment',
      'Fulfilment',
      'stream-aligned',
      'Orders are picked, packed and delivered in the promised slot.',
      [platformService(900)],
    ),
    team(
      'customer-care',
      'Customer Care',
      'stream-aligned',
      'Customers and support agents can fix any order problem themselves.',
      [platformService(TEAM_AGES['customer-care'] ?? 0)],
    ),
    team(
      'platform-engineering',
      'Platform Engineering',
      'platform',
      'A self-service paved road: build, deploy, route and observe without tickets.',
      [
        {
          mode: 'collaboration',
          with: 'reliability-enablement',
          since: day(330),
          until: day(210),
          purpose: 'Build the SLO dashboards',
        },
      ],
    ),
    team(
      'reliability-enablement',
      'Reliability Enablement',
      'enabling',
      'Teach product teams to set SLOs, run incidents and write blameless postmortems.',
      [
        {
          mode: 'facilitating',
          with: 'fulfilment',
          since: day(150),
          purpose: 'SLOs and on-call hygiene for fulfilment services',
        },
        {
          mode: 'facilitating',
          with: 'checkout',
          since: day(300),
          until: day(180),
          purpose: 'Incident command training',
        },
        { mode: 'facilitating', with: 'customer-care', since: day(60), purpose: 'Alert noise reduction' },
      ],
    ),
  ];
}
