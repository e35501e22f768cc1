/**
 * GitHub Actions: every workflow run with the jobs of all its attempts (`filter=all`), each job filed
 * under its run's workflow name and trigger.
 */
import type { GithubClient } from './client.js';
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
}

export async function collectWorkflowRuns(
  client: GithubClient,
  repo: RepositoryContext,
  onItem: (label: string) => void = () => {},
): Promise<MappedBatch> {
  const batch = createBatch();
  const base = `/repos/${repo.fullName}`;
  const runs = await client.paginate(`${base}/actions/runs`, { itemsKey: 'workflow_runs' });
  for (const run of runs) {
    addMapped(batch, 'ci-run', mapWorkflowRun(run, repo));
    const facts = (run ?? {}) as RunFacts;
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
  return batch;
}
