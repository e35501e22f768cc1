import { describe, expect, it } from 'vitest';
import { readDevlakeJira, readGoJira } from '../../../test/connectors/jira/recorded.js';
import { toWorkItem, toWorkItems } from './map.js';
import { type JiraStatus, jiraStatusSchema } from './payload.js';
import { buildStatusIndex } from './statuses.js';

const devlakeStatuses: JiraStatus[] = readDevlakeJira('status').map((row) =>
  jiraStatusSchema.parse(row.data),
);
const devlakeIssues = readDevlakeJira('issues').map(
  (row) => row.data as { key: string; fields: Record<string, unknown> },
);
const statuses = buildStatusIndex(devlakeStatuses);
const fieldIds = { sprint: 'customfield_10020', epicLink: 'customfield_10014' };

const issueByKey = (key: string) => {
  const issue = devlakeIssues.find((candidate) => candidate.key === key);
  if (!issue) throw new Error(`no recorded issue ${key}`);
  return issue;
};

function mapOne(key: string, options: Partial<Parameters<typeof toWorkItem>[1]> = {}) {
  const result = toWorkItem(issueByKey(key), { statuses, fieldIds, ...options });
  if (result.kind !== 'record') throw new Error(JSON.stringify(result.issues));
  return result;
}

describe('mapping the recorded Jira Cloud issues (DevLake e2e)', () => {
  it('maps all 33 issues, and accounts for every status change as a transition or a warning', () => {
    const mapped = toWorkItems(devlakeIssues, { statuses, fieldIds });
    expect(devlakeIssues).toHaveLength(33);
    expect(mapped.skipped).toEqual([]);
    expect(mapped.records).toHaveLength(33);
    expect(new Set(mapped.records.map((record) => record.key)).size).toBe(33);
    // 165 status items in the embedded changelogs, plus one creation step per issue.
    const transitions = mapped.records.reduce((sum, record) => sum + record.transitions.length, 0);
    expect(transitions + mapped.warnings.length).toBe(165 + 33);
    for (const record of mapped.records) {
      const times = record.transitions.map((transition) => transition.at);
      expect(times).toEqual([...times].sort());
      expect(record.transitions.at(-1)?.to).toBe(record.status);
    }
  });

  it('takes the category of 已完成 from the site status list, not the stale one embedded in the issue', () => {
    // EE-1's payload says its status 已完成 is in category "new"; the status list says 10068 is done.
    expect(issueByKey('EE-1').fields.status).toMatchObject({
      name: '已完成',
      statusCategory: { key: 'new' },
    });
    const { record } = mapOne('EE-1');
    expect(record).toMatchObject({ status: '已完成', statusCategory: 'done' });
    const categories = toWorkItems(devlakeIssues, { statuses, fieldIds }).records.map(
      (item) => item.statusCategory,
    );
    expect(categories.filter((category) => category === 'done')).toHaveLength(30);
    expect(categories.filter((category) => category === 'todo')).toHaveLength(3);
  });

  it('orders the status history oldest first and reads each category by status id', () => {
    const { record, warnings } = mapOne('EE-1');
    expect(record.transitions).toEqual([
      {
        at: '2020-06-12T03:38:39.785Z',
        from: 'Ready for Dev',
        to: 'In Development',
        toCategory: 'in-progress',
      },
      { at: '2020-06-12T06:22:49.352Z', from: 'In Progress', to: 'Open', toCategory: 'todo' },
      { at: '2020-06-19T06:31:18.526Z', from: 'Open', to: 'Closed', toCategory: 'done' },
      { at: '2021-03-28T08:06:08.715Z', from: 'Closed', to: '已完成', toCategory: 'done' },
    ]);
    // Inbox (10020) and Ready for Dev (10029) were deleted from the site: reported, never guessed.
    expect(warnings.map((warning) => [warning.record, warning.found])).toEqual([
      ['jira:EE-1', 'status "Inbox" (id 10020)'],
      ['jira:EE-1', 'status "Ready for Dev" (id 10029)'],
    ]);
  });

  it('starts the history at creation and honours category overrides by status name', () => {
    const { record, warnings } = mapOne('EE-1', {
      statuses: buildStatusIndex(devlakeStatuses, { inbox: 'todo', 'Ready for Dev': 'todo' }),
    });
    expect(warnings).toEqual([]);
    expect(record.transitions.slice(0, 2)).toEqual([
      { at: '2020-06-12T00:13:13.360Z', from: null, to: 'Inbox', toCategory: 'todo' },
      { at: '2020-06-12T01:45:24.493Z', from: 'Inbox', to: 'Ready for Dev', toCategory: 'todo' },
    ]);
    expect(record.transitions).toHaveLength(6);
  });

  it('uses Jira built-in status ids for deleted statuses such as Resolved', () => {
    const { record } = mapOne('EE-2');
    expect(record.transitions.map((transition) => [transition.to, transition.toCategory])).toEqual([
      ['To Do', 'todo'],
      ['Open', 'todo'],
      ['Resolved', 'done'],
      ['Closed', 'done'],
      ['已完成', 'done'],
    ]);
  });

  it('reads the fields of a finished story', () => {
    const { record } = mapOne('EE-1');
    expect(record).toMatchObject({
      source: 'jira',
      key: 'EE-1',
      type: '故事',
      project: 'EE',
      createdAt: '2020-06-12T00:13:13.360Z',
      resolvedAt: '2020-06-19T06:31:18.495Z',
      assignee: '5ecfbd0c730ec90c1999cadf',
      labels: ['frontEnd', 'Saas'],
      sprints: ['EE Sprint 7'],
      priority: 'Medium',
    });
    expect(record.title).toContain('四个排序图');
    expect(record.epic).toBeUndefined();
  });

  it('takes the epic from the epic link or an epic parent, never from a sub-task parent', () => {
    const story = mapOne('K5-2').record;
    expect(story).toMatchObject({ type: 'story', status: 'To Do', statusCategory: 'todo', epic: 'K5-1' });
    expect(story.sprints).toEqual(['K5 Sprint 1']);
    expect(story.assignee).toBeUndefined();
    expect(story.transitions).toEqual([
      { at: '2022-07-15T22:29:49.026Z', from: null, to: 'To Do', toCategory: 'todo' },
    ]);
    expect(mapOne('K5-3', { fieldIds: {} }).record.epic).toBe('K5-4');
    expect(mapOne('EE-25').record).toMatchObject({ type: '子任务' });
    expect(mapOne('EE-25').record.epic).toBeUndefined();
    expect(mapOne('EE-37').record.epic).toBeUndefined();
  });

  it('removes the NUL character a recorded summary ends with, which PostgreSQL text cannot hold', () => {
    const issue = devlakeIssues.find((candidate) => String(candidate.fields.summary).includes('\u0000'));
    expect(issue).toBeDefined();
    const { record } = mapOne(issue?.key ?? '');
    expect(record.title).toBe('\u200b问题分布的帕累托图');
  });

  it('maps the team from a component mapping first, then from the project', () => {
    const teams = { byProject: { EE: 'enterprise' }, byComponent: { Billing: 'payments' } };
    expect(mapOne('EE-1', { teams }).record.team).toBe('enterprise');
    const withComponent = {
      ...issueByKey('EE-1'),
      fields: { ...issueByKey('EE-1').fields, components: [{ name: 'Billing' }] },
    };
    const result = toWorkItem(withComponent, { statuses, fieldIds, teams });
    expect(result.kind === 'record' && result.record.team).toBe('payments');
    expect(mapOne('K5-2', { teams }).record.team).toBeUndefined();
  });

  it('skips a malformed issue, names it by key and field, and maps the rest', () => {
    const broken = { ...issueByKey('EE-2'), fields: { ...issueByKey('EE-2').fields, created: 'yesterday' } };
    const keyless = { fields: issueByKey('EE-3').fields };
    const points = {
      ...issueByKey('EE-4'),
      fields: { ...issueByKey('EE-4').fields, customfield_10016: 'three' },
    };
    const mapped = toWorkItems([issueByKey('EE-1'), broken, keyless, points], {
      statuses,
      fieldIds: { ...fieldIds, storyPoints: 'customfield_10016' },
    });
    expect(mapped.records.map((record) => record.key)).toEqual(['EE-1']);
    expect(mapped.skipped).toEqual([
      expect.objectContaining({ record: 'jira:EE-2', path: 'fields.created' }),
      expect.objectContaining({ record: 'jira:(issue #3 of the run)', path: 'id' }),
      expect.objectContaining({ record: 'jira:(issue #3 of the run)', path: 'key' }),
      expect.objectContaining({ record: 'jira:EE-4', path: 'fields.customfield_10016', found: '"three"' }),
    ]);
  });

  it('skips an issue whose current status has no category anywhere', () => {
    const issue = issueByKey('K5-2');
    const fields = { ...issue.fields, status: { id: '99999', name: 'Limbo' } };
    const result = toWorkItem({ ...issue, fields }, { statuses, fieldIds });
    expect(result).toEqual({
      kind: 'issues',
      issues: [
        expect.objectContaining({
          record: 'jira:K5-2',
          path: 'fields.status',
          found: 'status "Limbo" (id 99999)',
        }),
      ],
    });
  });

  it('reads a long changelog fetched from the changelog endpoint (issue 13954)', () => {
    const histories = readDevlakeJira('issue_changelogs')
      .filter((row) => (row.input as { issue_id: number }).issue_id === 13954)
      .map((row) => row.data);
    expect(histories).toHaveLength(100);
    const issue = {
      id: '13954',
      key: 'EE-999',
      fields: {
        issuetype: { name: 'Task' },
        status: { id: '10068', name: '已完成' },
        created: '2021-03-01T09:00:00.000+0800',
      },
      changelog: { total: 100, maxResults: 100, histories: [...histories].reverse() },
    };
    const result = toWorkItem(issue, { statuses, fieldIds: {} });
    if (result.kind !== 'record') throw new Error('not mapped');
    expect(
      result.record.transitions.map((transition) => [transition.at, transition.to, transition.toCategory]),
    ).toEqual([
      ['2021-03-01T01:00:00.000Z', 'Open', 'todo'],
      ['2021-03-05T02:14:45.316Z', '开发中', 'in-progress'],
      ['2021-03-28T08:08:16.031Z', '测试中', 'in-progress'],
      ['2021-04-01T02:59:26.954Z', '发布中', 'todo'],
      ['2021-04-07T05:15:32.935Z', '已完成', 'done'],
    ]);
    expect(result.warnings.map((warning) => warning.found)).toEqual([
      'status "Code Review" (id 10075)',
      'status "待测试" (id 10091)',
    ]);
  });
});

describe('mapping go-jira mock payloads (Jira Server)', () => {
  const page = readGoJira('issues_in_sprint') as { issues: unknown[] };
  const goStatuses = buildStatusIndex(
    (readGoJira('all_statuses') as unknown[]).map((s) => jiraStatusSchema.parse(s)),
  );

  it('maps a Server issue with epic link, story points and a user name as assignee', () => {
    const result = toWorkItem(page.issues[0], {
      statuses: goStatuses,
      fieldIds: { epicLink: 'customfield_10700', storyPoints: 'customfield_10105' },
    });
    if (result.kind !== 'record') throw new Error(JSON.stringify(result.issues));
    expect(result.record).toMatchObject({
      key: 'AR-86',
      type: 'task',
      status: 'Ready',
      // Status 10000 is "Archived" without a category in this other site's list; the issue's own wins.
      statusCategory: 'todo',
      epic: 'AR-37',
      points: 13,
      assignee: 'mister.morris',
      createdAt: '2015-12-02T15:39:15.000Z',
      resolvedAt: '2015-12-07T22:19:13.000Z',
    });
  });
});
