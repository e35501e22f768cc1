/** Recorded Jira replies arranged as a site would serve them, for the client and sync tests. */
import { readDevlakeJira } from './recorded.js';

export interface RecordedIssue {
  id: string;
  key: string;
  fields: Record<string, unknown>;
  changelog: {
    startAt: number;
    maxResults: number;
    total: number;
    histories: { id: string; created: string }[];
  };
}

export const recordedIssues = readDevlakeJira('issues').map((row) => row.data as RecordedIssue);
export const recordedStatuses = readDevlakeJira('status').map((row) => row.data);

export function recordedIssue(key: string): RecordedIssue {
  const issue = recordedIssues.find((candidate) => candidate.key === key);
  if (!issue) throw new Error(`no recorded issue ${key}`);
  return structuredClone(issue);
}

/**
 * EE-1 as a search would return it when Jira caps the embedded changelog: its 10 newest histories of 25,
 * and the changelog endpoint serving all 25 oldest first, 20 per page.
 */
export function truncatedChangelog(key: string, embedded = 10, pageSize = 20) {
  const issue = recordedIssue(key);
  const all = issue.changelog.histories;
  const truncated = {
    ...issue,
    changelog: { startAt: 0, maxResults: embedded, total: all.length, histories: all.slice(0, embedded) },
  };
  const oldestFirst = [...all].reverse();
  const pages = [];
  for (let startAt = 0; startAt < oldestFirst.length; startAt += pageSize) {
    const values = oldestFirst.slice(startAt, startAt + pageSize);
    pages.push({
      startAt,
      maxResults: pageSize,
      total: all.length,
      isLast: startAt + pageSize >= all.length,
      values,
    });
  }
  return { issue: truncated, pages, total: all.length };
}
