/**
 * The demo's risk register (registers/risks.yaml): eight risks on the demo's own teams, services and
 * people, dated relative to the day the data ends. Fulfilment's change failure rate indicator (above 5 %
 * over the last 28 days) is breached on the demo's records (4 failed of 46 deployments up to 23 November
 * 2026, 8.7 %, as the risk register test computes through the metrics engine); the canary mitigation on
 * the same risk is past its due date, and the WMS knowledge risk is past its review. Pure.
 */
import { stringify } from 'yaml';
import { shiftDayKey } from '../../metrics/calendar.js';
import type { DemoOrg } from './org.js';
import type { PlanningInputs } from './planning-files.js';
import type { DemoFile } from './yaml-files.js';

/** Who a risk or mitigation names: a team's lead, or the holder of a role. */
type Who = { lead: string } | { role: string };

interface Entry {
  id: string;
  title: string;
  description: string;
  category: string;
  owner: Who;
  teams: string[];
  services: string[];
  okrs?: string[];
  /** Review date, in days from the day the data ends. */
  review: number;
  status: 'open' | 'mitigating' | 'accepted' | 'closed';
  likelihood: number;
  impact: number;
  residual?: { likelihood: number; impact: number };
  mitigations: { action: string; owner: Who; due: number; status: string }[];
  indicators: Record<string, unknown>[];
}

const OPERATIONS = { role: 'Director of Engineering, Operations' };
const PLATFORM = { role: 'Director of Engineering, Platform' };
const COMMERCE = { role: 'Director of Engineering, Commerce' };

const ENTRIES: Entry[] = [
  {
    id: 'R-01',
    title: 'Failed changes to order handling during the peak season',
    description:
      'Fulfilment ships the most changes of any team; a failed deployment in the weeks before Christmas delays orders for thousands of customers.',
    category: 'operational',
    owner: { lead: 'fulfilment' },
    teams: ['fulfilment'],
    services: ['order-service', 'warehouse-api'],
    okrs: ['eng-reliability'],
    review: 14,
    status: 'mitigating',
    likelihood: 4,
    impact: 4,
    residual: { likelihood: 3, impact: 3 },
    mitigations: [
      { action: 'Canary releases for order-service', owner: PLATFORM, due: -10, status: 'in-progress' },
      {
        action: 'Hold non-essential changes in the two peak weeks',
        owner: OPERATIONS,
        due: 5,
        status: 'planned',
      },
    ],
    indicators: [
      {
        metric: 'dora.change-failure-rate',
        scope: 'team:fulfilment',
        window: '28d',
        threshold: '5%',
        bad: 'above',
      },
      {
        metric: 'dora.change-lead-time',
        scope: 'team:fulfilment',
        window: '28d',
        statistic: 'p90',
        threshold: '14d',
        bad: 'above',
      },
    ],
  },
  {
    id: 'R-02',
    title: 'Warehouse adapter known by one engineer',
    description:
      'Nearly every change to the WMS adapter comes from one person; an absence stalls warehouse fixes.',
    category: 'people',
    owner: OPERATIONS,
    teams: ['fulfilment'],
    services: ['wms-adapter'],
    review: -7,
    status: 'open',
    likelihood: 3,
    impact: 4,
    mitigations: [
      {
        action: 'Pair a second engineer on every adapter change',
        owner: { lead: 'fulfilment' },
        due: 30,
        status: 'planned',
      },
    ],
    indicators: [],
  },
  {
    id: 'R-03',
    title: 'Payment provider outage stops checkout',
    description: 'A single card processor sits behind the payment gateway; its outages become ours.',
    category: 'vendor',
    owner: { lead: 'payments' },
    teams: ['payments', 'checkout'],
    services: ['payment-gateway', 'checkout-api'],
    review: 30,
    status: 'mitigating',
    likelihood: 2,
    impact: 5,
    residual: { likelihood: 2, impact: 3 },
    mitigations: [
      {
        action: 'Fail over to a second processor for card payments',
        owner: { lead: 'payments' },
        due: 60,
        status: 'in-progress',
      },
    ],
    indicators: [
      {
        metric: 'dora.failed-deployment-recovery-time',
        scope: 'team:payments',
        window: '28d',
        threshold: '4h',
        bad: 'above',
      },
    ],
  },
  {
    id: 'R-04',
    title: 'CI runners on an end-of-life base image',
    description:
      'The runner image gets no security patches; a compromised build could reach production credentials.',
    category: 'security',
    owner: { lead: 'platform-engineering' },
    teams: ['platform-engineering'],
    services: ['ci-runners'],
    review: 21,
    status: 'mitigating',
    likelihood: 3,
    impact: 4,
    residual: { likelihood: 1, impact: 4 },
    mitigations: [
      {
        action: 'Rebuild the runners on a supported image',
        owner: { lead: 'platform-engineering' },
        due: 20,
        status: 'in-progress',
      },
    ],
    indicators: [
      {
        metric: 'builds.success-rate',
        scope: 'team:platform-engineering',
        window: '28d',
        threshold: '85%',
        bad: 'below',
      },
    ],
  },
  {
    id: 'R-05',
    title: 'Slow reviews hold storefront changes',
    description:
      'Storefront changes wait for review across time zones; a slow queue pushes fixes past campaign launches.',
    category: 'delivery',
    owner: COMMERCE,
    teams: ['storefront'],
    services: ['web-storefront', 'search-api'],
    review: 10,
    status: 'accepted',
    likelihood: 3,
    impact: 2,
    mitigations: [],
    indicators: [
      {
        metric: 'prs.time-to-first-review',
        scope: 'team:storefront',
        window: '28d',
        threshold: '24h',
        bad: 'above',
      },
    ],
  },
  {
    id: 'R-06',
    title: 'Data subject requests handled by hand',
    description:
      'Erasure and export requests are run by support agents from the console; a missed deadline breaks GDPR.',
    category: 'compliance',
    owner: { lead: 'customer-care' },
    teams: ['customer-care'],
    services: ['support-console', 'customer-accounts'],
    review: 45,
    status: 'open',
    likelihood: 2,
    impact: 4,
    mitigations: [
      {
        action: 'Automate export and erasure in customer-accounts',
        owner: { lead: 'customer-care' },
        due: 75,
        status: 'planned',
      },
    ],
    indicators: [],
  },
  {
    id: 'R-07',
    title: 'Cloud spend grows faster than orders',
    description: 'Compute for search and ranking grows with the catalogue, not with orders; margins shrink.',
    category: 'financial',
    owner: { role: 'VP Engineering' },
    teams: ['ranking-ml', 'platform-engineering'],
    services: ['search-ranking', 'recommendations'],
    review: 35,
    status: 'open',
    likelihood: 3,
    impact: 3,
    mitigations: [
      {
        action: 'Right-size the ranking clusters after the peak',
        owner: PLATFORM,
        due: 50,
        status: 'planned',
      },
    ],
    indicators: [],
  },
  {
    id: 'R-08',
    title: 'One on-call engineer for the API gateway',
    description: 'Closed once the gateway moved to the shared platform rotation.',
    category: 'operational',
    owner: PLATFORM,
    teams: ['platform-engineering'],
    services: ['api-gateway'],
    review: -40,
    status: 'closed',
    likelihood: 2,
    impact: 3,
    mitigations: [{ action: 'Join the shared platform rotation', owner: PLATFORM, due: -60, status: 'done' }],
    indicators: [],
  },
];

