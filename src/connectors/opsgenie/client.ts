/**
 * Reading an Opsgenie account: incidents created in a window (Incident API v1, each with its log) and
 * services (v1); teams, users, escalations, schedules and each schedule's on-call timeline (v2). Lists
 * are walked with `offset`/`limit` for as long as `paging.next` names another page; requests carry
 * `Authorization: GenieKey …`. Payloads are returned as Opsgenie sent them so the mappers can
 * report a bad one alone; only the list envelopes are checked here.
 */
import { getJson, type HttpOptions } from '../http/get-json.js';
import { SourceRequestError } from '../http/request-error.js';
import { restRules } from '../http/rest-rules.js';
import {
  listPageSchema,
  type OpsgenieSchedule,
  type OpsgenieTeam,
  type OpsgenieUser,
  schedulePayloadSchema,
  teamPayloadSchema,
  userPayloadSchema,
} from './payload.js';

export const DEFAULT_OPSGENIE_API_URL = 'https://api.opsgenie.com';

export interface OpsgenieClientOptions extends Omit<HttpOptions, 'headers' | 'credentialsHint'> {
  /** https://api.opsgenie.com, or https://api.eu.opsgenie.com for an EU account. */
  baseUrl?: string | undefined;
  apiKey: string;
  /** Items per page; Opsgenie allows up to 100. */
  pageSize?: number | undefined;
}

export interface OpsgenieClient {
  /** Pages of incidents created in `[since, until)`, oldest first, each with its log under `logs`. */
  listIncidents(
    window: { since: Date; until: Date },
    options?: { query?: string | undefined },
  ): AsyncGenerator<unknown[]>;
  listTeams(): Promise<OpsgenieTeam[]>;
  listUsers(): Promise<OpsgenieUser[]>;
  listSchedules(): Promise<OpsgenieSchedule[]>;
  /** Every service (raw), for `map-escalation.ts` to check one by one. */
  listServices(): Promise<unknown[]>;
  /** Every escalation with its rules (raw). */
  listEscalations(): Promise<unknown[]>;
  /** The schedule's final timeline (raw) from `since`, whole days long enough to reach `until`. */
  getScheduleTimeline(scheduleId: string, window: { since: Date; until: Date }): Promise<unknown>;
}

const CREDENTIALS_HINT =
  'Check OPSGENIE_API_KEY (an API integration key with read access) and, for an EU account, OPSGENIE_API_URL.';

/** Opsgenie explains errors in `message`. */
const OPSGENIE_RULES = restRules('Opsgenie', (parsed) => [(parsed as { message?: unknown }).message]);

export function createOpsgenieClient(options: OpsgenieClientOptions): OpsgenieClient {
  const base = new URL(options.baseUrl ?? DEFAULT_OPSGENIE_API_URL);
  const pageSize = options.pageSize ?? 100;
  const rest: HttpOptions = {
    ...options,
    headers: { Authorization: `GenieKey ${options.apiKey}` },
    credentialsHint: CREDENTIALS_HINT,
  };

  const url = (path: string, query: Record<string, string | number> = {}) => {
    const target = new URL(`${base.pathname.replace(/\/+$/, '')}${path}`, base);
    for (const [name, value] of Object.entries(query)) target.searchParams.set(name, String(value));
    return target;
  };

  async function* walk(path: string, query: Record<string, string | number> = {}): AsyncGenerator<unknown[]> {
    for (let offset = 0; ; ) {
      const target = url(path, { ...query, limit: pageSize, offset });
      const body = await getJson(target, rest, OPSGENIE_RULES);
      const page = listPageSchema.safeParse(body);
      if (!page.success) {
        const problem = page.error.issues[0];
        throw new SourceRequestError(
          `Opsgenie answered ${target} with an unexpected reply: ${problem?.path.join('.') || 'the body'} ${problem?.message}`,
          { url: target.toString() },
          { cause: page.error },
        );
      }
      yield page.data.data;
      offset += page.data.data.length;
      if (!page.data.paging?.next || page.data.data.length === 0) return;
    }
  }

  async function collect(path: string, query: Record<string, string | number> = {}): Promise<unknown[]> {
    const all: unknown[] = [];
    for await (const items of walk(path, query)) all.push(...items);
    return all;
  }

  async function attachLogs(incident: unknown): Promise<unknown> {
    const id =
      typeof incident === 'object' && incident !== null ? (incident as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id === '') return incident;
    const logs = await collect(`/v1/incidents/${encodeURIComponent(id)}/logs`, {
      identifierType: 'id',
      order: 'asc',
    });
    return { ...(incident as object), logs };
  }

  return {
    async *listIncidents(window, listOptions = {}) {
      const span = `createdAt >= ${window.since.getTime()} AND createdAt < ${window.until.getTime()}`;
      const query = listOptions.query ? `(${listOptions.query}) AND ${span}` : span;
      for await (const incidents of walk('/v1/incidents', { query, sort: 'createdAt', order: 'asc' })) {
        const complete: unknown[] = [];
        for (const incident of incidents) complete.push(await attachLogs(incident));
        yield complete;
      }
    },
    listTeams: async () => (await collect('/v2/teams')).flatMap((item) => readItem(teamPayloadSchema, item)),
    listUsers: async () => (await collect('/v2/users')).flatMap((item) => readItem(userPayloadSchema, item)),
    listSchedules: async () =>
      (await collect('/v2/schedules')).flatMap((item) => readItem(schedulePayloadSchema, item)),
    listServices: () => collect('/v1/services'),
    listEscalations: () => collect('/v2/escalations'),
    async getScheduleTimeline(scheduleId, window) {
      const days = Math.max(1, Math.ceil((window.until.getTime() - window.since.getTime()) / 86_400_000));
      const target = url(`/v2/schedules/${encodeURIComponent(scheduleId)}/timeline`, {
        identifierType: 'id',
        interval: days,
        intervalUnit: 'days',
        date: window.since.toISOString(),
      });
      const body = await getJson(target, rest, OPSGENIE_RULES);
      return typeof body === 'object' && body !== null ? (body as { data?: unknown }).data : undefined;
    },
  };
}

/** Teams and users only name things; one Opsgenie cannot describe is left unnamed rather than failing the run. */
function readItem<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } },
  item: unknown,
): T[] {
  const parsed = schema.safeParse(item);
  return parsed.success ? [parsed.data] : [];
}
