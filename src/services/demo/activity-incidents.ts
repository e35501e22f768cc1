/**
 * Incidents as PagerDuty would report them: every deployment that hurt users (from the deployment
 * generator, with `causedBy`) plus incidents with other causes (capacity, third parties, infrastructure);
 * each with a category and root cause from incident-causes.ts.
 * Response times follow the playbook's severity table: SEV-1 is acknowledged within minutes, SEV-4 by the
 * next business day. Serious incidents older than a week have been reviewed (postmortem); two recent
 * incidents are still open.
 */
import type { Incident, Severity } from '../../domain/records/incident.js';
import type { IncidentCause } from './activity-deployments.js';
import { type CatalogService, findService } from './catalog.js';
import { type Cause, fillCause, pickCause } from './incident-causes.js';
import { type DemoOrg, listMembers } from './org.js';
import type { Random } from './random.js';
import { DAY_MS, formatInstant, HOUR_MS, MINUTE_MS } from './time.js';
import { type DemoWindow, isEmployed } from './window.js';
import { writeIncidentTitle } from './wording.js';

export const INCIDENT_SOURCE = 'demo-pagerduty';

/** Median minutes to acknowledge, to mitigate and from mitigation to resolution, per severity. */
const RESPONSE: Record<Severity, { ack: number; mitigate: number; resolve: number }> = {
  'SEV-1': { ack: 4, mitigate: 50, resolve: 90 },
  'SEV-2': { ack: 9, mitigate: 110, resolve: 180 },
  'SEV-3': { ack: 35, mitigate: 300, resolve: 600 },
  'SEV-4': { ack: 600, mitigate: 1800, resolve: 2880 },
};

/** Incidents not caused by a deployment, over the year. */
const OTHER_INCIDENTS = 48;

interface Draft {
  service: CatalogService;
  severity: Severity;
  startedAt: number;
  mitigatedAt?: number;
  causedBy?: string;
  category: string;
  rootCause: string;
  forceOpen?: Incident['status'];
}

export function generateIncidents(
  org: DemoOrg,
  causes: readonly IncidentCause[],
  window: DemoWindow,
  random: Random,
): Incident[] {
  const drafts: Draft[] = causes.map((cause) => {
    const service = findService(cause.service);
    const severity = random.pickWeighted(SEVERITY_WEIGHTS.deployment);
    return {
      service,
      severity,
      startedAt: cause.startedAt,
      mitigatedAt: cause.mitigatedAt,
      causedBy: cause.deploymentId,
      ...toDraftCause(pickCause(random, 'deployment', severity), service),
    };
  });
  const weighted = org.services.map((service) => [service, 5 - service.tier] as const);
  for (let index = 0; index < OTHER_INCIDENTS; index += 1) {
    const service = random.pickWeighted(weighted);
    const severity = random.pickWeighted(SEVERITY_WEIGHTS.other);
    drafts.push({
      service,
      severity,
      startedAt: window.startMs + random.nextFloat() * (window.endMs - window.startMs - 4 * DAY_MS),
      ...toDraftCause(pickCause(random, 'other', severity), service),
    });
  }
  // Two incidents still being worked on when the data ends.
  drafts.push(
    {
      service: findService('order-service'),
      severity: 'SEV-2',
      startedAt: window.endMs - 5 * HOUR_MS,
      category: 'capacity',
      rootCause: '',
      forceOpen: 'investigating',
    },
    {
      service: findService('notifications-service'),
      severity: 'SEV-3',
      startedAt: window.endMs - 30 * HOUR_MS,
      category: 'third-party',
      rootCause: '',
      forceOpen: 'mitigated',
    },
  );
  drafts.sort((a, b) => a.startedAt - b.startedAt);
  return drafts.map((draft, index) => toIncident(org, draft, index, window, random));
}

function toDraftCause(cause: Cause, service: CatalogService): Pick<Draft, 'category' | 'rootCause'> {
  return { category: cause.category, rootCause: fillCause(cause.rootCause, service.title) };
}

const SEVERITY_WEIGHTS = {
  deployment: [
    ['SEV-1', 4],
    ['SEV-2', 22],
    ['SEV-3', 50],
    ['SEV-4', 24],
  ],
  other: [
    ['SEV-1', 4],
    ['SEV-2', 16],
    ['SEV-3', 44],
    ['SEV-4', 36],
  ],
} as const satisfies Record<string, readonly (readonly [Severity, number])[]>;

function toIncident(org: DemoOrg, draft: Draft, index: number, window: DemoWindow, random: Random): Incident {
  const response = RESPONSE[draft.severity];
  const onCall = listMembers(org, draft.service.owner).filter(
    (person) => person.level !== 'M1' && isEmployed(person, draft.startedAt),
  );
  const commander = random.pick(onCall.length > 0 ? onCall : listMembers(org, draft.service.owner));
  const responders = random
    .shuffle(onCall.filter((person) => person.name !== commander.name))
    .slice(0, random.nextInt(0, 2));
  const ackAt = draft.startedAt + Math.max(1, random.sampleLogNormal(response.ack, 0.5)) * MINUTE_MS;
  const mitigatedAt = Math.max(
    ackAt + MINUTE_MS,
    draft.mitigatedAt ?? draft.startedAt + random.sampleLogNormal(response.mitigate, 0.6) * MINUTE_MS,
  );
  const resolvedAt = mitigatedAt + random.sampleLogNormal(response.resolve, 0.6) * MINUTE_MS;
  let status: Incident['status'] = 'resolved';
  if (draft.forceOpen) status = draft.forceOpen;
  else if (ackAt >= window.endMs) status = 'declared';
  else if (mitigatedAt >= window.endMs) status = 'investigating';
  else if (resolvedAt >= window.endMs) status = 'mitigated';
  else if (
    resolvedAt < window.endMs - 7 * DAY_MS &&
    (draft.severity === 'SEV-1' || draft.severity === 'SEV-2' || random.flip(0.3))
  ) {
    status = 'reviewed';
  }
  const reached = (stage: Incident['status'][]) => stage.includes(status);
  return {
    source: INCIDENT_SOURCE,
    key: `INC-${1000 + index}`,
    title: writeIncidentTitle(random, draft.service, draft.severity),
    severity: draft.severity,
    status,
    service: draft.service.name,
    startedAt: formatInstant(draft.startedAt),
    ...(status !== 'declared' ? { acknowledgedAt: formatInstant(ackAt) } : {}),
    ...(reached(['mitigated', 'resolved', 'reviewed'])
      ? { mitigatedAt: formatInstant(Math.min(mitigatedAt, window.endMs - MINUTE_MS)) }
      : {}),
    ...(reached(['resolved', 'reviewed']) ? { resolvedAt: formatInstant(resolvedAt) } : {}),
    ...(draft.causedBy ? { causedBy: draft.causedBy } : {}),
    ...(reached(['resolved', 'reviewed']) ? { rootCause: draft.rootCause } : {}),
    category: draft.category,
    commander: commander.pagerdutyId,
    responders: responders.map((person) => person.pagerdutyId),
  };
}
