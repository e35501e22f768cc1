/**
 * Issues labelled as incidents. Which labels mark an incident is a setting (default `incident`); an
 * issue without one, or one that is really a pull request (GitHub lists those as issues too), is
 * skipped. Severity comes from a label such as `sev-1`, `SEV2`, `severity:3` or `P1`..`P4`; an incident
 * without one gets the configured default (SEV-3), which the docs tell teams to override by labelling.
 * GitHub knows only open and closed: open is `declared`, closed is `resolved` at the closing time.
 */
import { z } from 'zod';
import { type Incident, incidentSchema, SEVERITIES, type Severity } from '../../domain/records/index.js';
import { readNumber } from './map-pull-requests.js';
import { type Mapped, parsePayload, skip, validateRecord } from './mapped.js';
import type { RepositoryContext } from './repository.js';

export const DEFAULT_INCIDENT_LABELS: readonly string[] = ['incident'];
export const DEFAULT_INCIDENT_SEVERITY: Severity = 'SEV-3';

export interface IncidentOptions {
  labels?: readonly string[];
  defaultSeverity?: Severity;
}

const labelSchema = z.union([z.string(), z.object({ name: z.string() })]);

const issuePayloadSchema = z.object({
  number: z.number().int().positive(),
  title: z.string().min(1),
  state: z.enum(['open', 'closed']),
  labels: z.array(labelSchema).default([]),
  created_at: z.string(),
  closed_at: z.string().nullish(),
  assignee: z.object({ login: z.string() }).nullish(),
  assignees: z.array(z.object({ login: z.string() })).nullish(),
  pull_request: z.unknown().optional(),
});

const SEVERITY_LABEL = /^(?:sev|severity)[\s:_-]*([1-4])$|^p([1-4])$/i;

export function mapIncidentIssue(
  payload: unknown,
  repo: RepositoryContext,
  options: IncidentOptions = {},
): Mapped<Incident> {
  const id = `github:${repo.fullName}#${readNumber(payload) ?? '?'}`;
  const parsed = parsePayload(issuePayloadSchema, payload, id);
  if (parsed.kind === 'invalid') return parsed;
  const issue = parsed.value;
  if (issue.pull_request !== undefined && issue.pull_request !== null) {
    return skip(id, 'it is a pull request, not an issue');
  }
  const labels = issue.labels.map((label) => (typeof label === 'string' ? label : label.name));
  const wanted = new Set((options.labels ?? DEFAULT_INCIDENT_LABELS).map((label) => label.toLowerCase()));
  if (!labels.some((label) => wanted.has(label.toLowerCase()))) {
    return skip(id, `it has none of the incident labels (${[...wanted].join(', ')})`);
  }
  const closed = issue.state === 'closed';
  return validateRecord(
    incidentSchema,
    {
      source: 'github',
      key: `${repo.fullName}#${issue.number}`,
      title: issue.title,
      severity: readSeverity(labels) ?? options.defaultSeverity ?? DEFAULT_INCIDENT_SEVERITY,
      status: closed ? 'resolved' : 'declared',
      service: repo.service,
      startedAt: issue.created_at,
      resolvedAt: closed ? (issue.closed_at ?? undefined) : undefined,
      commander: issue.assignee?.login,
      responders: (issue.assignees ?? []).map((assignee) => assignee.login),
    },
    id,
  );
}

/** The most severe severity label on the issue, if any. */
function readSeverity(labels: readonly string[]): Severity | undefined {
  const levels = labels.flatMap((label) => {
    const match = SEVERITY_LABEL.exec(label.trim());
    const level = match?.[1] ?? match?.[2];
    return level ? [Number(level)] : [];
  });
  if (levels.length === 0) return undefined;
  return SEVERITIES[Math.min(...levels) - 1];
}