export function buildRiskFiles(inputs: PlanningInputs): DemoFile[] {
  const { org, asOf } = inputs;
  const who = resolver(org);
  const teams = new Set(org.teams.map((team) => team.name));
  const services = new Set(org.services.map((service) => service.name));
  const risks = ENTRIES.filter(
    (entry) =>
      entry.teams.every((team) => teams.has(team)) && entry.services.every((name) => services.has(name)),
  ).flatMap((entry) => {
    const owner = who(entry.owner);
    const mitigations = entry.mitigations.map((mitigation) => ({
      action: mitigation.action,
      owner: who(mitigation.owner),
      due: shiftDayKey(asOf, mitigation.due),
      status: mitigation.status,
    }));
    if (!owner || mitigations.some((mitigation) => !mitigation.owner)) return [];
    const { review, owner: _owner, mitigations: _mitigations, residual, okrs, ...rest } = entry;
    return [
      {
        ...rest,
        owner,
        ...(okrs ? { okrs } : {}),
        reviewDate: shiftDayKey(asOf, review),
        ...(residual ? { residual } : {}),
        mitigations,
      },
    ];
  });
  if (risks.length === 0) return [];
  const header = [
    '# Risk register: likelihood and impact (1-5), mitigations, residual risk and key risk indicators.',
    `# Generated by \`sextant demo\` (fictional organization), as of ${asOf}.`,
    '# `sextant risks list` reads each indicator from the observed data; `sextant risks heatmap` draws the grid.',
  ].join('\n');
  return [{ path: 'registers/risks.yaml', content: `${header}\n${stringify({ risks }, { lineWidth: 0 })}` }];
}

/** A person's name for a team lead or a role; undefined when the organization has none. */
export function resolver(org: DemoOrg): (who: Who) => string | undefined {
  return (who) =>
    'lead' in who
      ? org.teams.find((team) => team.name === who.lead)?.lead
      : org.people.find((person) => person.role === who.role)?.name;
}
