/**
 * Each Fernwood team's API: what it offers the other teams, how to use each offer, where to ask, how
 * work is requested and how fast the team answers. Platform and enabling teams offer the most; a
 * stream-aligned team mainly offers the interfaces of the services it owns.
 */
import type { z } from 'zod';
import type { teamApiSchema } from '../../domain/team.js';

export type TeamApiInput = z.input<typeof teamApiSchema>;

const OFFICE_HOURS = 'Mon-Fri 09:00-17:00 Europe/Berlin';

const API_DETAILS: Record<
  string,
  { offers: TeamApiInput['offers']; requests: string; responseTime: string }
> = {
  storefront: {
    offers: [
      {
        what: 'Product and category pages other teams can embed widgets in',
        how: 'Widget slots documented in the web-storefront README',
      },
      { what: 'Product catalog API', how: 'REST through the API gateway, read-only for other teams' },
    ],
    requests: 'A ticket on the SF board with the page and the change wanted',
    responseTime: 'triage within 2 working days',
  },
  checkout: {
    offers: [
      {
        what: 'Cart and basket totals API',
        how: 'REST through the API gateway; breaking changes announced two sprints ahead',
      },
      {
        what: 'Promotion rules for campaigns',
        how: 'A campaign request on the CHK board, at least a week before launch',
      },
    ],
    requests: 'A ticket on the CHK board',
    responseTime: 'triage within 2 working days',
  },
  'ranking-ml': {
    offers: [
      {
        what: 'Search ranking as a service',
        how: 'The search-ranking API; features requested through the ML board',
      },
      { what: 'Recommendation candidates for any page', how: 'The recommendations API with a placement id' },
    ],
    requests: 'A ticket on the ML board describing the placement and the metric to move',
    responseTime: 'triage weekly, on Tuesdays',
  },
  payments: {
    offers: [
      { what: 'Card tokens and charges', how: 'The payment-gateway API; PCI scope stays inside payments' },
      { what: 'Refunds on behalf of other teams', how: 'The refunds API with a refund reason code' },
      {
        what: 'Ledger exports for finance',
        how: 'A nightly export, documented in the ledger-service README',
      },
    ],
    requests: 'A ticket on the PAY board; anything touching card data needs a security review first',
    responseTime: 'triage within 1 working day',
  },
  fulfilment: {
    offers: [
      {
        what: 'Order state and order events',
        how: 'Subscribe to the order events topic; the order-service API for reads',
      },
      { what: 'Delivery slot availability', how: 'The delivery-slots API, cached for 60 seconds' },
    ],
    requests: 'A ticket on the FUL board; urgent warehouse issues on the on-call pager',
    responseTime: 'triage within 3 working days',
  },
  'customer-care': {
    offers: [
      { what: 'Customer accounts and consents', how: 'The customer-accounts API; GDPR exports on request' },
      {
        what: 'Transactional e-mail and push notifications',
        how: 'Send through the notifications-service with a template id',
      },
    ],
    requests: 'A ticket on the CARE board',
    responseTime: 'triage within 2 working days',
  },
  'platform-engineering': {
    offers: [
      {
        what: 'CI runners and build caches',
        how: 'Self-service: add the shared pipeline template to the repository',
      },
      {
        what: 'Deployments to every environment',
        how: 'Self-service through the deploy orchestrator; no ticket needed',
      },
      {
        what: 'Routing, rate limits and edge caching',
        how: 'A pull request to the gateway configuration repository',
      },
      { what: 'Dashboards, alerts and traces', how: 'Self-service through the observability stack' },
    ],
    requests: 'Self-service first; anything else as a ticket on the PLAT board',
    responseTime: 'triage within 1 working day; office hours on Thursdays',
  },
  'reliability-enablement': {
    offers: [
      {
        what: 'Help setting SLOs and burn-rate alerts',
        how: 'Book a two-week facilitation through the REL board',
      },
      { what: 'Incident command training', how: 'A half-day session each quarter, sign-up on the team page' },
      { what: 'Postmortem facilitation', how: 'Ask in the team channel within a week of the incident' },
    ],
    requests: 'A ticket on the REL board',
    responseTime: 'reply within 2 working days',
  },
};

export function buildTeamApi(team: string): TeamApiInput {
  const details = API_DETAILS[team];
  if (!details) throw new Error(`no demo team API for ${team}`);
  return {
    offers: details.offers,
    contact: `#team-${team}`,
    requests: details.requests,
    responseTime: details.responseTime,
    hours: OFFICE_HOURS,
    docs: `https://wiki.fernwood.example/teams/${team}`,
  };
}
