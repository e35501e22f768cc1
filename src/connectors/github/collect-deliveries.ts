/**
 * Deliveries: deployments with all their statuses, and published releases with the commit of their tag
 * (from the tags listing, so a release targeting a branch still gets the exact commit it shipped).
 */
import type { GithubClient } from './client.js';
import { mapDeployment, mapRelease } from './map-deployments.js';
import { readId } from './map-pull-requests.js';
import { addMapped, createBatch, type MappedBatch } from './mapped.js';
import type { RepositoryContext } from './repository.js';

export async function collectDeployments(
  client: GithubClient,
  repo: RepositoryContext,
  onItem: (label: string) => void = () => {},
): Promise<MappedBatch> {
  const batch = createBatch();
  const base = `/repos/${repo.fullName}`;
  for (const deployment of await client.paginate(`${base}/deployments`)) {
    const id = readId(deployment);
    onItem(`deployment ${id ?? '?'}`);
    const statuses = id === undefined ? [] : await client.paginate(`${base}/deployments/${id}/statuses`);
    addMapped(batch, 'deployment', mapDeployment(deployment, statuses, repo));
  }
  return batch;
}

export async function collectReleases(client: GithubClient, repo: RepositoryContext): Promise<MappedBatch> {
  const batch = createBatch();
  const base = `/repos/${repo.fullName}`;
  const releases = await client.paginate(`${base}/releases`);
  if (releases.length === 0) return batch;
  const tagShas = new Map<string, string>();
  for (const tag of await client.paginate(`${base}/tags`)) {
    const { name, commit } = (tag ?? {}) as { name?: unknown; commit?: { sha?: unknown } };
    if (typeof name === 'string' && typeof commit?.sha === 'string') tagShas.set(name, commit.sha);
  }
  for (const release of releases) {
    const tagName = (release as { tag_name?: unknown } | null)?.tag_name;
    addMapped(batch, 'deployment', mapRelease(release, repo, tagShas.get(String(tagName))));
  }
  return batch;
}
