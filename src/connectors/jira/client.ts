/**
 * Reading a Jira site: issues found by a JQL query with their full changelogs, the site's statuses with
 * their categories, its custom fields, and a board's sprints. Jira Cloud (`/rest/api/3`, basic auth with
 * an e-mail and API token) and Data Center (`/rest/api/2`, bearer personal access token) differ only in
 * the API version and the credentials; the Agile API (`/rest/agile/1.0`) is the same on both.
 *
 * The client returns payloads as Jira sent them (issues stay `unknown`, so `map.ts` can report a bad one
 * alone); it checks only the page envelopes it needs to walk the pages.
 */
import { z } from 'zod';
import { JiraRequestError } from './errors.js';
import { getJson, type HttpOptions } from './http.js';
import {
  changelogPageSchema,
  type JiraField,
  type JiraStatus,
  jiraFieldSchema,
  jiraStatusSchema,
  searchPageSchema,
  sprintPageSchema,
} from './payload.js';

export type JiraDeployment = 'cloud' | 'data-center';

export type JiraAuth = { kind: 'basic'; email: string; apiToken: string } | { kind: 'bearer'; token: string };

export interface JiraClientOptions extends Omit<HttpOptions, 'headers' | 'credentialsHint'> {
  /** The site address, e.g. `https://example.atlassian.net` or `https://jira.example.com/jira`. */
  baseUrl: string;
  deployment: JiraDeployment;
  auth: JiraAuth;
  /** Issues per search page; Jira caps it (100 on Cloud with changelogs, 1000 on Data Center by default). */
  pageSize?: number | undefined;
}

export interface JiraIssuePage {
  startAt: number;
  total: number;
  /** Raw issues, each with its complete changelog in `changelog.histories`. */
  issues: unknown[];
}

export interface JiraClient {
  readonly deployment: JiraDeployment;
  /** Pages of issues matching `jql`, in the order the query gives. */
  searchIssues(
    jql: string,
    options?: { fields?: readonly string[] | undefined },
  ): AsyncGenerator<JiraIssuePage>;
  listStatuses(): Promise<JiraStatus[]>;
  listFields(): Promise<JiraField[]>;
  /** A board's raw sprints, every page; mapped by map-sprints.ts. */
  listSprints(boardId: number): Promise<unknown[]>;
}

const CREDENTIALS_HINT: Record<JiraDeployment, string> = {
  cloud:
    'Check JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN (Jira Cloud: the account e-mail and an API token); ' +
    'a Data Center site takes JIRA_PAT instead.',
  'data-center':
    'Check JIRA_BASE_URL and JIRA_PAT (Jira Data Center: a personal access token); ' +
    'Jira Cloud takes JIRA_EMAIL and JIRA_API_TOKEN instead.',
};

/** The fields a work item is made of; custom field ids are added by the caller. */
export const ISSUE_FIELDS = [
  'summary',
  'issuetype',
  'project',
  'status',
  'created',
  'resolutiondate',
  'assignee',
  'labels',
  'priority',
  'components',
  'parent',
] as const;

const CHANGELOG_PAGE_SIZE = 100;

export function createJiraClient(options: JiraClientOptions): JiraClient {
  const base = new URL(options.baseUrl);
  const api = options.deployment === 'cloud' ? '/rest/api/3' : '/rest/api/2';
  const pageSize = options.pageSize ?? 100;
  const http: HttpOptions = {
    ...options,
    headers: { Authorization: authorization(options.auth) },
    credentialsHint: CREDENTIALS_HINT[options.deployment],
  };

  const url = (path: string, query: Record<string, string | number> = {}) => {
    const target = new URL(`${base.pathname.replace(/\/+$/, '')}${path}`, base);
    for (const [name, value] of Object.entries(query)) target.searchParams.set(name, String(value));
    return target;
  };

  async function get<T extends z.ZodType>(target: URL, schema: T): Promise<z.output<T>> {
    const body = await getJson(target, http);
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    const problem = parsed.error.issues[0];
    throw new JiraRequestError(
      `Jira answered ${target} with an unexpected reply: ${problem?.path.join('.') || 'the body'} ${problem?.message}`,
      { url: target.toString() },
      { cause: parsed.error },
    );
  }

  /** Jira returns at most `maxResults` histories with an issue; the rest come from the changelog endpoint. */
  async function completeChangelog(issue: unknown): Promise<unknown> {
    const shape = issueChangelogShape.safeParse(issue);
    if (!shape.success || !shape.data.changelog) return issue;
    const { id, changelog } = shape.data;
    if ((changelog.total ?? 0) <= changelog.histories.length) return issue;
    const fetched: unknown[] = [];
    for (let startAt = 0; ; ) {
      const query = { startAt, maxResults: CHANGELOG_PAGE_SIZE };
      const target = url(`${api}/issue/${encodeURIComponent(id)}/changelog`, query);
      const page = await get(target, changelogPageSchema);
      fetched.push(...page.values);
      startAt = page.startAt + page.values.length;
      if (page.isLast || page.values.length === 0 || startAt >= (page.total ?? Number.POSITIVE_INFINITY))
        break;
    }
    // The embedded histories are a subset of the fetched ones; keep each id once, the fetched copy winning.
    const byId = new Map<unknown, unknown>();
    for (const history of [...changelog.histories, ...fetched])
      byId.set(historyId(history) ?? byId.size, history);
    const histories = [...byId.values()];
    const total = histories.length;
    return {
      ...(issue as object),
      changelog: { ...changelog, startAt: 0, maxResults: total, total, histories },
    };
  }

  return {
    deployment: options.deployment,

    async *searchIssues(jql, searchOptions = {}) {
      const fields = [...ISSUE_FIELDS, ...(searchOptions.fields ?? [])].join(',');
      for (let startAt = 0; ; ) {
        const query = { jql, startAt, maxResults: pageSize, expand: 'changelog', fields };
        const page = await get(url(`${api}/search`, query), searchPageSchema);
        const issues: unknown[] = [];
        for (const issue of page.issues) issues.push(await completeChangelog(issue));
        yield { startAt: page.startAt, total: page.total, issues };
        startAt = page.startAt + page.issues.length;
        if (page.issues.length === 0 || startAt >= page.total) return;
      }
    },

    listStatuses: () => get(url(`${api}/status`), z.array(jiraStatusSchema)),

    listFields: () => get(url(`${api}/field`), z.array(jiraFieldSchema)),

    async listSprints(boardId) {
      const sprints: unknown[] = [];
      for (let startAt = 0; ; ) {
        const query = { startAt, maxResults: 50 };
        const page = await get(url(`/rest/agile/1.0/board/${boardId}/sprint`, query), sprintPageSchema);
        sprints.push(...page.values);
        startAt = page.startAt + page.values.length;
        if (page.isLast || page.values.length === 0) return sprints;
      }
    },
  };
}

/** Just enough of an issue to know whether its changelog is complete. */
const issueChangelogShape = z.object({
  id: z.string().min(1),
  changelog: z.object({ total: z.number().optional(), histories: z.array(z.unknown()) }).optional(),
});

function historyId(history: unknown): string | undefined {
  const id = typeof history === 'object' && history !== null && 'id' in history ? history.id : undefined;
  return typeof id === 'string' ? id : undefined;
}

function authorization(auth: JiraAuth): string {
  if (auth.kind === 'bearer') return `Bearer ${auth.token}`;
  return `Basic ${Buffer.from(`${auth.email}:${auth.apiToken}`).toString('base64')}`;
}
