/**
 * GitHub Actions: every workflow run with the jobs of all its attempts (`filter=all`), each job filed
 * under its run's workflow name and trigger. With `since`, only runs created since then (GitHub lists
 * runs by creation only). A run without a conclusion is recorded once it finishes, so the creation time
 * of the oldest unfinished one is returned: the next sync must list from there to see it finish.
 */
import type { GithubClient } from './client.js';
import { toGithubTime } from './cursor.js';
import { mapWorkflowJob, mapWorkflowRun, readPipelineName } from './map-runs.js';
import { addMapped, createBatch, type MappedBatch } from './mapped.js';
import type { RepositoryContext } from './repository.js';

interface RunFacts {
  id?: unknown;
  name?: string | null;
  path?: string | null;
  workflow_id?: number | null;
  event?: string | null;
  head_branch?: string | null;
  conclusion?: string | null;
  created_at?: string | null;
}

export async function collectWorkflowRuns(
  client: GithubClient,
  repo: RepositoryContext,
  options: { since?: Date | undefined; onItem?: (label: string) => void } = {},
): Promise<MappedBatch & { oldestUnfinishedRunAt: Date | undefined }> {
  const { since, onItem = () => {} } = options;
  const batch = createBatch();
  const base = `/repos/${repo.fullName}`;
  let oldestUnfinishedRunAt: Date | undefined;
  const runs = await client.paginate(`${base}/actions/runs`, {
    itemsKey: 'workflow_runs',
    ...(since ? { query: { created: `>=${toGithubTime(since)}` } } : {}),
  });
  for (const run of runs) {
    addMapped(batch, 'ci-run', mapWorkflowRun(run, repo));
    const facts = (run ?? {}) as RunFacts;
    const createdAt = typeof facts.created_at === 'string' ? new Date(facts.created_at) : undefined;
    if (!facts.conclusion && createdAt && !Number.isNaN(createdAt.getTime())) {
      if (!oldestUnfinishedRunAt || createdAt < oldestUnfinishedRunAt) oldestUnfinishedRunAt = createdAt;
    }
    if (typeof facts.id !== 'number') continue;
    onItem(`workflow run ${facts.id}`);
    const jobs = await client.paginate(`${base}/actions/runs/${facts.id}/jobs`, {
      query: { filter: 'all' },
      itemsKey: 'jobs',
    });
    const context = {
      pipeline: readPipelineName(facts),
      trigger: facts.event ?? undefined,
      branch: facts.head_branch ?? undefined,
    };
    for (const job of jobs) addMapped(batch, 'ci-run', mapWorkflowJob(job, repo, context));
  }
  return { ...batch, oldestUnfinishedRunAt };
}
