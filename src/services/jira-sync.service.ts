/**
 * Pulling work items from Jira into the store. The site's statuses are read first (a status's category
 * comes from them, see connectors/jira/statuses.ts), then the issues the JQL query selects, page by page.
 * Each page is mapped and written in its own transaction, so a run that stops half-way keeps the pages it
 * finished and a re-run rewrites nothing that did not change (upserts keyed by `jira:<issue key>`).
 * An issue that cannot be mapped is skipped and reported against its key; the run goes on and counts it.
 * When the source names a board, that board's sprints follow, written the same way (`jira:<board>/<id>`).
 */
import type { Config } from '../config.js';
import {
  createJiraClient,
  type JiraClient,
  type JiraClientOptions,
  type JiraDeployment,
} from '../connectors/jira/client.js';
import { detectFieldIds, type JiraFieldIds, type JiraTeamMapping } from '../connectors/jira/fields.js';
import { JIRA_SOURCE, toWorkItems } from '../connectors/jira/map.js';
import { toSprints } from '../connectors/jira/map-sprints.js';
import { buildStatusIndex, type StatusCategory } from '../connectors/jira/statuses.js';
import { InputError, type Issue } from '../domain/errors.js';
import { type StoreSession, upsertRecords } from '../store/index.js';
import { emptySyncResult, recordSyncRun, type SyncResult } from './sync-result.js';

export interface JiraSyncOptions {
  client: JiraClient;
  /** Which issues, e.g. `project = PAY AND updated >= -30d ORDER BY key`. */
  jql: string;
  /** Custom field ids; found from the site's field list when absent. */
  fieldIds?: JiraFieldIds | undefined;
  teams?: JiraTeamMapping | undefined;
  /** Category overrides by status name, for statuses the site's categories misdescribe. */
  statusCategories?: Readonly<Record<string, StatusCategory>> | undefined;
  /** Board whose sprints are written too; none, no sprints. */
  board?: number | undefined;
  onProgress?: ((progress: { issues: number; total: number }) => void) | undefined;
}

/** Records are issues; a warning is e.g. a transition into a status of unknown category. */
export interface JiraSyncResult extends SyncResult {
  /** The board's sprints; all zero when the run was given no board. */
  sprints: SyncResult;
}

export async function syncJira(store: StoreSession, options: JiraSyncOptions): Promise<JiraSyncResult> {
  const startedAt = new Date();
  const { client } = options;
  const statuses = buildStatusIndex(await client.listStatuses(), options.statusCategories);
  const fieldIds = options.fieldIds ?? detectFieldIds(await client.listFields());
  const customFields = [fieldIds.sprint, fieldIds.epicLink, fieldIds.storyPoints].filter((id): id is string =>
    Boolean(id),
  );
  const result: JiraSyncResult = { ...emptySyncResult(), sprints: emptySyncResult() };
  for await (const page of client.searchIssues(options.jql, { fields: customFields })) {
    const mapped = toWorkItems(page.issues, { statuses, fieldIds, teams: options.teams }, result.read);
    const counts = await upsertRecords(store, 'work-item', mapped.records);
    result.read += page.issues.length;
    result.skipped += page.issues.length - mapped.records.length;
    result.inserted += counts.inserted;
    result.updated += counts.updated;
    result.unchanged += counts.unchanged;
    result.problems.push(...mapped.skipped);
    result.warnings.push(...mapped.warnings);
    options.onProgress?.({ issues: result.read, total: page.total });
  }
  await recordSyncRun(store, { source: JIRA_SOURCE, type: 'work-item', startedAt }, result);
  if (options.board !== undefined) result.sprints = await syncBoardSprints(store, client, options.board);
  return result;
}

/** A board's sprints are few (one every week or two), so they are read whole and written in one go. */
async function syncBoardSprints(store: StoreSession, client: JiraClient, board: number): Promise<SyncResult> {
  const startedAt = new Date();
  const payloads = await client.listSprints(board);
  const mapped = toSprints(payloads, board);
  const counts = await upsertRecords(store, 'sprint', mapped.records);
  const result: SyncResult = {
    ...emptySyncResult(),
    ...counts,
    read: payloads.length,
    skipped: payloads.length - mapped.records.length,
    problems: mapped.skipped,
  };
  await recordSyncRun(store, { source: JIRA_SOURCE, type: 'sprint', startedAt }, result);
  return result;
}

/**
 * Client settings from the environment: a personal access token (JIRA_PAT) means Data Center with bearer
 * auth; an e-mail and API token (JIRA_EMAIL, JIRA_API_TOKEN) mean Cloud with basic auth. Both at once is
 * ambiguous and refused rather than guessed.
 */
export function readJiraClientOptions(
  jira: Config['jira'],
  extra: Omit<JiraClientOptions, 'baseUrl' | 'deployment' | 'auth'> = {},
): JiraClientOptions {
  const problems: Issue[] = [];
  if (!jira.baseUrl) {
    problems.push({
      path: 'JIRA_BASE_URL',
      message: 'is not set',
      expected: 'the site address, e.g. https://example.atlassian.net',
    });
  }
  const cloud = Boolean(jira.email || jira.apiToken);
  if (jira.pat && cloud) {
    problems.push({
      path: 'JIRA_PAT',
      message: 'is set together with JIRA_EMAIL/JIRA_API_TOKEN',
      expected: 'JIRA_EMAIL and JIRA_API_TOKEN for Jira Cloud, or JIRA_PAT for Data Center, not both',
    });
  } else if (!jira.pat && !(jira.email && jira.apiToken)) {
    problems.push({
      path: jira.email ? 'JIRA_API_TOKEN' : 'JIRA_EMAIL',
      message: 'is not set',
      expected: 'JIRA_EMAIL and JIRA_API_TOKEN for Jira Cloud, or JIRA_PAT for Data Center',
    });
  }
  if (problems.length > 0 || !jira.baseUrl) throw new InputError('Jira is not configured', problems);
  const deployment: JiraDeployment = jira.pat ? 'data-center' : 'cloud';
  const auth: JiraClientOptions['auth'] = jira.pat
    ? { kind: 'bearer', token: jira.pat }
    : { kind: 'basic', email: jira.email ?? '', apiToken: jira.apiToken ?? '' };
  return { ...extra, baseUrl: jira.baseUrl, deployment, auth };
}

export function createJiraClientFromConfig(jira: Config['jira']): JiraClient {
  return createJiraClient(readJiraClientOptions(jira));
}
