/**
 * Reading a PagerDuty account over REST API v2: incidents created in a window (each with its complete
 * log), services, escalation policies and who was on call when. Lists use PagerDuty's classic pagination
 * (`offset`/`limit`, `more` says whether another page follows); requests carry `Authorization: Token
 * token=…`. The client returns payloads as PagerDuty sent them, so `map.ts` can report a bad one alone;
 * it checks only the envelopes it needs to walk the pages.
 */
import type { z } from 'zod';
import { getJson, type HttpOptions } from '../http/get-json.js';
import { SourceRequestError } from '../http/request-error.js';
import { restRules } from '../http/rest-rules.js';
import {
  escalationPolicyPayloadSchema,
  listPageSchema,
  type PagerDutyEscalationPolicy,
  type PagerDutyService,
  servicePayloadSchema,
} from './payload.js';

export const DEFAULT_PAGERDUTY_API_URL = 'https://api.pagerduty.com';

export interface PagerDutyClientOptions extends Omit<HttpOptions, 'headers' | 'credentialsHint'> {
  /** https://api.pagerduty.com, or https://api.eu.pagerduty.com for an EU account. */
  baseUrl?: string | undefined;
  token: string;
  /** Items per page; PagerDuty allows up to 100. */
  pageSize?: number | undefined;
}

export interface PagerDutyClient {
  /** Pages of incidents created in `[since, until)`, each with its log entries under `log_entries`. */
  listIncidents(
    window: { since: Date; until: Date },
    options?: { serviceIds?: readonly string[] },
  ): AsyncGenerator<unknown[]>;
  listServices(): Promise<PagerDutyService[]>;
  listEscalationPolicies(): Promise<PagerDutyEscalationPolicy[]>;
  /** On-call entries (raw) overlapping `[since, until)`. */
  listOncalls(window: { since: Date; until: Date }): Promise<unknown[]>;
}

const CREDENTIALS_HINT =
  'Check PAGERDUTY_TOKEN (a REST API key with read access) and, for an EU account, PAGERDUTY_API_URL.';

/** PagerDuty explains errors in `error.message` and `error.errors`. */
const PAGERDUTY_RULES = restRules('PagerDuty', (parsed) => {
  const body = parsed as { error?: { message?: unknown; errors?: unknown }; message?: unknown };
  return [body.error?.message, ...(Array.isArray(body.error?.errors) ? body.error.errors : []), body.message];
});

export function createPagerDutyClient(options: PagerDutyClientOptions): PagerDutyClient {
  const base = new URL(options.baseUrl ?? DEFAULT_PAGERDUTY_API_URL);
  const pageSize = options.pageSize ?? 100;
  const rest: HttpOptions = {
    ...options,
    headers: {
      Authorization: `Token token=${options.token}`,
      Accept: 'application/vnd.pagerduty+json;version=2',
    },
    credentialsHint: CREDENTIALS_HINT,
  };

  const url = (path: string, query: [string, string | number][] = []) => {
    const target = new URL(`${base.pathname.replace(/\/+$/, '')}${path}`, base);
    for (const [name, value] of query) target.searchParams.append(name, String(value));
    return target;
  };

  /** Every item of a list, page by page; `key` is where the items are (`incidents`, `services` …). */
  async function* walk(
    path: string,
    key: string,
    query: [string, string | number][] = [],
  ): AsyncGenerator<unknown[]> {
    const schema = listPageSchema(key);
    for (let offset = 0; ; ) {
      const target = url(path, [...query, ['limit', pageSize], ['offset', offset]]);
      const page = checked(target, schema, await getJson(target, rest, PAGERDUTY_RULES));
      const items = page[key] as unknown[];
      yield items;
      offset += items.length;
      if (!page.more || items.length === 0) return;
    }
  }

  async function collect(
    path: string,
    key: string,
    query: [string, string | number][] = [],
  ): Promise<unknown[]> {
    const all: unknown[] = [];
    for await (const items of walk(path, key, query)) all.push(...items);
    return all;
  }

  return {
    async *listIncidents(window, listOptions = {}) {
      const query: [string, string | number][] = [
        ['since', window.since.toISOString()],
        ['until', window.until.toISOString()],
        ['time_zone', 'UTC'],
        ['sort_by', 'created_at:asc'],
        ...(listOptions.serviceIds ?? []).map((id): [string, string] => ['service_ids[]', id]),
      ];
      for await (const incidents of walk('/incidents', 'incidents', query)) {
        const complete: unknown[] = [];
        for (const incident of incidents) complete.push(await attachLog(incident));
        yield complete;
      }
    },

    listServices: async () =>
      (await collect('/services', 'services')).map((item) =>
        checkedItem(servicePayloadSchema, item, 'service'),
      ),

    listEscalationPolicies: async () =>
      (await collect('/escalation_policies', 'escalation_policies')).map((item) =>
        checkedItem(escalationPolicyPayloadSchema, item, 'escalation policy'),
      ),

    listOncalls: (window) =>
      collect('/oncalls', 'oncalls', [
        ['since', window.since.toISOString()],
        ['until', window.until.toISOString()],
        ['time_zone', 'UTC'],
      ]),
  };

  /** The incident with its whole log, oldest entries included; an incident without an id is left as is. */
  async function attachLog(incident: unknown): Promise<unknown> {
    const id =
      typeof incident === 'object' && incident !== null ? (incident as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id === '') return incident;
    const entries = await collect(`/incidents/${encodeURIComponent(id)}/log_entries`, 'log_entries', [
      ['time_zone', 'UTC'],
      ['is_overview', 'false'],
    ]);
    return { ...(incident as object), log_entries: entries };
  }
}

function checked<T extends z.ZodType>(target: URL, schema: T, body: unknown): z.output<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problem = parsed.error.issues[0];
  throw new SourceRequestError(
    `PagerDuty answered ${target} with an unexpected reply: ${problem?.path.join('.') || 'the body'} ${problem?.message}`,
    { url: target.toString() },
    { cause: parsed.error },
  );
}

function checkedItem<T extends z.ZodType>(schema: T, item: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(item);
  if (parsed.success) return parsed.data;
  const problem = parsed.error.issues[0];
  const id = typeof item === 'object' && item !== null ? String((item as { id?: unknown }).id) : '?';
  throw new SourceRequestError(
    `PagerDuty sent a ${what} (${id}) Sextant cannot read: ${problem?.path.join('.') || 'the item'} ${problem?.message}`,
    { url: DEFAULT_PAGERDUTY_API_URL },
  );
}
