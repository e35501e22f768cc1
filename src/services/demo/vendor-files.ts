/**
 * The demo's vendor register (registers/vendors.yaml): six fictional vendors (cloud, observability,
 * incident paging, CI, source control, security scanning) owned by the demo's leaders, with contract dates
 * relative to the day the data ends. The paging contract renews 38 days after it, its notice deadline 8
 * days after it; the observability vendor missed its availability SLA three months before; and a CI
 * platform selection compares the current vendor with two others. Pure.
 */
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { subMonths } from 'date-fns/subMonths';
import { stringify } from 'yaml';
import { shiftDayKey } from '../../metrics/calendar.js';
import type { PlanningInputs } from './planning-files.js';
import { resolver } from './risk-files.js';
import type { DemoFile } from './yaml-files.js';

const SCORECARD_CRITERIA = [
  { name: 'service-quality', weight: 35 },
  { name: 'support', weight: 25 },
  { name: 'cost', weight: 20 },
  { name: 'roadmap-fit', weight: 20 },
];

export function buildVendorFiles(inputs: PlanningInputs): DemoFile[] {
  const { org, asOf } = inputs;
  const who = resolver(org);
  const platform = who({ role: 'Director of Engineering, Platform' });
  const operations = who({ role: 'Director of Engineering, Operations' });
  const vp = who({ role: 'VP Engineering' });
  const platformLead = who({ lead: 'platform-engineering' });
  const reliabilityLead = who({ lead: 'reliability-enablement' }) ?? platformLead;
  if (!platform || !operations || !vp || !platformLead || !reliabilityLead) return [];
  const day = (offset: number) => shiftDayKey(asOf, offset);
  // The six months before the one the data ends in, oldest first.
  const months = [6, 5, 4, 3, 2, 1].map((back) => format(subMonths(parseISO(asOf), back), 'yyyy-MM'));
  const measured = (values: number[]) =>
    Object.fromEntries(months.map((month, index) => [month, values[index]]));
  const quarterly = (scores: Record<string, number>[]) =>
    scores.map((entry, index) => ({
      period: format(parseISO(day(-180 + index * 90)), "yyyy-'Q'q"),
      date: day(-180 + index * 90),
      scores: entry,
    }));
  const vendors = [
    {
      id: 'nimbus-cloud',
      name: 'Nimbus Cloud',
      category: 'cloud',
      owner: platform,
      teams: ['platform-engineering'],
      services: ['api-gateway', 'deploy-orchestrator'],
      reviewDate: day(40),
      contract: {
        annualCost: 640_000,
        currency: 'EUR',
        start: day(-530),
        end: day(199),
        renewal: day(200),
        noticeDays: 90,
      },
      slas: [
        {
          name: 'availability',
          target: 99.95,
          unit: '%',
          measured: measured([99.99, 99.98, 99.97, 99.99, 99.96, 99.99]),
        },
      ],
      scorecards: quarterly([
        { 'service-quality': 4, support: 3, cost: 2, 'roadmap-fit': 4 },
        { 'service-quality': 4, support: 3, cost: 3, 'roadmap-fit': 4 },
      ]),
      lockIn: { dataPortability: 'partial', apiAvailability: 'full', switchingCost: 'high' },
    },
    {
      id: 'lumen-observe',
      name: 'Lumen Observability',
      category: 'observability',
      owner: reliabilityLead,
      teams: ['reliability-enablement', 'platform-engineering'],
      services: ['observability-stack'],
      reviewDate: day(20),
      contract: { annualCost: 185_000, currency: 'EUR', start: day(-400), end: day(329), noticeDays: 60 },
      slas: [
        {
          name: 'availability',
          target: 99.9,
          unit: '%',
          measured: measured([99.95, 99.93, 99.62, 99.91, 99.97, 99.94]),
        },
        {
          name: 'support-first-response',
          target: 4,
          unit: 'h',
          bad: 'above',
          measured: measured([2, 3, 6, 3, 2, 2]),
        },
      ],
      scorecards: quarterly([
        { 'service-quality': 3, support: 2, cost: 3, 'roadmap-fit': 4 },
        { 'service-quality': 3, support: 3, cost: 3, 'roadmap-fit': 4 },
      ]),
      lockIn: { dataPortability: 'full', apiAvailability: 'full', switchingCost: 'medium' },
    },
    {
      id: 'pagerline',
      name: 'PagerLine',
      category: 'incident-management',
      owner: operations,
      teams: ['reliability-enablement'],
      contract: {
        annualCost: 42_000,
        currency: 'EUR',
        start: day(-327),
        end: day(37),
        renewal: day(38),
        noticeDays: 30,
        autoRenew: true,
      },
      slas: [
        {
          name: 'notification-delivery',
          target: 99.99,
          unit: '%',
          measured: measured([100, 99.99, 100, 100, 99.995, 100]),
        },
      ],
      scorecards: quarterly([{ 'service-quality': 5, support: 4, cost: 3, 'roadmap-fit': 3 }]),
      lockIn: { dataPortability: 'partial', apiAvailability: 'full', switchingCost: 'low' },
    },
    {
      id: 'forgeci',
      name: 'ForgeCI',
      category: 'ci-cd',
      owner: platformLead,
      teams: ['platform-engineering'],
      services: ['ci-runners'],
      contract: { annualCost: 96_000, currency: 'EUR', start: day(-470), end: day(259), noticeDays: 90 },
      scorecards: quarterly([
        { 'service-quality': 3, support: 3, cost: 2, 'roadmap-fit': 2 },
        { 'service-quality': 2, support: 3, cost: 2, 'roadmap-fit': 2 },
      ]),
      lockIn: { dataPortability: 'partial', apiAvailability: 'partial', switchingCost: 'medium' },
    },
    {
      id: 'codehaven',
      name: 'CodeHaven',
      category: 'source-control',
      owner: platform,
      contract: {
        annualCost: 118_000,
        currency: 'USD',
        start: day(-745),
        end: day(349),
        noticeDays: 60,
        autoRenew: true,
      },
      lockIn: { dataPortability: 'full', apiAvailability: 'full', switchingCost: 'high' },
    },
    {
      id: 'sentinel-scan',
      name: 'Sentinel Scan',
      category: 'security',
      owner: vp,
      contract: { annualCost: 36_000, currency: 'EUR', start: day(-210), end: day(154), noticeDays: 45 },
      lockIn: { dataPortability: 'none', apiAvailability: 'partial', switchingCost: 'low' },
    },
  ];
  const evaluations = [
    {
      id: 'ci-platform-2027',
      title: 'CI platform from 2027',
      owner: platform,
      category: 'ci-cd',
      decisionDate: day(60),
      criteria: [
        { name: 'reliability', weight: 30 },
        { name: 'build-speed', weight: 25 },
        { name: 'cost', weight: 20 },
        { name: 'security', weight: 15 },
        { name: 'migration-effort', weight: 10 },
      ],
      candidates: [
        {
          name: 'ForgeCI',
          vendor: 'forgeci',
          scores: { reliability: 3, 'build-speed': 2, cost: 3, security: 3, 'migration-effort': 5 },
        },
        {
          name: 'Quarry Pipelines',
          scores: { reliability: 4, 'build-speed': 5, cost: 3, security: 4, 'migration-effort': 2 },
        },
        {
          name: 'Runway Build',
          scores: { reliability: 4, 'build-speed': 3, cost: 4, security: 3, 'migration-effort': 3 },
        },
      ],
    },
  ];
  const header = [
    '# Vendor register: contracts and renewals, SLAs, scorecards, lock-in, and selection evaluations.',
    `# Generated by \`sextant demo\` (fictional organization and vendors), as of ${asOf}.`,
    '# Weights are percentages adding up to 100; scores run from 1 to 5.',
  ].join('\n');
  const body = stringify(
    { scorecard: { criteria: SCORECARD_CRITERIA }, vendors, evaluations },
    { lineWidth: 0 },
  );
  return [{ path: 'registers/vendors.yaml', content: `${header}\n${body}` }];
}
