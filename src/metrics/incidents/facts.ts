/**
 * What the incident metrics read: incident records with their instants parsed once, and each
 * postmortem reduced to the fields the metrics use. The service builds these from the store and the
 * workspace; the benchmark builds them synthetically.
 */
import type { IncidentPolicy } from '../../domain/incident-policy.js';
import type { ActionItem, PostmortemStatus } from '../../domain/postmortem.js';
import type { Incident, Severity } from '../../domain/records/incident.js';
import type { Scope, Window } from '../result.js';

export interface IncidentFact {
  id: string;
  severity: Severity;
  startedAt: number;
  acknowledgedAt?: number;
  resolvedAt?: number;
  service?: string;
  category?: string;
  rootCause?: string;
  commander?: string;
}

export interface PostmortemFact {
  incident: string;
  status: PostmortemStatus;
  /** Local calendar day, YYYY-MM-DD. */
  published?: string;
  rootCause?: string;
  category?: string;
  actionItems: readonly Pick<ActionItem, 'id' | 'owner' | 'due' | 'status' | 'closed' | 'kind'>[];
  /** Whether the checklist found no blaming language. */
  blameless: boolean;
}

/** What the maturity assessment reads besides incidents and postmortems. */
export interface OrgEvidence {
  /** People with a PagerDuty or Opsgenie identity. */
  pagedPeople: number;
  services: readonly { ref: string; tier: number; slos: number }[];
}

export interface IncidentMetricInput {
  /** Every incident the metrics may need: the window's, and those up to 90 days before it for recurrence. */
  incidents: readonly IncidentFact[];
  postmortems: readonly PostmortemFact[];
  policy: IncidentPolicy;
  org: OrgEvidence;
  window: Window;
  scope: Scope;
  now: Date;
  /** For calendar days (due days, published days). */
  timeZone: string;
}

function parseInstant(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Date.parse(text);
}

/** An incident record as a fact; optional fields stay absent. */
export function toIncidentFact(incident: Incident): IncidentFact {
  const fact: IncidentFact = {
    id: `${incident.source}:${incident.key}`,
    severity: incident.severity,
    startedAt: Date.parse(incident.startedAt),
  };
  const acknowledgedAt = parseInstant(incident.acknowledgedAt);
  const resolvedAt = parseInstant(incident.resolvedAt);
  if (acknowledgedAt !== undefined) fact.acknowledgedAt = acknowledgedAt;
  if (resolvedAt !== undefined) fact.resolvedAt = resolvedAt;
  if (incident.service !== undefined) fact.service = incident.service;
  if (incident.category !== undefined) fact.category = incident.category;
  if (incident.rootCause) fact.rootCause = incident.rootCause;
  if (incident.commander !== undefined) fact.commander = incident.commander;
  return fact;
}
