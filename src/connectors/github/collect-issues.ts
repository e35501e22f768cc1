/**
 * Incident issues: one listing per incident label (GitHub's `labels` filter means "all of these", so
 * several labels need several listings), each issue kept once; with `since`, only issues updated since
 * then (labelling or closing an issue updates it).
 */
import type { GithubClient } from './client.js';
import { toGithubTime } from './cursor.js';
import { DEFAULT_INCIDENT_LABELS, type IncidentOptions, mapIncidentIssue } from './map-issues.js';
import { readNumber } from './map-pull-requests.js';
import { addMapped, createBatch, type MappedBatch } from './mapped.js';
import type { RepositoryContext } from './repository.js';

export async function collectIncidentIssues(
  client: GithubClient,
  repo: RepositoryContext,
  options: IncidentOptions & { since?: Date | undefined } = {},
): Promise<MappedBatch> {
  const batch = createBatch();
  const seen = new Set<number>();
  for (const label of options.labels ?? DEFAULT_INCIDENT_LABELS) {
    const issues = await client.paginate(`/repos/${repo.fullName}/issues`, {
      query: {
        state: 'all',
        labels: label,
        ...(options.since ? { since: toGithubTime(options.since) } : {}),
      },
    });
    for (const issue of issues) {
      const number = readNumber(issue);
      if (number !== undefined && seen.has(number)) continue;
      if (number !== undefined) seen.add(number);
      addMapped(batch, 'incident', mapIncidentIssue(issue, repo, options));
    }
  }
  return batch;
}
