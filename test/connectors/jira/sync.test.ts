import { describe, expect, it } from 'vitest';
import { createJiraClient } from '../../../src/connectors/jira/client.js';
import { readJiraClientOptions, syncJira } from '../../../src/services/jira-sync.service.js';
import { listIngestRuns } from '../../../src/store/index.js';
import { useSyncResources } from '../../support/sync-resources.js';
import { recordedIssues, recordedStatuses, truncatedChangelog } from './jira-fixtures.js';
import { readDevlakeJira } from './recorded.js';

const { serve, openStore } = useSyncResources();

const SITE_FIELDS = [
  {
    id: 'customfield_10020',
    name: 'Sprint',
    schema: { type: 'array', custom: 'com.pyxis.greenhopper.jira:gh-sprint' },
  },
  {
    id: 'customfield_10014',
    name: 'Epic Link',
    schema: { type: 'any', custom: 'com.pyxis.greenhopper.jira:gh-epic-link' },
  },
];

/** Board 8's 30 recorded sprints in two pages, plus one in a state Sextant does not know. */
const boardSprints = [
  ...readDevlakeJira('sprints').map((row) => row.data),
  { id: 99, name: 'Paused sprint', state: 'paused' },
];

/**
 * The 33 recorded issues in pages of 15, EE-1's changelog cut short, plus one issue without a status;
 * and board 8's sprints.
 */
async function serveSite() {
  const ee1 = truncatedChangelog('EE-1');
  const broken = {
    id: '99',
    key: 'EE-99',
    fields: { issuetype: { name: 'Task' }, created: '2020-06-12T08:00:00.000+0800' },
  };
  const issues = [...recordedIssues.map((issue) => (issue.key === 'EE-1' ? ee1.issue : issue)), broken];
  const page = (startAt: number) => ({
    body: { startAt, maxResults: 15, total: issues.length, issues: issues.slice(startAt, startAt + 15) },
  });
  const server = await serve({
    '/rest/api/3/status': { body: recordedStatuses },
    '/rest/api/3/field': { body: SITE_FIELDS },
    '/rest/api/3/search?startAt=0': page(0),
    '/rest/api/3/search?startAt=15': page(15),
    '/rest/api/3/search?startAt=30': page(30),
    '/rest/api/3/issue/10063/changelog?startAt=0': { body: ee1.pages[0] },
    '/rest/api/3/issue/10063/changelog?startAt=20': { body: ee1.pages[1] },
    '/rest/agile/1.0/board/8/sprint?startAt=0': {
      body: { startAt: 0, maxResults: 20, isLast: false, values: boardSprints.slice(0, 20) },
    },
    '/rest/agile/1.0/board/8/sprint?startAt=20': {
      body: { startAt: 20, maxResults: 20, isLast: true, values: boardSprints.slice(20) },
    },
  });
  const options = readJiraClientOptions(
    { baseUrl: server.baseUrl, email: 'lead@example.com', apiToken: 'token-1' },
    { pageSize: 15 },
  );
  return createJiraClient(options);
}

describe('syncing Jira into the store', () => {
  it('writes each issue once, skips and names the bad one, and changes nothing on a re-run', async () => {
    const client = await serveSite();
    const store = await openStore('pglite');
    const options = { client, jql: 'project in (EE, K5)', teams: { byProject: { EE: 'enterprise' } } };

    const first = await syncJira(store, options);
    expect(first).toMatchObject({ read: 34, skipped: 1, inserted: 33, updated: 0, unchanged: 0 });
    expect(first.problems).toEqual([
      expect.objectContaining({ record: 'jira:EE-99', path: 'fields.status' }),
    ]);
    expect(first.warnings.length).toBeGreaterThan(0);
    expect(first.sprints).toMatchObject({ read: 0, inserted: 0 });

    const second = await syncJira(store, options);
    expect(second).toMatchObject({ read: 34, skipped: 1, inserted: 0, updated: 0, unchanged: 33 });

    const rows = await store.query<{
      id: string;
      team: string | null;
      epic: string | null;
      sprints: string[];
      transitions: unknown[];
    }>(`select id, team, epic, sprints, transitions from work_items order by id`);
    expect(rows).toHaveLength(33);
    const ee1 = rows.find((row) => row.id === 'jira:EE-1');
    expect(ee1).toMatchObject({ team: 'team:default/enterprise', sprints: ['EE Sprint 7'] });
    // All 25 histories were read, so EE-1 has the same four known transitions as its full recording.
    expect(ee1?.transitions).toHaveLength(4);
    expect(rows.find((row) => row.id === 'jira:K5-2')).toMatchObject({ epic: 'K5-1', team: null });
    const runs = await listIngestRuns(store);
    expect(runs.map((run) => [run.source, run.type, run.inserted, run.unchanged])).toEqual([
      ['jira', 'work-item', 0, 33],
      ['jira', 'work-item', 33, 0],
    ]);
  });

  it('writes the board’s sprints once, skips and names the bad one, and changes none on a re-run', async () => {
    const client = await serveSite();
    const store = await openStore('pglite');
    const options = { client, jql: 'project in (EE, K5)', board: 8 };

    const first = await syncJira(store, options);
    expect(first.sprints).toMatchObject({ read: 31, skipped: 1, inserted: 30, updated: 0, unchanged: 0 });
    expect(first.sprints.problems).toEqual([
      expect.objectContaining({ record: 'jira:8/99', path: 'state', found: 'paused' }),
    ]);
    const second = await syncJira(store, options);
    expect(second.sprints).toMatchObject({ read: 31, skipped: 1, inserted: 0, updated: 0, unchanged: 30 });

    const rows = await store.query<{
      id: string;
      board: string;
      state: string;
      started_at: Date;
      goal: null;
    }>(`select id, board, state, started_at, goal from sprints order by started_at, id`);
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual({
      id: 'jira:8/7',
      board: '8',
      state: 'closed',
      started_at: new Date('2020-06-12T00:38:51.882Z'),
      goal: null,
    });
    // Work items name their sprints; the names match the stored sprints of the board.
    const [named] = await store.query<{ sprints: string[] }>(
      `select sprints from work_items where id = 'jira:EE-1'`,
    );
    expect(named?.sprints).toEqual(['EE Sprint 7']);
    const [sprint7] = await store.query<{ name: string }>(`select name from sprints where id = 'jira:8/7'`);
    expect(sprint7?.name).toBe('EE Sprint 7');
    const runs = await listIngestRuns(store);
    expect(runs.filter((run) => run.type === 'sprint').map((run) => [run.inserted, run.unchanged])).toEqual([
      [0, 30],
      [30, 0],
    ]);
  });

  it('refuses settings that name neither or both kinds of credentials', () => {
    expect(() => readJiraClientOptions({ baseUrl: 'https://example.atlassian.net' })).toThrow(
      /JIRA_EMAIL.*JIRA_API_TOKEN for Jira Cloud, or JIRA_PAT for Data Center/,
    );
    expect(() =>
      readJiraClientOptions({
        baseUrl: 'https://jira.example.com',
        pat: 'p',
        email: 'a@example.com',
        apiToken: 't',
      }),
    ).toThrow(/not both/);
    expect(readJiraClientOptions({ baseUrl: 'https://jira.example.com', pat: 'p' })).toMatchObject({
      deployment: 'data-center',
      auth: { kind: 'bearer', token: 'p' },
    });
  });
});
