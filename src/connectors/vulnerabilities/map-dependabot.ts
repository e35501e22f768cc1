/**
 * Dependabot alerts as GitHub's REST API lists them (`GET /repos/{owner}/{repo}/dependabot/alerts`, or the
 * organization-wide list whose alerts carry their `repository`), or `dependabot_alert` webhook events.
 *
 * Rules:
 * - The key is `owner/name#number`: alert numbers are unique within a repository only.
 * - The repository is the one `--repository` names, else the alert's or event's, else the one its URL shows.
 * - Severity is the vulnerable range's, else the advisory's; `auto_dismissed` alerts are dismissed ones.
 */
import { z } from 'zod';
import type { Issue } from '../../domain/errors.js';
import {
  toVulnerabilitySeverity,
  type Vulnerability,
  type VulnerabilityState,
} from '../../domain/vulnerability.js';
import {
  describeJson,
  finalizeFinding,
  type MapContext,
  type MapOutcome,
  readGitHubRepository,
} from './map-common.js';

const repositorySchema = z.looseObject({ full_name: z.string().min(1) });
const packageSchema = z.looseObject({ ecosystem: z.string().min(1), name: z.string().min(1) });

const alertSchema = z.looseObject({
  number: z.number().int().positive(),
  state: z.enum(['open', 'fixed', 'dismissed', 'auto_dismissed']),
  dependency: z.looseObject({ package: packageSchema.optional() }),
  security_advisory: z.looseObject({
    ghsa_id: z.string().min(1),
    cve_id: z.string().nullish(),
    summary: z.string().nullish(),
    severity: z.string().min(1),
  }),
  security_vulnerability: z
    .looseObject({ severity: z.string().min(1), package: packageSchema.optional() })
    .nullish(),
  url: z.string().nullish(),
  html_url: z.string().nullish(),
  created_at: z.iso.datetime({ offset: true }),
  fixed_at: z.iso.datetime({ offset: true }).nullish(),
  dismissed_at: z.iso.datetime({ offset: true }).nullish(),
  auto_dismissed_at: z.iso.datetime({ offset: true }).nullish(),
  repository: repositorySchema.optional(),
});
type Alert = z.output<typeof alertSchema>;

const eventSchema = z.looseObject({ alert: z.unknown(), repository: repositorySchema.optional() });

export const DEPENDABOT_SOURCE = 'dependabot';

/** An alert list, one webhook event, or a list of events. */
export function mapDependabotAlerts(payload: unknown, context: MapContext): MapOutcome {
  const outcome: MapOutcome = { findings: [], issues: [] };
  const items = Array.isArray(payload) ? payload : [payload];
  if (!Array.isArray(payload) && !eventSchema.safeParse(payload).success) {
    outcome.issues.push({
      file: context.file,
      message: 'is not a list of Dependabot alerts',
      found: describeJson(payload),
      expected: 'a JSON array of alerts, or a dependabot_alert event with an "alert"',
    });
    return outcome;
  }
  items.forEach((item, index) => {
    const event = eventSchema.safeParse(item);
    const raw = event.success ? event.data.alert : item;
    const eventRepository = event.success ? event.data.repository?.full_name : undefined;
    const where = { file: context.file, record: Array.isArray(payload) ? `alerts[${index}]` : 'alert' };
    const parsed = alertSchema.safeParse(raw);
    if (!parsed.success) {
      outcome.issues.push(...parsed.error.issues.map((issue) => toIssue(where, raw, issue)));
      return;
    }
    mapAlert(parsed.data, eventRepository, where, context, outcome);
  });
  return outcome;
}

function mapAlert(
  alert: Alert,
  eventRepository: string | undefined,
  where: { file: string; record: string },
  context: MapContext,
  outcome: MapOutcome,
): void {
  const payloadRepository =
    alert.repository?.full_name ??
    eventRepository ??
    readGitHubRepository(alert.html_url) ??
    readGitHubRepository(alert.url);
  const keyRepository = payloadRepository ?? context.repository;
  if (!keyRepository) {
    outcome.issues.push({
      ...where,
      path: 'repository',
      message: 'does not say which repository it belongs to',
      expected: 'an alert with "repository" or "html_url", or --repository',
    });
    return;
  }
  const key = `${keyRepository}#${alert.number}`;
  const severityText = alert.security_vulnerability?.severity ?? alert.security_advisory.severity;
  const severity = toVulnerabilitySeverity(severityText);
  const origin = { file: where.file, record: `${where.record} (${key})` };
  if (!severity) {
    outcome.issues.push({
      ...origin,
      path: 'security_vulnerability.severity',
      message: 'is not a known severity',
      found: JSON.stringify(severityText),
      expected: 'critical, high, medium (or moderate) or low',
    });
    return;
  }
  const pkg = alert.security_vulnerability?.package ?? alert.dependency.package;
  const state: VulnerabilityState =
    alert.state === 'auto_dismissed' ? 'dismissed' : (alert.state as VulnerabilityState);
  const finding: Vulnerability = {
    source: context.source ?? DEPENDABOT_SOURCE,
    key,
    repository: context.repository ?? payloadRepository ?? null,
    service: null,
    package: pkg?.name ?? alert.security_advisory.ghsa_id,
    ecosystem: pkg?.ecosystem ?? null,
    advisory: alert.security_advisory.cve_id ?? alert.security_advisory.ghsa_id,
    title: alert.security_advisory.summary ?? null,
    severity,
    state,
    openedAt: alert.created_at,
    fixedAt: state === 'fixed' ? (alert.fixed_at ?? null) : null,
    dismissedAt: state === 'dismissed' ? (alert.dismissed_at ?? alert.auto_dismissed_at ?? null) : null,
    url: alert.html_url ?? null,
  };
  finalizeFinding(finding, origin, outcome);
}

function toIssue(where: { file: string; record: string }, raw: unknown, issue: z.core.$ZodIssue): Issue {
  const path = issue.path.map(String).join('.');
  let value: unknown = raw;
  for (const part of issue.path)
    value = (value as Record<PropertyKey, unknown> | undefined)?.[part as string];
  return { ...where, path, message: issue.message, found: describeJson(value) };
}
