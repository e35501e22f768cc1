import { describe, expect, it } from 'vitest';
import { readDevlakeJira, readGoJira } from '../../../test/connectors/jira/recorded.js';
import { jiraStatusSchema } from './payload.js';
import { buildStatusIndex, resolveStatusCategory } from './statuses.js';

describe('status categories', () => {
  const goJira = buildStatusIndex(
    (readGoJira('all_statuses') as unknown[]).map((s) => jiraStatusSchema.parse(s)),
  );

  it('maps Jira category keys new, indeterminate and done to todo, in-progress and done', () => {
    expect(resolveStatusCategory(goJira, { id: '10603', name: 'Backlog' })).toBe('todo');
    expect(resolveStatusCategory(goJira, { id: '10004', name: 'QA' })).toBe('in-progress');
    expect(resolveStatusCategory(goJira, { id: '10510', name: 'cannot reproduce' })).toBe('done');
  });

  it('lists every go-jira status category and knows "No Category" means unknown', () => {
    const categories = (readGoJira('all_statuscategories') as { key: string }[]).map((c) => c.key);
    expect(categories).toEqual(['undefined', 'new', 'indeterminate', 'done']);
    expect(resolveStatusCategory(goJira, { id: '10502', name: 'Sales (Jan)' })).toBeNull();
    expect(
      resolveStatusCategory(buildStatusIndex([], { 'sales (jan)': 'todo' }), {
        id: '10502',
        name: 'Sales (Jan)',
      }),
    ).toBe('todo');
  });

  it('reads Chinese status names by id from the recorded Cloud status list', () => {
    const statuses = buildStatusIndex(
      readDevlakeJira('status').map((row) => jiraStatusSchema.parse(row.data)),
    );
    expect(resolveStatusCategory(statuses, { id: '10068', name: '已完成', embeddedKey: 'new' })).toBe('done');
    expect(resolveStatusCategory(statuses, { id: '10074', name: '开发中' })).toBe('in-progress');
    expect(resolveStatusCategory(statuses, { id: '10134', name: '打开' })).toBe('todo');
    // "To Do" exists in six projects, always in the new category, so the name alone is enough.
    expect(resolveStatusCategory(statuses, { id: '10000', name: 'To Do' })).toBe('todo');
  });

  it('refuses a name whose statuses disagree on the category', () => {
    const index = buildStatusIndex([
      { id: '1', name: 'Review', statusCategory: { key: 'indeterminate' } },
      { id: '2', name: 'Review', statusCategory: { key: 'done' } },
    ]);
    expect(resolveStatusCategory(index, { id: '77', name: 'review' })).toBeNull();
  });
});
