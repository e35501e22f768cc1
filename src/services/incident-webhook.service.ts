/**
 * The generic incident webhook (`POST /api/webhooks/incidents`): any tool that can send JSON reports
 * incidents in the import file shape (docs/import.md, record type incident), one object or a list. The
 * sender presents the shared secret INCIDENT_WEBHOOK_TOKEN as `Authorization: Bearer …`; it is compared
 * in constant time, and without a configured secret every delivery is refused, since an open endpoint
 * would let anyone write records.
 *
 * A delivery is all or nothing: every incident is checked first, and one bad incident rejects the
 * delivery with every problem named (`body[2].severity: …`), so a sender never has to guess which half
 * of its list arrived. Good deliveries are upserts by `source:key`, so a retried delivery changes nothing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readConfig } from '../config.js';
import { ImportError, type Issue } from '../domain/errors.js';
import { type Incident, incidentSchema, recordId } from '../domain/records/index.js';
import { toRefString } from '../domain/refs.js';
import { normalizeRecordRefs, recordIngestRun, upsertRecords } from '../store/index.js';
import type { AppContext } from './context.js';

export type WebhookTokenCheck = 'ok' | 'not-configured' | 'invalid';

export function readIncidentWebhookToken(): string | undefined {
  return readConfig().incidentWebhookToken;
}

/** `presented` is the bearer token of the request, `configured` the shared secret. */
export function checkIncidentWebhookToken(
  presented: string | undefined,
  configured: string | undefined,
): WebhookTokenCheck {
  if (!configured) return 'not-configured';
  if (presented === undefined) return 'invalid';
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(presented), digest(configured)) ? 'ok' : 'invalid';
}

export interface IncidentWebhookResult {
  received: number;
  inserted: number;
  updated: number;
  unchanged: number;
  ids: string[];
}

/** Checks every incident of the body, then writes them all in one transaction. */
export async function receiveIncidentWebhook(
  context: AppContext,
  body: unknown,
  options: { source?: string | undefined } = {},
): Promise<IncidentWebhookResult> {
  const items = Array.isArray(body) ? body : [body];
  const where = (index: number) => (Array.isArray(body) ? `body[${index}]` : 'body');
  if (items.length === 0) {
    throw new ImportError('The delivery holds no incidents; nothing was written', [
      {
        path: 'body',
        message: 'is an empty list',
        expected: 'an incident object or a non-empty list of them',
      },
    ]);
  }
  const incidents: Incident[] = [];
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    const checked = checkIncident(item, where(index), options.source);
    if (checked.kind === 'issues') issues.push(...checked.issues);
    else incidents.push(checked.incident);
  });
  if (issues.length > 0) {
    throw new ImportError(
      `${issues.length === 1 ? 'One problem' : `${issues.length} problems`} in the delivery; nothing was written`,
      issues,
    );
  }
  const startedAt = new Date();
  const counts = await context.store.transaction(async (tx) => {
    const written = await upsertRecords(tx, 'incident', incidents);
    for (const source of new Set(incidents.map((incident) => incident.source))) {
      const read = incidents.filter((incident) => incident.source === source).length;
      await recordIngestRun(tx, {
        source,
        type: 'incident',
        file: null,
        read,
        ...(incidents.length === read ? written : { inserted: 0, updated: 0, unchanged: 0 }),
        startedAt,
        finishedAt: new Date(),
      });
    }
    return written;
  });
  return { received: incidents.length, ...counts, ids: incidents.map(recordId) };
}

type Checked = { kind: 'incident'; incident: Incident } | { kind: 'issues'; issues: Issue[] };

function checkIncident(item: unknown, where: string, defaultSource: string | undefined): Checked {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return {
      kind: 'issues',
      issues: [
        {
          path: where,
          message: 'is not an object',
          found: JSON.stringify(item)?.slice(0, 80),
          expected: 'an incident object',
        },
      ],
    };
  }
  const value = { ...(item as Record<string, unknown>) };
  if (value.source === undefined && defaultSource) value.source = defaultSource;
  const parsed = incidentSchema.safeParse(value);
  if (!parsed.success) {
    return {
      kind: 'issues',
      issues: parsed.error.issues.map((issue) => ({
        record: typeof value.key === 'string' ? `${String(value.source)}:${value.key}` : where,
        path: [where, ...issue.path].join('.'),
        message: issue.message,
        found: JSON.stringify(issue.path.length > 0 ? value[String(issue.path[0])] : value)?.slice(0, 80),
      })),
    };
  }
  if (parsed.data.service !== undefined) {
    try {
      toRefString(parsed.data.service, 'service');
    } catch {
      return {
        kind: 'issues',
        issues: [
          {
            path: `${where}.service`,
            message: 'is not a reference',
            found: JSON.stringify(parsed.data.service),
            expected: 'a service reference such as "payments" or "service:default/payments"',
          },
        ],
      };
    }
  }
  return { kind: 'incident', incident: normalizeRecordRefs('incident', parsed.data) };
}
