/**
 * Postmortems for the demo's SEV-1 and SEV-2 incidents, as Markdown files in `postmortems/`. Most are
 * complete and published within the policy's five days; one in five is published late; one
 * incident whose review was due never got its postmortem; one postmortem names an engineer as the cause;
 * the newest incidents have drafts still in review. Action items follow what teams really do: most are
 * closed, a few on-time items slip, and some open ones are past their due day when the data ends.
 */
import type { Incident } from '../../domain/records/incident.js';
import { findService } from './catalog.js';
import { type DemoOrg, listMembers } from './org.js';
import type { DemoPerson } from './people.js';
import type { Random } from './random.js';
import { DAY_MS, formatDay } from './time.js';
import type { DemoWindow } from './window.js';
import type { DemoFile } from './yaml-files.js';

/** Days after resolution a postmortem is due (the default severity policy). */
const DUE_DAYS = 5;

interface Story {
  rootCause: string;
  factors: string[];
  whys: string[];
  detection: string;
  recovery: string;
  actions: { title: string; kind: 'systemic' | 'individual' }[];
}

/** What went wrong, by incident category; `{service}` is the service's title. */
const STORIES: Record<string, Story[]> = {
  deployment: [
    {
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
  ],
  capacity: [
    {
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
  ],
  'third-party': [
    {
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
  ],
  infrastructure: [
    {
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
  ],
  configuration: [
    {
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
  ],
  data: [
    {
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
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (iso: string | undefined) => {
  const date = new Date(iso ?? 0);
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
};

type Role = 'good' | 'late' | 'blaming' | 'draft';

export function generateDemoPostmortems(
  org: DemoOrg,
  incidents: readonly Incident[],
  window: DemoWindow,
  random: Random,
): DemoFile[] {
  const serious = incidents.filter(
    (incident) => (incident.severity === 'SEV-1' || incident.severity === 'SEV-2') && incident.resolvedAt,
  );
  const endMs = window.endMs;
  const due = serious.filter(
    (incident) => Date.parse(incident.resolvedAt as string) + DUE_DAYS * DAY_MS < endMs,
  );
  // One reviewed incident is left without its postmortem, one gets a blaming one (both mid-year).
  const missing = due[Math.floor(due.length / 2)];
  const blaming = due[Math.floor(due.length / 3)];
  const files: DemoFile[] = [];
  serious.forEach((incident, index) => {
    if (incident === missing) return;
    const resolvedMs = Date.parse(incident.resolvedAt as string);
    // Every fifth review is published after its due day.
    let role: Role = index % 5 === 3 ? 'late' : 'good';
    if (incident === blaming) role = 'blaming';
    if (resolvedMs + DUE_DAYS * DAY_MS >= endMs) role = 'draft';
    files.push(writePostmortem(org, incident, role, endMs, random));
  });
  return files;
}

function writePostmortem(
  org: DemoOrg,
  incident: Incident,
  role: Role,
  endMs: number,
  random: Random,
): DemoFile {
  const service = findService(incident.service ?? '');
  const team = listMembers(org, service.owner);
  const author =
    team.find((person) => person.pagerdutyId === incident.commander) ?? (random.pick(team) as DemoPerson);
  // The reviewer is the team's manager, or a teammate when the manager wrote it.
  const lead =
    team.find((person) => person.level.startsWith('M') && person !== author) ??
    team.find((person) => person !== author) ??
    author;
  const story = random.pick(STORIES[incident.category ?? ''] ?? (STORIES.deployment as Story[])) as Story;
  const fill = (text: string) => text.replaceAll('{service}', service.title);
  const resolvedMs = Date.parse(incident.resolvedAt as string);
  const publishedMs =
    resolvedMs + (role === 'late' ? random.nextInt(8, 20) : random.nextInt(1, DUE_DAYS)) * DAY_MS;
  const published = role === 'draft' ? undefined : formatDay(Math.min(publishedMs, endMs - DAY_MS));
  const base = Date.parse(`${published ?? formatDay(endMs)}T00:00:00Z`);
  const items = story.actions.map((action, index) => {
    const dueMs = base + random.nextInt(10, 45) * DAY_MS;
    const owner = random.pick(team).name;
    const passed = dueMs < endMs;
    const done = role !== 'draft' && (passed ? random.flip(0.8) : random.flip(0.2));
    const closedMs = Math.min(
      endMs - DAY_MS,
      dueMs + (random.flip(0.85) ? -random.nextInt(0, 8) : random.nextInt(2, 15)) * DAY_MS,
    );
    return [
      `  - id: AI-${index + 1}`,
      `    title: ${JSON.stringify(action.title)}`,
      `    owner: ${owner}`,
      `    due: ${formatDay(dueMs)}`,
      `    status: ${done ? 'done' : 'open'}`,
      ...(done ? [`    closed: ${formatDay(Math.max(closedMs, base))}`] : []),
      `    kind: ${action.kind}`,
    ].join('\n');
  });
  const signOffs = published && random.flip(0.85) ? [`      - item: shared\n        at: ${published}`] : [];
  const front = [
    '---',
    `incident: ${incident.source}:${incident.key}`,
    `title: ${JSON.stringify(incident.title)}`,
    `status: ${role === 'draft' ? random.pick(['draft', 'in-review']) : 'published'}`,
    `authors: [${author.name}]`,
    'reviewers:',
    `  - person: ${lead.name}`,
    signOffs.length > 0 ? `    signOffs:\n${signOffs.join('\n')}` : '    signOffs: []',
    ...(published ? [`published: ${published}`] : []),
    `rootCause: ${JSON.stringify(fill(story.rootCause))}`,
    `category: ${incident.category ?? 'other'}`,
    'actionItems:',
    ...items,
    '---',
  ];
  const first = author.displayName.split(' ')[0] ?? author.displayName;
  const rootCause =
    role === 'blaming'
      ? `${first} forgot to check the change before shipping it, and that mistake took ${service.title} down. ${fill(story.rootCause)}`
      : fill(story.rootCause);
  const factors =
    role === 'blaming' ? [...story.factors, `${first}'s mistake was not caught in review.`] : story.factors;
  const minutes = Math.round((resolvedMs - Date.parse(incident.startedAt)) / 60_000);
  const body = [
    '',
    `# ${incident.title}`,
    '',
    '## Summary',
    '',
    `${service.title} was impaired for ${minutes} minutes on ${incident.startedAt.slice(0, 10)} (${incident.severity}).`,
    '',
    '## Timeline (UTC)',
    '',
    `- ${clock(incident.startedAt)} Monitoring shows the first errors.`,
    `- ${clock(incident.acknowledgedAt)} ${author.displayName} acknowledges the page and takes incident command.`,
    `- ${clock(incident.mitigatedAt)} Mitigation in place; error rates back to normal.`,
    `- ${clock(incident.resolvedAt)} Incident resolved after verification.`,
    '',
    '## Root cause',
    '',
    rootCause,
    '',
    '## Contributing factors',
    '',
    ...factors.map((factor) => `- ${factor}`),
    '',
    ...(role === 'late' && random.flip(0.5)
      ? []
      : ['## Five whys', '', ...story.whys.map((why, i) => `${i + 1}. ${why}`), '']),
    '## Detection',
    '',
    story.detection,
    '',
    '## Recovery',
    '',
    story.recovery,
    '',
  ];
  const slug = `${incident.startedAt.slice(0, 10)}-${incident.key.toLowerCase()}-${service.name}`;
  return { path: `postmortems/${slug}.md`, content: `${[...front, ...body].join('\n')}` };
}
