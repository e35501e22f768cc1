/**
 * Cross-team dependencies in the shape of the VP playbook's dependency matrix: every type (blocking,
 * non-blocking, soft) and every status appears, with needed-by dates relative to asOf. One blocking
 * dependency is overdue on purpose (see planted.ts).
 */
import type { z } from 'zod';
import type { dependencySchema } from '../../domain/dependency.js';
import { addDays } from './time.js';

export type DependencyInput = z.input<typeof dependencySchema>;

/** The planted overdue blocking dependency: platform owes fulfilment a queue, three weeks late. */
export const OVERDUE_DEPENDENCY = 'courier-events-queue';
export const OVERDUE_DAYS = 23;

export function buildDependencies(asOf: string): DependencyInput[] {
  const day = (offset: number) => addDays(asOf, offset);
  return [
    {
      name: OVERDUE_DEPENDENCY,
      provider: 'platform-engineering',
      consumer: 'fulfilment',
      what: 'Self-service event queue for courier position and status events',
      type: 'blocking',
      status: 'in-progress',
      risk: 'high',
      neededBy: day(-OVERDUE_DAYS),
      strategy: 'reprioritize',
      services: ['courier-dispatch', 'observability-stack'],
      notes:
        'Courier app v2 cannot launch without it; slipped twice because the platform team is absorbing CI migrations.',
    },
    {
      name: 'stored-card-tokens-v2',
      provider: 'payments',
      consumer: 'checkout',
      what: 'Card token API v2 for one-click checkout',
      type: 'blocking',
      status: 'in-progress',
      risk: 'medium',
      neededBy: day(30),
      strategy: 'contract-first',
      services: ['payment-gateway', 'checkout-api'],
    },
    {
      name: 'category-page-ranking',
      provider: 'ranking-ml',
      consumer: 'storefront',
      what: 'Personalised ranking for category pages',
      type: 'non-blocking',
      status: 'not-started',
      risk: 'medium',
      neededBy: day(75),
      strategy: 'shared-interface',
      services: ['search-ranking', 'web-storefront'],
    },
    {
      name: 'pci-build-runners',
      provider: 'platform-engineering',
      consumer: 'payments',
      what: 'Isolated CI runners inside the PCI scope',
      type: 'blocking',
      status: 'done',
      risk: 'low',
      neededBy: day(-60),
      strategy: 'embedded-engineer',
      services: ['ci-runners', 'payment-gateway'],
    },
    {
      name: 'order-confirmation-templates',
      provider: 'customer-care',
      consumer: 'checkout',
      what: 'Localised order confirmation e-mail templates',
      type: 'soft',
      status: 'available',
      risk: 'low',
      neededBy: day(-10),
      services: ['notifications-service'],
    },
    {
      name: 'delivery-tracking-events',
      provider: 'fulfilment',
      consumer: 'customer-care',
      what: 'Delivery tracking events for the support console timeline',
      type: 'non-blocking',
      status: 'in-progress',
      risk: 'medium',
      neededBy: day(20),
      strategy: 'decouple',
      services: ['courier-dispatch', 'support-console'],
    },
    {
      name: 'availability-widget',
      provider: 'storefront',
      consumer: 'checkout',
      what: 'Stock availability widget for the cart page',
      type: 'soft',
      status: 'done',
      risk: 'low',
      neededBy: day(-120),
      services: ['product-catalog', 'cart-service'],
    },
    {
      name: 'edge-cache-rules',
      provider: 'platform-engineering',
      consumer: 'storefront',
      what: 'Edge caching rules for product pages in the API gateway',
      type: 'non-blocking',
      status: 'available',
      risk: 'low',
      neededBy: day(-35),
      strategy: 'shared-interface',
      services: ['api-gateway', 'web-storefront'],
    },
    {
      name: 'refund-on-failed-delivery',
      provider: 'payments',
      consumer: 'fulfilment',
      what: 'Automatic refund trigger when a delivery fails',
      type: 'blocking',
      status: 'not-started',
      risk: 'high',
      neededBy: day(40),
      strategy: 'embedded-engineer',
      services: ['refunds-service', 'order-service'],
      notes:
        'Payments has not scheduled it yet; fulfilment refunds by hand through the support console meanwhile.',
    },
    {
      name: 'slot-demand-forecast',
      provider: 'ranking-ml',
      consumer: 'fulfilment',
      what: 'Demand forecast feed for delivery slot capacity',
      type: 'soft',
      status: 'cancelled',
      risk: 'low',
      strategy: 'eliminate',
      services: ['delivery-slots'],
      notes: 'Dropped after fulfilment switched to fixed slot capacity per hub.',
    },
    {
      name: 'slo-alert-templates',
      provider: 'reliability-enablement',
      consumer: 'customer-care',
      what: 'Burn-rate alert templates for customer-facing services',
      type: 'non-blocking',
      status: 'available',
      risk: 'low',
      neededBy: day(-14),
      services: ['observability-stack', 'customer-accounts'],
    },
  ];
}
