/**
 * What Fernwood builds and runs: three domains, seven systems, twenty-five services, one repository per
 * service. Tier 1 is customer-facing money flow, tier 4 is internal convenience; SLOs are declared for
 * tiers 1 and 2 only, as most organizations do.
 */
import type { z } from 'zod';
import type { domainSchema, Slo, serviceSchema, systemSchema } from '../../domain/service.js';

export type DomainInput = z.input<typeof domainSchema>;
export type SystemInput = z.input<typeof systemSchema>;

import { SERVICES } from './service-list.js';

export interface CatalogService {
  name: string;
  title: string;
  description: string;
  owner: string;
  system: string;
  tier: 1 | 2 | 3 | 4;
  lifecycle: 'experimental' | 'production' | 'deprecated';
  dependsOn: string[];
  /** Planned production deployments per week (Monday to Thursday; Friday is frozen). */
  deploysPerWeek: number;
  /** Words commit subjects and work items talk about. */
  topics: string[];
}

export const GITHUB_ORG = 'fernwood';

export const DOMAINS: DomainInput[] = [
  {
    name: 'commerce',
    title: 'Commerce',
    description: 'Everything a shopper sees: browse, search, cart and checkout.',
    owner: 'storefront',
  },
  {
    name: 'operations',
    title: 'Operations',
    description: 'Money and groceries after the order: payments, fulfilment, customer care.',
    owner: 'fulfilment',
  },
  {
    name: 'platform',
    title: 'Platform',
    description: 'The paved road the product teams build and run on.',
    owner: 'platform-engineering',
  },
];

export const SYSTEMS: SystemInput[] = [
  {
    name: 'storefront-web',
    title: 'Storefront',
    description: 'Web shop, catalog and search.',
    owner: 'storefront',
    domain: 'commerce',
  },
  {
    name: 'checkout',
    title: 'Checkout',
    description: 'Cart, promotions and order placement.',
    owner: 'checkout',
    domain: 'commerce',
  },
  {
    name: 'discovery',
    title: 'Discovery',
    description: 'Ranking and recommendation models.',
    owner: 'ranking-ml',
    domain: 'commerce',
  },
  {
    name: 'payments',
    title: 'Payments',
    description: 'Payment processing, refunds, ledger and invoices.',
    owner: 'payments',
    domain: 'operations',
  },
  {
    name: 'fulfilment',
    title: 'Fulfilment',
    description: 'Orders from warehouse to doorstep.',
    owner: 'fulfilment',
    domain: 'operations',
  },
  {
    name: 'customer-service',
    title: 'Customer service',
    description: 'Accounts, notifications and the support console.',
    owner: 'customer-care',
    domain: 'operations',
  },
  {
    name: 'developer-platform',
    title: 'Developer platform',
    description: 'Gateway, CI, deployment and observability.',
    owner: 'platform-engineering',
    domain: 'platform',
  },
];

/** SLOs a VP would expect: availability for tiers 1-2, plus latency for tier 1. */
export function buildSlos(service: CatalogService): Slo[] {
  if (service.tier === 1) {
    return [
      { name: 'availability', indicator: 'availability', target: 0.999, windowDays: 28 },
      { name: 'latency-p95', indicator: 'latency', target: 0.95, windowDays: 28, thresholdMs: 300 },
    ];
  }
  if (service.tier === 2)
    return [{ name: 'availability', indicator: 'availability', target: 0.995, windowDays: 28 }];
  return [];
}

export function toServiceInput(service: CatalogService): z.input<typeof serviceSchema> {
  return {
    name: service.name,
    title: service.title,
    description: service.description,
    owner: service.owner,
    system: service.system,
    tier: service.tier,
    lifecycle: service.lifecycle,
    repositories: [service.name],
    dependsOn: service.dependsOn,
    slos: buildSlos(service),
  };
}

export function findService(name: string): CatalogService {
  const service = SERVICES.find((candidate) => candidate.name === name);
  if (!service) throw new Error(`unknown demo service ${name}`);
  return service;
}
