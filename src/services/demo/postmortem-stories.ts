/**
 * The stories the demo's postmortems tell, one per root cause a serious incident can have. A story's
 * root cause is the incident's own (`{service}` is the service's title), so the postmortem reviewing
 * an incident tells the story of what the incident record says went wrong.
 */

export interface Story {
  /** The incident category the root cause belongs to. */
  category: string;
  /** `deployment` when a deployment shipped the fault, `other` when something else went wrong. */
  origin: 'deployment' | 'other';
  rootCause: string;
  factors: string[];
  whys: string[];
  detection: string;
  recovery: string;
  actions: { title: string; kind: 'systemic' | 'individual' }[];
}

export const STORIES: readonly Story[] = [
  {
    category: 'code-defect',
    origin: 'deployment',
    rootCause:
      'A release of {service} changed how it reads its cache keys, and the old and new versions ran side by side during the rollout, so each evicted the entries the other had just written.',
    factors: [
      'The canary stage ran for four minutes, shorter than the cache expiry, so it could not show the problem.',
      'The integration tests start every service with an empty cache.',
    ],
    whys: [
      'Why did requests fail? The cache hit rate fell to almost zero and the database could not take the load.',
      'Why did the hit rate fall? Two versions wrote incompatible keys to the same cache.',
      'Why were two versions live at once? Rolling deployments always overlap for a few minutes.',
      'Why was the overlap not caught? No test runs two versions against one cache.',
    ],
    detection:
      'The database saturation alert fired nine minutes after the errors began; an alert on the cache hit rate would have fired within one.',
    recovery:
      'Rolling back took 14 minutes because the previous image had to be rebuilt; keeping the last three images warm would make it a two-minute job.',
    actions: [
      { title: 'Version the cache key prefix on every schema change of cached values', kind: 'systemic' },
      { title: 'Hold canaries for at least one cache expiry before promoting', kind: 'systemic' },
      { title: 'Alert when the cache hit rate drops by half within five minutes', kind: 'systemic' },
    ],
  },
  {
    category: 'schema-migration',
    origin: 'deployment',
    rootCause:
      'A database migration shipped with {service} added an index without the concurrent option, which locked the orders table for writes while the index was built.',
    factors: [
      'The migration ran inside the deployment instead of as a separate, scheduled step.',
      'Staging holds a few thousand rows, so the lock lasted under a second there.',
    ],
    whys: [
      'Why could customers not place orders? Writes to the orders table were blocked.',
      'Why were they blocked? The index build held a lock on the table.',
      'Why did it hold a lock? The migration did not build the index concurrently.',
      'Why was that not noticed in review? The migration linter does not check index options.',
    ],
    detection:
      'Checkout error rate alerts fired after three minutes; the on-call engineer connected them to the deployment within ten.',
    recovery:
      'The migration could not be cancelled safely, so the team waited for it to finish; a documented way to abort index builds would have cut the outage short.',
    actions: [
      { title: 'Add a migration lint rule that rejects non-concurrent index creation', kind: 'systemic' },
      { title: 'Run schema migrations as their own pipeline step with a size check', kind: 'systemic' },
      { title: 'Write a runbook section on aborting a long-running migration', kind: 'systemic' },
    ],
  },
  {
    category: 'capacity',
    origin: 'other',
    rootCause:
      "The connection pool of {service} was sized for last year's peak, and the campaign traffic needed roughly twice as many concurrent database connections.",
    factors: [
      "The load test before the campaign used last year's traffic profile.",
      'Autoscaling added instances, and every new instance opened more connections to the same database.',
    ],
    whys: [
      'Why did requests time out? They waited for a free database connection.',
      'Why were there none? The pool limit was reached across all instances.',
      'Why was the limit too low? It was set two years ago and never revisited.',
      'Why was it never revisited? Capacity reviews do not cover connection limits.',
    ],
    detection:
      'Latency alerts fired, but only after the SLO had already burned a fifth of its monthly budget.',
    recovery:
      'Raising the pool size needed a configuration deploy; making the limit a runtime setting would let on-call change it in seconds.',
    actions: [
      { title: 'Add connection pool usage to the capacity review checklist', kind: 'systemic' },
      { title: 'Make the pool size a runtime setting with a documented safe range', kind: 'systemic' },
      { title: 'Alert on pool saturation above 80% for five minutes', kind: 'systemic' },
    ],
  },
  {
    category: 'third-party',
    origin: 'other',
    rootCause:
      'Our payment provider slowed down, and {service} waited up to 30 seconds on each call because its client had no timeout shorter than the platform default.',
    factors: [
      'There was no circuit breaker around the provider client.',
      "The provider's status page showed the problem 25 minutes after we saw it.",
    ],
    whys: [
      'Why did checkout hang? Threads waited on provider calls.',
      'Why so long? The client used the default 30-second timeout.',
      'Why the default? The client was generated and never configured.',
    ],
    detection:
      'We found out from customer support tickets before any alert fired; a synthetic checkout probe would have caught it first.',
    recovery:
      'Switching traffic to the secondary provider was manual and took 20 minutes; an automatic failover would take one.',
    actions: [
      { title: 'Set explicit timeouts and a circuit breaker on the provider client', kind: 'systemic' },
      { title: 'Run a synthetic checkout probe every minute from two regions', kind: 'systemic' },
      { title: 'Automate failover to the secondary payment provider', kind: 'systemic' },
    ],
  },
  {
    category: 'infrastructure',
    origin: 'other',
    rootCause:
      'One availability zone lost its node pool, and {service} ran all of its replicas in that zone because its spread constraint was a preference, not a requirement.',
    factors: [
      'The deployment template marks zone spreading as optional.',
      'Nothing checks where replicas actually run.',
    ],
    whys: [
      'Why did the service go down? All replicas were in the failed zone.',
      'Why were they all there? The scheduler placed them where capacity was free.',
      'Why was that allowed? Zone spreading was only a preference.',
    ],
    detection: 'The availability alert fired within two minutes.',
    recovery:
      'Replicas came back once the scheduler moved them, after 25 minutes; a required spread would have avoided the outage entirely.',
    actions: [
      { title: 'Make zone spreading required in the shared deployment template', kind: 'systemic' },
      {
        title: 'Report services whose replicas share one zone in the weekly platform review',
        kind: 'systemic',
      },
    ],
  },
  {
    category: 'configuration',
    origin: 'other',
    rootCause:
      'A feature flag for {service} was switched on for all customers instead of the 5% test group, because the flag tool treats an empty segment as everyone.',
    factors: [
      'The flag change was not reviewed by a second person.',
      'The flag tool shows no preview of how many customers a change reaches.',
    ],
    whys: [
      'Why did every customer see the unfinished feature? The flag was on for everyone.',
      'Why was it on for everyone? The segment field was left empty.',
      "Why did an empty segment mean everyone? That is the tool's default.",
    ],
    detection: 'Error budgets caught it within six minutes.',
    recovery: 'Turning the flag off restored service at once.',
    actions: [
      {
        title: 'Require a second approver for flag changes that reach over 10% of customers',
        kind: 'systemic',
      },
      { title: 'Make an empty segment mean nobody in the flag tool configuration', kind: 'systemic' },
    ],
  },
  {
    category: 'data',
    origin: 'other',
    rootCause:
      'A supplier sent a product feed with prices in cents where we expected euros, and {service} accepted it because the import only validates the file format, not the values.',
    factors: [
      'Price changes above 50% are not held for review.',
      'The supplier changed the feed without notice.',
    ],
    whys: [
      'Why were prices wrong? The feed was imported as is.',
      'Why was it imported? Validation only checked the columns.',
      'Why only columns? Value checks were planned but never built.',
    ],
    detection:
      'A customer noticed first; a check on the share of changed prices per import would have caught it.',
    recovery: 'Restoring the previous feed took an hour because it had to be found in the archive by hand.',
    actions: [
      { title: 'Hold imports where more than 5% of prices change by over half', kind: 'systemic' },
      { title: 'Keep the last five feeds ready to restore with one command', kind: 'systemic' },
    ],
  },
];
