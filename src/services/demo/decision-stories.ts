/**
 * The demo's architecture decisions as stories: what each decided, for which teams and services, who
 * decided, when (in days from the day the data ends) and how they relate. One early integration choice
 * is superseded by a later one; one proposal has waited weeks for a decision. Pure data.
 */

/** Who decides, by the role they hold in the demo organization. */
export type Decider = 'vp' | 'principal' | 'commerce' | 'operations' | 'platform' | `lead:${string}`;

export interface DecisionStory {
  number: number;
  slug: string;
  title: string;
  status: 'proposed' | 'accepted' | 'rejected' | 'superseded';
  /** Day of the last status change, in days from the day the data ends. */
  day: number;
  deciders: Decider[];
  teams: string[];
  services: string[];
  supersedes?: number[];
  supersededBy?: number;
  tags: string[];
  context: string;
  decision: string;
  consequences: string;
  alternatives?: string;
}

export const DECISION_STORIES: DecisionStory[] = [
  {
    number: 1,
    slug: 'record-architecture-decisions',
    title: 'Record architecture decisions in the workspace',
    status: 'accepted',
    day: -330,
    deciders: ['vp', 'principal'],
    teams: [],
    services: [],
    tags: ['process'],
    context:
      'Design choices were made in meetings and chat threads. Six months later nobody could say why the ' +
      'checkout talks to payments the way it does, and new engineers reopened settled questions.',
    decision:
      'Every decision that changes how services talk to each other, where data lives, or what a team must ' +
      'run is written as a numbered record in decisions/, reviewed like code, and never edited after it is ' +
      'accepted: a later record supersedes it instead.',
    consequences:
      'Writing a record costs an hour. Reviews of cross-team proposals start from the record, and the ' +
      'history of a choice can be followed from the first record to the one in force.',
  },
  {
    number: 2,
    slug: 'synchronous-calls-from-checkout',
    title: 'Checkout calls payments and fulfilment synchronously',
    status: 'superseded',
    day: -75,
    deciders: ['commerce', 'lead:checkout'],
    teams: ['checkout', 'payments'],
    services: ['checkout-api', 'payment-gateway', 'order-service'],
    supersededBy: 5,
    tags: ['integration'],
    context:
      'Placing an order needs a payment authorisation and an order in fulfilment. The teams wanted the ' +
      'simplest path to launch the new checkout before the spring campaign.',
    decision:
      'The checkout API calls the payment gateway and the order service over HTTP in the request that ' +
      'places the order, with a timeout of two seconds each and no retries.',
    consequences:
      'Fast to build. A slow payment provider or a fulfilment deploy now fails orders, and an order can be ' +
      'paid without being created when the second call times out.',
  },
  {
    number: 3,
    slug: 'trace-every-service-with-opentelemetry',
    title: 'Trace every service with OpenTelemetry',
    status: 'accepted',
    day: -240,
    deciders: ['platform', 'principal'],
    teams: ['platform-engineering', 'reliability-enablement'],
    services: ['observability-stack', 'api-gateway'],
    tags: ['observability'],
    context:
      'Incidents that cross services take long to diagnose: each team logs in its own format and no ' +
      'request can be followed from the gateway to the database.',
    decision:
      'Every service emits traces and metrics through the OpenTelemetry SDK to collectors run by platform ' +
      'engineering; the gateway starts a trace for each request and propagates its context.',
    consequences:
      'Teams add the SDK to their service template once. The collectors become a tier-1 dependency with ' +
      'their own SLO; sampling keeps the storage cost flat as traffic grows.',
    alternatives: "Each vendor's own agent: quicker to start, but it ties every service to one vendor.",
  },
  {
    number: 4,
    slug: 'postgresql-for-new-services',
    title: 'PostgreSQL is the default datastore for new services',
    status: 'accepted',
    day: -200,
    deciders: ['principal', 'platform'],
    teams: ['platform-engineering'],
    services: [],
    tags: ['data'],
    context:
      'Five datastores are in production, each with its own backups, upgrades and on-call knowledge. ' +
      'Most new services need transactions and modest volumes.',
    decision:
      'A new service stores its data in a PostgreSQL database provisioned by platform engineering. Another ' +
      'datastore needs a record of its own explaining what PostgreSQL cannot do.',
    consequences:
      'One set of runbooks, backups and upgrade plans. Workloads that need search or heavy analytics still ' +
      'go elsewhere, by a record of their own.',
  },
  {
    number: 5,
    slug: 'order-events-through-an-outbox',
    title: 'Publish order events through a transactional outbox',
    status: 'accepted',
    day: -75,
    deciders: ['vp', 'principal', 'commerce'],
    teams: ['checkout', 'payments', 'fulfilment'],
    services: ['checkout-api', 'payment-gateway', 'order-service'],
    supersedes: [2],
    tags: ['integration', 'reliability'],
    context:
      'Synchronous calls from the checkout (ADR-0002) turned every payment or fulfilment slowdown into ' +
      'failed orders, and left orders paid but never created when the second call timed out.',
    decision:
      'The checkout writes the order and an "order placed" event in one transaction; a relay publishes the ' +
      'events from the outbox table to the message broker. Payments and fulfilment consume them and are ' +
      'idempotent on the event id.',
    consequences:
      'An order is accepted even while payments or fulfilment are down, and is processed when they return. ' +
      'Consumers must handle duplicates; the relay needs monitoring and a runbook for when it stalls.',
    alternatives:
      'Retries with idempotency keys on the synchronous calls: fewer moving parts, same coupling.',
  },
  {
    number: 6,
    slug: 'managed-feature-store-for-ranking',
    title: 'Serve search ranking features from a managed feature store',
    status: 'rejected',
    day: -120,
    deciders: ['commerce', 'lead:ranking-ml'],
    teams: ['ranking-ml'],
    services: ['search-ranking'],
    tags: ['ml', 'vendor'],
    context: 'Ranking features are computed nightly into a table the ranking service reads at query time.',
    decision:
      'Rejected: the managed store would cost more than the whole ranking infrastructure today, and the ' +
      'freshness it offers is not needed while features change once a day.',
    consequences:
      'The nightly table stays. The question comes back if features need to be fresher than an hour.',
  },
  {
    number: 7,
    slug: 'wms-adapter-as-an-event-consumer',
    title: 'Turn the WMS adapter into an event consumer',
    status: 'proposed',
    day: -49,
    deciders: ['operations', 'lead:fulfilment'],
    teams: ['fulfilment'],
    services: ['wms-adapter', 'warehouse-api'],
    tags: ['integration', 'reliability'],
    context:
      'The adapter polls the warehouse management system with fixed retries; every slowdown of the WMS ' +
      'turns into a flood of requests, and one engineer knows how it works.',
    decision:
      "Proposed: consume the WMS vendor's event feed instead of polling, through the same broker the order " +
      'events use, and hand the adapter to the whole fulfilment team with a runbook.',
    consequences:
      "Removes the polling load and the single point of knowledge. Depends on the vendor's event feed, " +
      'which is still in beta.',
  },
];
